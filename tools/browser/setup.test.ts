import { describe, expect, it } from 'vitest';

import { chromiumPath, ensureSetup, planSetup, SetupError, type Machine } from './setup';

/** A machine made of a set of executable paths, files, fonts, a uid and whether sudo asks. */
function machine(opts: {
  executables?: string[];
  files?: string[];
  env?: Record<string, string>;
  uid?: number;
  fonts?: string[] | null;
  sudo?: boolean;
}): Machine {
  const executables = new Set(opts.executables ?? []);
  const files = new Set([...(opts.files ?? []), ...executables]);
  return {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...opts.env },
    uid: opts.uid ?? 1000,
    isExecutable: (p) => executables.has(p),
    exists: (p) => files.has(p),
    arabicFontFamilies: () => (opts.fonts === undefined ? ['Noto Naskh Arabic', 'DejaVu Sans'] : opts.fonts),
    passwordlessSudo: () => opts.sudo ?? false,
  };
}

const DEBIAN_COMPLETE = {
  executables: ['/usr/bin/chromium', '/usr/bin/firefox-esr'],
  files: ['/usr/lib/chromium', '/usr/lib/chromium/locales/ar.pak'],
};

describe('planSetup: which Chromium', () => {
  it('honours CHROME_PATH first, even with chromium on PATH', () => {
    const m = machine({ ...DEBIAN_COMPLETE, executables: [...DEBIAN_COMPLETE.executables, '/opt/chrome/chrome'], env: { CHROME_PATH: '/opt/chrome/chrome' } });
    expect(planSetup('demo', m)).toMatchObject({ chromium: '/opt/chrome/chrome', chromiumSource: 'CHROME_PATH', packages: [] });
  });

  it('refuses a CHROME_PATH that is not executable rather than installing another browser', () => {
    const plan = planSetup('demo', machine({ env: { CHROME_PATH: '/nope/chrome' } }));
    expect(plan.chromium).toBeNull();
    expect(plan.error).toMatch(/CHROME_PATH=\/nope\/chrome/);
    expect(plan.packages).not.toContain('chromium');
    expect(() => ensureSetup('demo', { machine: machine({ env: { CHROME_PATH: '/nope/chrome' } }), log: () => undefined })).toThrow(SetupError);
  });

  it('finds chromium, then google-chrome on PATH, in PATH order', () => {
    expect(planSetup('demo', machine({ executables: ['/usr/local/bin/google-chrome'] }))).toMatchObject({
      chromium: '/usr/local/bin/google-chrome',
      chromiumSource: 'PATH',
      packages: [],
    });
    const both = machine({ executables: ['/usr/local/bin/google-chrome', '/usr/bin/chromium'] });
    expect(planSetup('demo', both).chromium).toBe('/usr/bin/chromium');
    expect(chromiumPath(machine({ executables: ['/home/me/bin/chromium'], env: { PATH: '/home/me/bin' } }))).toBe('/home/me/bin/chromium');
  });

  it("a user's own Chrome needs no Debian l10n pack, Debian's Chromium does (tests only)", () => {
    const chrome = machine({ executables: ['/usr/bin/google-chrome', '/usr/bin/firefox-esr'] });
    expect(planSetup('tests', chrome).packages).toEqual([]);
    const debian = machine({ executables: ['/usr/bin/chromium', '/usr/bin/firefox-esr'], files: ['/usr/lib/chromium'] });
    expect(planSetup('tests', debian).packages).toEqual(['chromium-l10n']);
    expect(planSetup('demo', debian).packages).toEqual([]);
  });
});

describe('planSetup: what is missing and how it gets installed', () => {
  it('nothing to do on a complete machine', () => {
    expect(planSetup('tests', machine(DEBIAN_COMPLETE))).toMatchObject({ packages: [], install: null, command: null });
  });

  it('a fresh machine: browser, l10n, font and Firefox, installed as root with the exact apt-get command', () => {
    const plan = planSetup('tests', machine({ uid: 0, fonts: [] }));
    expect(plan.packages).toEqual(['chromium', 'chromium-l10n', 'fonts-noto-core', 'firefox-esr']);
    expect(plan.install).toBe('root');
    expect(plan.command).toBe(
      'apt-get update && env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-l10n fonts-noto-core firefox-esr',
    );
  });

  it('DejaVu alone is not the Arabic font screenshots want; no fontconfig at all adds fontconfig', () => {
    expect(planSetup('demo', machine({ ...DEBIAN_COMPLETE, fonts: ['DejaVu Sans', 'DejaVu Sans,DejaVu Sans Condensed'] })).packages).toEqual(['fonts-noto-core']);
    expect(planSetup('bench', machine({ ...DEBIAN_COMPLETE, fonts: null })).packages).toEqual(['fontconfig', 'fonts-noto-core']);
    expect(planSetup('demo', machine({ ...DEBIAN_COMPLETE, fonts: ['Noto Naskh Arabic,Noto Naskh Arabic UI'] })).packages).toEqual([]);
  });

  it('uses sudo only when it asks for no password; otherwise prints the command and stops', () => {
    const sudo = planSetup('demo', machine({ sudo: true }));
    expect(sudo.install).toBe('sudo');
    expect(sudo.command).toBe('sudo apt-get update && sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium');

    const lines: string[] = [];
    const manual = machine({ sudo: false });
    expect(planSetup('demo', manual).install).toBe('manual');
    let thrown: unknown;
    try {
      ensureSetup('demo', { machine: manual, log: (l) => lines.push(l) });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(SetupError);
    expect((thrown as Error).message).toContain('sudo apt-get update && sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium');
    expect(lines).toEqual([]);
  });

  it('ensureSetup returns the browser and logs nothing when nothing is missing', () => {
    const lines: string[] = [];
    expect(ensureSetup('tests', { machine: machine(DEBIAN_COMPLETE), log: (l) => lines.push(l) })).toBe('/usr/bin/chromium');
    expect(lines).toEqual([]);
  });
});
