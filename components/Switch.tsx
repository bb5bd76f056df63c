import './Switch.css';

export interface SwitchProps {
  /** The visible label, which is also the accessible name. */
  label: string;
  checked: boolean;
  disabled?: boolean;
  /** Id of an element that describes the switch further (a status line). */
  describedBy?: string;
  onChange: (checked: boolean) => void;
}

/**
 * An on/off switch: a real checkbox with `role="switch"` inside its label, so it is reachable by
 * keyboard, toggled by Space, and announced with its name and state; the track is decoration.
 */
export default function Switch({ label, checked, disabled, describedBy, onChange }: SwitchProps) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
      <span class="switch-label">{label}</span>
    </label>
  );
}
