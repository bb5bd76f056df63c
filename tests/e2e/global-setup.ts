import { assertPrerequisites } from '../../tools/browser/harness';
import { ensureSetup } from '../../tools/browser/setup';

/**
 * Before any real-browser test: installs what is missing on this machine when allowed (Chromium,
 * its Arabic UI strings, Noto Naskh Arabic, Firefox ESR; see tools/browser/setup.ts) or stops with
 * the command to run; then fails once, with what to do, when the extension build is missing.
 */
export default function setup(): void {
  ensureSetup('tests');
  assertPrerequisites();
}
