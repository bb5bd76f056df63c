import { chromium } from 'playwright-core';
import { startServer } from './browser/server';
import { launchWithExtension } from './browser/harness';
import { perFramePages, topFrameCost, iframeCosts } from './bench/per-frame';
const server = await startServer({ routes: Object.fromEntries(Object.entries(perFramePages()).map(([k, v]) => [k, { body: v }])) });
const url = (h: string, p: string) => server.hostUrl(h, p);
const plain = await chromium.launchPersistentContext('/tmp/zzprof' + Date.now(), { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP *.test 127.0.0.1'] });
const ext = await launchWithExtension();
for (let i = 0; i < 2; i++) {
  for (const [name, ctx] of [['plain', plain], ['ext', ext.context]] as const) {
    const top = await topFrameCost(ctx, url);
    const fr = await iframeCosts(ctx, url);
    const avg = (k: 'scriptMs' | 'heapMB') => fr.reduce((a, b) => a + b[k], 0) / fr.length;
    console.log(name, JSON.stringify(top), 'iframes avg', avg('scriptMs').toFixed(2), avg('heapMB').toFixed(3));
  }
}
await plain.close(); await ext.close(); await server.close();
