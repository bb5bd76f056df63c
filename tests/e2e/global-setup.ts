import { assertPrerequisites } from '../../tools/browser/harness';

/** Fails the e2e run once, with what to do, when Chromium or the extension build is missing. */
export default function setup(): void {
  assertPrerequisites();
}
