import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { t, type MessageKey } from '../../components/i18n';
import { TYPE_MESSAGE } from '../../components/EntityCard';
import Shortcuts from '../../components/Shortcuts';
import type { EntityType } from '../../core/dataset/schema';
import type { Dismissal, Settings as SettingsValue, SiteSetting } from '../../protocol/messages';
import { sendToBackground } from '../../protocol/messaging';

const KINDS: readonly EntityType[] = ['person', 'organization', 'place', 'event', 'outlet'];
const DENSITY: Record<SettingsValue['density'], MessageKey> = {
  all: 'settings_densityAll',
  paragraph: 'settings_densityParagraph',
  page: 'settings_densityPage',
};
const SCOPE: Record<Dismissal['scope'], MessageKey> = {
  page: 'settings_scopePage',
  site: 'settings_scopeSite',
  everywhere: 'settings_scopeEverywhere',
};

/** The JSON report of "not this one" marks for the dataset's curators. */
export function dismissalReport(dismissals: readonly Dismissal[], now = new Date()): string {
  return JSON.stringify(
    {
      format: 'siyaq-wrong-highlights',
      version: 1,
      exportedAt: now.toISOString(),
      reports: dismissals.map(({ phrase, context, url, entityId, scope, createdAt }) => ({
        phrase,
        context,
        pageUrl: url,
        entityId,
        scope,
        markedAt: new Date(createdAt).toISOString(),
      })),
    },
    null,
    2,
  );
}

/**
 * Opens the browser's own keyboard-shortcut settings: Firefox has an API for it; Chrome lets an
 * extension open chrome://extensions/shortcuts with tabs.create (a page link to it is blocked).
 * Resolves false where neither works, and the page then says where to find it.
 */
async function openShortcutSettings(): Promise<boolean> {
  try {
    const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
    if (commands.openShortcutSettings) {
      await commands.openShortcutSettings();
      return true;
    }
    await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    return true;
  } catch {
    return false;
  }
}

/** The settings section: how cards open, density, kinds, switched-off sites, pause, "not this one" marks, shortcuts. */
export default function Settings({ entityName }: { entityName: (id: string) => string }) {
  const [settings, setSettings] = useState<SettingsValue | null>(null);
  const [sites, setSites] = useState<SiteSetting[]>([]);
  const [paused, setPaused] = useState(false);
  const [dismissals, setDismissals] = useState<Dismissal[]>([]);
  const [status, setStatus] = useState('');
  const [shortcutHelp, setShortcutHelp] = useState(false);

  const load = useCallback(async () => {
    const [s, list, pause, ds] = await Promise.all([
      sendToBackground('settings.get', {}),
      sendToBackground('sites.list', {}),
      sendToBackground('pause.get', {}),
      sendToBackground('dismissals.list', {}),
    ]);
    if (s.ok) setSettings(s.value);
    if (list.ok) setSites(list.value.filter((x) => !x.enabled));
    if (pause.ok) setPaused(pause.value.paused);
    if (ds.ok) setDismissals(ds.value);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const change = async (patch: Partial<SettingsValue>) => {
    const result = await sendToBackground('settings.set', { settings: patch });
    if (result.ok) {
      setSettings(result.value);
      setStatus(t('settings_saved'));
    } else setStatus(t('options_saveFailed', result.error));
  };

  if (!settings) return <p class="muted">{t('options_loading')}</p>;

  return (
    <div class="settings">
      <p role="status" class="visually-hidden" data-testid="settings-status">
        {status}
      </p>
      <fieldset>
        <legend>{t('settings_open')}</legend>
        {(['hover', 'click'] as const).map((open) => (
          <label key={open} class="choice">
            <input type="radio" name="open" value={open} checked={settings.open === open} onChange={() => void change({ open })} />
            {t(open === 'hover' ? 'settings_openHover' : 'settings_openClick')}
          </label>
        ))}
        <label class="field">
          <span>{t('settings_hoverDelay')}</span>
          <select
            data-testid="hover-delay"
            value={String(settings.hoverDelay)}
            disabled={settings.open === 'click'}
            onChange={(e) => void change({ hoverDelay: Number(e.currentTarget.value) })}
          >
            {[150, 300, 500, 800, 1200].map((ms) => (
              <option key={ms} value={String(ms)}>
                {t('settings_ms', String(ms))}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('settings_density')}</legend>
        {(['all', 'paragraph', 'page'] as const).map((density) => (
          <label key={density} class="choice">
            <input type="radio" name="density" value={density} checked={settings.density === density} onChange={() => void change({ density })} />
            {t(DENSITY[density])}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('settings_kinds')}</legend>
        {KINDS.map((kind) => (
          <label key={kind} class="choice">
            <input
              type="checkbox"
              value={kind}
              checked={settings.types.includes(kind)}
              onChange={(e) =>
                void change({ types: e.currentTarget.checked ? [...settings.types, kind] : settings.types.filter((k) => k !== kind) })
              }
            />
            {t(TYPE_MESSAGE[kind] as MessageKey)}
          </label>
        ))}
      </fieldset>

      <section aria-labelledby="sites-heading">
        <h3 id="sites-heading">{t('settings_sites')}</h3>
        <label class="choice">
          <input
            type="checkbox"
            data-testid="pause"
            checked={paused}
            onChange={async (e) => {
              const result = await sendToBackground('pause.set', { paused: e.currentTarget.checked });
              if (result.ok) setPaused(result.value.paused);
            }}
          />
          {t('settings_pause')}
        </label>
        {sites.length === 0 ? (
          <p class="muted">{t('settings_noSitesOff')}</p>
        ) : (
          <ul class="plain-list" data-testid="sites-off">
            {sites.map((s) => (
              <li key={s.host}>
                <span dir="ltr">{s.host}</span>{' '}
                <button
                  type="button"
                  onClick={async () => {
                    await sendToBackground('site.set', { host: s.host, enabled: true });
                    setStatus(t('settings_siteOn', s.host));
                    await load();
                  }}
                >
                  {t('settings_turnOn')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="dismissals-heading">
        <h3 id="dismissals-heading">{t('settings_dismissals')}</h3>
        {dismissals.length === 0 ? (
          <p class="muted">{t('settings_noDismissals')}</p>
        ) : (
          <>
            <ul class="plain-list" data-testid="dismissals">
              {dismissals.map((d) => (
                <li key={d.id} data-dismissal-id={d.id}>
                  <q lang="ar" dir="rtl">{d.phrase}</q> — {entityName(d.entityId)} · {t(SCOPE[d.scope])}{' '}
                  {d.scope !== 'everywhere' && (
                    <span dir="ltr" class="muted">
                      {d.scope === 'site' ? new URL(d.url).host : d.url}
                    </span>
                  )}{' '}
                  <button
                    type="button"
                    onClick={async () => {
                      await sendToBackground('dismissals.remove', { id: d.id });
                      setStatus(t('settings_undone'));
                      await load();
                    }}
                  >
                    {t('settings_undoDismissal')}
                  </button>
                </li>
              ))}
            </ul>
            <button
              type="button"
              data-testid="export-report"
              onClick={() => {
                const url = URL.createObjectURL(new Blob([dismissalReport(dismissals)], { type: 'application/json' }));
                const a = document.createElement('a');
                a.href = url;
                a.download = `siyaq-wrong-highlights-${new Date().toISOString().slice(0, 10)}.json`;
                a.click();
                setTimeout(() => URL.revokeObjectURL(url), 0);
              }}
            >
              {t('settings_exportReport')}
            </button>
          </>
        )}
      </section>

      <section aria-labelledby="keys-heading">
        <h3 id="keys-heading">{t('settings_shortcuts')}</h3>
        <Shortcuts />
        <p>
          <button type="button" onClick={async () => setShortcutHelp(!(await openShortcutSettings()))}>
            {t('settings_changeShortcuts')}
          </button>
        </p>
        <p class="muted">{t('settings_shortcutsHelp')}</p>
        {shortcutHelp && <p role="alert">{t('settings_shortcutsManual')}</p>}
      </section>
    </div>
  );
}
