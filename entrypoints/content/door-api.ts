/**
 * The extension API for the door (./index.ts), looked up when the door first needs it — on a page
 * that turns out to be Arabic — never when it starts. Touching `chrome.runtime` at all (WXT's
 * `wxt/browser` reads `runtime.id` as the module loads, and its content-script wrapper reads it
 * again) makes the browser instantiate the extension bindings in the frame's isolated world: about
 * half of what the door cost per frame on pages that are not Arabic (measured, README Performance).
 * Firefox's `browser` is promise-based; Chrome's MV3 `chrome` is too for the calls the door makes.
 */
interface DoorRuntime {
  readonly id?: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown, sender: { id?: string }) => undefined): void;
    removeListener(listener: (message: unknown, sender: { id?: string }) => undefined): void;
  };
}

export function doorRuntime(): DoorRuntime {
  const g = globalThis as { browser?: { runtime?: DoorRuntime }; chrome?: { runtime?: DoorRuntime } };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  if (!runtime) throw new Error('Siyaq: no extension runtime in this frame');
  return runtime;
}
