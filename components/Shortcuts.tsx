import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { t, type MessageKey } from './i18n';

/** Keys the card itself answers (not browser commands, so not rebindable). */
const CARD_KEYS: { keys: string; what: MessageKey }[] = [
  { keys: 'Enter', what: 'settings_keyOpen' },
  { keys: 'Esc', what: 'settings_keyClose' },
  { keys: 'Ctrl+Enter', what: 'settings_keySaveNote' },
];

/**
 * Every keyboard shortcut: the browser commands as the reader has them bound now
 * (`commands.getAll`, so a rebound key shows as rebound), then the card's own keys.
 */
export default function Shortcuts() {
  const [commands, setCommands] = useState<{ name?: string; description?: string; shortcut?: string }[]>([]);
  useEffect(() => {
    void (async () => {
      try {
        setCommands(await browser.commands.getAll());
      } catch {
        setCommands([]);
      }
    })();
  }, []);
  return (
    <table class="keys" data-testid="shortcuts">
      <tbody>
        {commands
          .filter((c) => c.name && !c.name.startsWith('_execute'))
          .map((c) => (
            <tr key={c.name} data-command={c.name}>
              <td dir="ltr">
                <kbd>{c.shortcut || t('settings_noShortcut')}</kbd>
              </td>
              <td>{c.description}</td>
            </tr>
          ))}
        {CARD_KEYS.map((k) => (
          <tr key={k.keys}>
            <td dir="ltr">
              <kbd>{k.keys}</kbd>
            </td>
            <td>{t(k.what)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
