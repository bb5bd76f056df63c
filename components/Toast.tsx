import { useEffect, useRef } from 'preact/hooks';

import { t } from './i18n';

export interface ToastProps {
  message: string;
  /** The action's label, e.g. «تراجع» (undo). */
  actionLabel?: string;
  onAction?: () => void;
  onClose: () => void;
  /** How long it stays when nobody is using it, in ms. */
  timeout?: number;
}

/**
 * A short message at the bottom of the page, announced politely, with an optional action. It takes
 * focus when it has an action so a keyboard user can undo at once, and it does not time out while
 * it holds focus (WCAG 2.2.1).
 */
export default function Toast({ message, actionLabel, onAction, onClose, timeout = 10_000 }: ToastProps) {
  const root = useRef<HTMLDivElement>(null);
  const action = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (actionLabel) action.current?.focus();
  }, [message, actionLabel]);

  useEffect(() => {
    const timer = setInterval(() => {
      if (!root.current?.contains(document.activeElement)) onClose();
    }, timeout);
    return () => clearInterval(timer);
  }, [message, timeout, onClose]);

  return (
    <div
      class="toast"
      ref={root}
      role="status"
      data-testid="toast"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <span>{message}</span>
      {actionLabel && onAction && (
        <button type="button" ref={action} class="toast-action" onClick={onAction}>
          {actionLabel}
        </button>
      )}
      <button type="button" class="toast-close" aria-label={t('options_close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
