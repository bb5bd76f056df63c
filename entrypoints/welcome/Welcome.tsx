import { t, type MessageKey } from '../../components/i18n';
import Shortcuts from '../../components/Shortcuts';

const SECTIONS: { heading: MessageKey; items: MessageKey[] }[] = [
  { heading: 'welcome_doesHeading', items: ['welcome_does1', 'welcome_does2', 'welcome_does3'] },
  { heading: 'welcome_doesNotHeading', items: ['welcome_doesNot1', 'welcome_doesNot2', 'welcome_doesNot3'] },
  { heading: 'welcome_privacyHeading', items: ['welcome_privacy1', 'welcome_privacy2'] },
  { heading: 'welcome_openHeading', items: ['welcome_openMouse', 'welcome_openKeyboard', 'welcome_openClose'] },
  { heading: 'welcome_siteHeading', items: ['welcome_site1', 'welcome_site2'] },
];

/** The first-run page, opened once on install: what Siyaq does and does not do, privacy, how to use it. */
export default function Welcome({ settingsUrl }: { settingsUrl: string }) {
  return (
    <main class="welcome">
      <h1>{t('welcome_title')}</h1>
      <p class="lead">{t('welcome_lead')}</p>
      {SECTIONS.map((s) => (
        <section key={s.heading} aria-labelledby={s.heading}>
          <h2 id={s.heading}>{t(s.heading)}</h2>
          <ul>
            {s.items.map((item) => (
              <li key={item}>{t(item)}</li>
            ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="welcome-keys">
        <h2 id="welcome-keys">{t('settings_shortcuts')}</h2>
        <Shortcuts />
      </section>
      <p>
        <a href={settingsUrl} data-testid="welcome-settings">
          {t('welcome_settingsLink')}
        </a>
      </p>
    </main>
  );
}
