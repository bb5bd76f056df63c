/**
 * What the README's two commands need on the machine besides Node: a Chromium to drive, a font
 * that draws Arabic properly (Debian's Noto Naskh Arabic, from fonts-noto-core; without it
 * screenshots fall back to DejaVu's or to empty boxes) and, for `npm test`, Debian's Firefox ESR
 * and Chromium's Arabic UI strings. Used by the demo (`npm start`), the e2e global setup
 * (`npm test`) and the bench.
 *
 * A browser the user already has wins: `$CHROME_PATH`, else `chromium`, `google-chrome`,
 * `google-chrome-stable` or `chromium-browser` on `$PATH`. What is missing is installed from
 * Debian's packages when that is allowed without asking (running as root, or `sudo -n` works),
 * saying so; otherwise the exact command is printed and the run stops. Never a Playwright download.
 *
 * `planSetup` decides from an injected view of the machine (`Machine`), so the rules are unit-tested
 * without touching the real one; `ensureSetup` applies the plan.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Executable names looked up on $PATH, in order, when $CHROME_PATH is not set. */
export const CHROMIUM_NAMES = ['chromium', 'google-chrome', 'google-chrome-stable', 'chromium-browser'];
/** The font family screenshots are meant to show Arabic in (fonts-noto-core). */
export const ARABIC_FONT = 'Noto Naskh Arabic';
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const DEBIAN_FIREFOX = '/usr/bin/firefox-esr';
/** Chromium's Arabic UI strings (chromium-l10n): without them browser.i18n falls back to English. */
const DEBIAN_CHROMIUM_AR_PAK = '/usr/lib/chromium/locales/ar.pak';

/** What a command needs: the demo and the bench need a browser and the font; the tests also Firefox and the l10n pack. */
export type SetupPurpose = 'demo' | 'bench' | 'tests';

/** The machine as the plan sees it; the real one is `realMachine()`. */
export interface Machine {
  env: Record<string, string | undefined>;
  /** Effective user id (`process.getuid()`); 0 is root. */
  uid: number;
  isExecutable(path: string): boolean;
  exists(path: string): boolean;
  /** Families of the installed fonts that cover Arabic (`fc-list :lang=ar family`); null without fontconfig. */
  arabicFontFamilies(): string[] | null;
  /** Whether `sudo` runs without asking for a password (`sudo -n true`). */
  passwordlessSudo(): boolean;
}

export interface SetupPlan {
  /** The Chromium to drive, if one is there already (after an install: Debian's /usr/bin/chromium). */
  chromium: string | null;
  /** Where `chromium` came from, for the log. */
  chromiumSource: 'CHROME_PATH' | 'PATH' | 'debian' | null;
  /** Debian packages to install, in install order; empty when nothing is missing. */
  packages: string[];
  /** Why each package is wanted (same order). */
  reasons: string[];
  /** How the packages would be installed: as root, with `sudo -n`, or not at all (print and stop). */
  install: 'root' | 'sudo' | 'manual' | null;
  /** The exact shell command that installs `packages` (what is run, or printed). */
  command: string | null;
  /** A problem no package fixes (a $CHROME_PATH that is not an executable). */
  error: string | null;
}

/** Finds `name` on `$PATH` (first executable hit). */
export function findOnPath(name: string, machine: Pick<Machine, 'env' | 'isExecutable'>): string | null {
  for (const dir of (machine.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (machine.isExecutable(candidate)) return candidate;
  }
  return null;
}

/** The Chromium the user has: `$CHROME_PATH` (must be executable), else the first of CHROMIUM_NAMES on `$PATH`, else Debian's path. */
export function discoverChromium(machine: Pick<Machine, 'env' | 'isExecutable'>): Pick<SetupPlan, 'chromium' | 'chromiumSource' | 'error'> {
  const fromEnv = machine.env.CHROME_PATH?.trim();
  if (fromEnv) {
    if (machine.isExecutable(fromEnv)) return { chromium: fromEnv, chromiumSource: 'CHROME_PATH', error: null };
    return { chromium: null, chromiumSource: null, error: `CHROME_PATH=${fromEnv} is not an executable file` };
  }
  for (const name of CHROMIUM_NAMES) {
    const hit = findOnPath(name, machine);
    if (hit) return { chromium: hit, chromiumSource: 'PATH', error: null };
  }
  if (machine.isExecutable(DEBIAN_CHROMIUM)) return { chromium: DEBIAN_CHROMIUM, chromiumSource: 'debian', error: null };
  return { chromium: null, chromiumSource: null, error: null };
}

/** Decides what to install and how, without changing anything. */
export function planSetup(purpose: SetupPurpose, machine: Machine): SetupPlan {
  const found = discoverChromium(machine);
  const packages: string[] = [];
  const reasons: string[] = [];
  const want = (pkg: string, why: string): void => {
    packages.push(pkg);
    reasons.push(why);
  };
  if (!found.chromium && !found.error) want('chromium', 'no Chromium found (CHROME_PATH, chromium or google-chrome on PATH)');
  // Only Debian's Chromium reads Debian's l10n pack; a user's own browser brings its own locales.
  const debianChromium = found.chromium === null ? !found.error : found.chromium.endsWith('/chromium') && machine.exists('/usr/lib/chromium');
  if (purpose === 'tests' && debianChromium && !machine.exists(DEBIAN_CHROMIUM_AR_PAK))
    want('chromium-l10n', "Chromium's Arabic interface strings (tests of the Arabic UI)");
  const fonts = machine.arabicFontFamilies();
  if (fonts === null) want('fontconfig', 'fontconfig, to find fonts');
  if (!(fonts ?? []).some((f) => f.split(',').map((s) => s.trim()).includes(ARABIC_FONT)))
    want('fonts-noto-core', `${ARABIC_FONT}, so Arabic text is drawn in a real Arabic font`);
  // tools/browser/firefox-bidi.ts drives Debian's path.
  if (purpose === 'tests' && !machine.isExecutable(DEBIAN_FIREFOX))
    want('firefox-esr', 'Firefox ESR, for the Firefox smoke test');

  if (packages.length === 0) return { ...found, packages, reasons, install: null, command: null };
  const install = machine.uid === 0 ? 'root' : machine.passwordlessSudo() ? 'sudo' : 'manual';
  const sudo = install === 'root' ? '' : 'sudo ';
  const command = `${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  return { ...found, packages, reasons, install, command };
}

/** The real machine: this process's environment and uid, the file system, fc-list and sudo. */
export function realMachine(): Machine {
  return {
    env: process.env,
    uid: process.getuid?.() ?? -1,
    isExecutable(path) {
      try {
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    exists: (path) => existsSync(path),
    arabicFontFamilies() {
      const out = spawnSync('fc-list', [':lang=ar', 'family'], { encoding: 'utf8' });
      if (out.error || out.status !== 0) return null;
      return out.stdout.split('\n').filter(Boolean);
    },
    passwordlessSudo() {
      const out = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
      return !out.error && out.status === 0;
    },
  };
}

export class SetupError extends Error {}

/**
 * Makes sure the machine has what `purpose` needs and returns the Chromium to use. Installs
 * missing Debian packages when allowed (and says so), otherwise throws a `SetupError` whose
 * message is the exact command to run.
 */
export function ensureSetup(purpose: SetupPurpose, opts: { machine?: Machine; log?: (line: string) => void } = {}): string {
  const machine = opts.machine ?? realMachine();
  const log = opts.log ?? ((line: string) => console.log(line));
  const plan = planSetup(purpose, machine);
  if (plan.error) throw new SetupError(`${plan.error}: point it at a Chromium or Chrome binary, or unset it`);
  if (plan.command) {
    const list = plan.packages.map((p, i) => `  ${p}: ${plan.reasons[i] ?? ''}`).join('\n');
    if (plan.install === 'manual')
      throw new SetupError(
        `Missing on this machine:\n${list}\nInstall them (needs root), then run the command again:\n  ${plan.command}\n` +
          `Or use a Chromium you have: CHROME_PATH=/path/to/chromium.`,
      );
    log(`Siyaq setup: installing Debian packages ${plan.install === 'root' ? 'as root' : 'with sudo'}:\n${list}\n  $ ${plan.command}`);
    const run = spawnSync('sh', ['-c', plan.command], { stdio: 'inherit' });
    if (run.status !== 0) throw new SetupError(`installing ${plan.packages.join(' ')} failed (exit ${run.status ?? 'signal'}): ${plan.command}`);
  }
  const chromium = plan.chromium ?? discoverChromium(machine).chromium;
  if (!chromium) throw new SetupError('no Chromium found after installing it; set CHROME_PATH');
  return chromium;
}

/** The Chromium to drive now, without installing anything (harness, bench): discovery, else Debian's path. */
export function chromiumPath(machine: Pick<Machine, 'env' | 'isExecutable'> = realMachine()): string {
  return discoverChromium(machine).chromium ?? DEBIAN_CHROMIUM;
}
