import { existsSync } from 'node:fs';

import { afterAll, describe, expect, it } from 'vitest';

import { launchWithExtension, makeUserDataDir, removeUserDataDir } from '../../tools/browser/harness';
import { startServer } from '../../tools/browser/server';

describe('startServer', () => {
  it('serves the front page, the five article pages, custom routes with their headers, and counts hits', async () => {
    const server = await startServer({
      routes: {
        '/csp.html': {
          headers: { 'content-security-policy': "default-src 'none'" },
          body: '<!doctype html><p>strict</p>',
        },
        '/count': () => ({ contentType: 'text/plain', body: 'ok' }),
      },
    });
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const front = await (await fetch(server.url('/'))).text();
      expect(front).toContain('<html lang="ar" dir="rtl">');
      expect(server.articles.map((a) => a.number)).toEqual(['000', '001', '002', '003', '004']);

      const article = await fetch(server.articleUrl('000'));
      expect(article.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await article.text();
      expect(html).toContain('<h1>لماذا لم تستهدف قوات حفتر تنظيم الدولة بدرنة؟</h1>');
      expect(html).toContain('أخبار تجريبية');
      const byId = await (await fetch(server.url(`/articles/${server.articles[0]?.id}.html`))).text();
      expect(byId).toBe(html);

      const csp = await fetch(server.url('/csp.html'));
      expect(csp.headers.get('content-security-policy')).toBe("default-src 'none'");

      await fetch(server.url('/count?a=1'));
      await fetch(server.url('/count'));
      expect(server.hits('/count')).toBe(2);

      expect((await fetch(server.url('/nowhere'))).status).toBe(404);
      // fetch() resolves `..` segments itself; an encoded slash reaches the server as one.
      expect((await fetch(server.url('/fixtures/..%2F..%2F..%2Fpackage.json'))).status).toBe(404);
      expect((await fetch(server.url('/%E0%A4%A'))).status).toBe(400);
    } finally {
      await server.close();
    }
  });
});

/**
 * Runs in the service worker: writes `write` to a probe IndexedDB database of the extension's
 * origin when given, and resolves to the stored value. Its own database, so the extension's data is
 * untouched.
 */
function probe({ write }: { write?: string }): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('siyaq-harness-probe', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('kv');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('kv', 'readwrite');
      const store = tx.objectStore('kv');
      if (write !== undefined) store.put(write, 'value');
      const read = store.get('value');
      tx.oncomplete = () => {
        open.result.close();
        resolve(read.result as string | undefined);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

describe('launchWithExtension', () => {
  const profile = makeUserDataDir();
  afterAll(() => removeUserDataDir(profile));

  it('keeps a given profile across launches and removes its own temporary one', async () => {
    const first = await launchWithExtension({ userDataDir: profile });
    await first.serviceWorker.evaluate(probe, { write: 'kept' });
    await first.close();
    expect(existsSync(profile)).toBe(true);

    const second = await launchWithExtension({ userDataDir: profile });
    const stored = await second.serviceWorker.evaluate(probe, {});
    expect(second.extensionId).toBe(first.extensionId);
    await second.close();
    expect(stored).toBe('kept');

    const temporary = await launchWithExtension();
    const tmpDir = temporary.userDataDir;
    expect(existsSync(tmpDir)).toBe(true);
    await temporary.close();
    expect(existsSync(tmpDir)).toBe(false);
  });

  it('says to build when the extension is missing', async () => {
    await expect(launchWithExtension({ extensionPath: '/nonexistent/siyaq-build' })).rejects.toThrow('run npm run build');
  });
});
