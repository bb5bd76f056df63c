// @vitest-environment happy-dom
/**
 * The door touches the extension API only on an Arabic page: on any other page it must not even
 * read `chrome.runtime` (that instantiates the extension bindings in the frame: the door's main
 * cost per frame, see ./door-api.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

let saved: unknown;

function watchedRuntime(): { reads: string[] } {
  const reads: string[] = [];
  const runtime = new Proxy(
    {
      id: 'siyaq',
      getURL: (path: string) => `chrome-extension://siyaq${path}`,
      sendMessage: () => Promise.resolve({ ok: true }),
      onMessage: { addListener: () => undefined, removeListener: () => undefined },
    },
    {
      get(target, key, receiver) {
        reads.push(String(key));
        return Reflect.get(target, key, receiver);
      },
    },
  );
  // The test environment's fake `browser` would be found first (Firefox's name): only `chrome` here.
  const g = globalThis as { browser?: unknown; chrome?: unknown };
  saved = g.browser;
  g.browser = undefined;
  g.chrome = { runtime };
  return { reads };
}

async function runDoor(): Promise<void> {
  vi.resetModules();
  const door = (await import('./index')).default as { main(): void };
  door.main();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

afterEach(() => {
  const g = globalThis as { browser?: unknown; chrome?: unknown };
  delete g.chrome;
  g.browser = saved;
  vi.restoreAllMocks();
});

describe('the door', () => {
  it('never reads the extension runtime on a page that is not Arabic', async () => {
    document.documentElement.setAttribute('lang', 'en');
    document.body.innerHTML = `<p>${'The ministry said on Tuesday that talks would resume next month. '.repeat(20)}</p>`;
    const { reads } = watchedRuntime();
    await runDoor();
    expect(reads).toEqual([]);
  });

  it('asks the background for the site setting at once on a page that declares Arabic', async () => {
    document.documentElement.setAttribute('lang', 'ar');
    document.body.innerHTML = '<p>قالت مصادر إن قوات حفتر وصلت إلى مشارف سرت.</p>';
    const { reads } = watchedRuntime();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await runDoor();
    expect(reads).toContain('sendMessage');
    expect(reads).toContain('getURL');
  });
});
