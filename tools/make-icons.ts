/** Renders the extension icon (a highlighted «س») to public/icon/<size>.png with headless Chromium. Run: npx tsx tools/make-icons.ts */
import { chromium } from 'playwright-core';
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
<rect x="4" y="4" width="120" height="120" rx="26" fill="#0f5e5a"/>
<rect x="22" y="70" width="84" height="20" rx="6" fill="#f4c95d"/>
<text x="64" y="84" font-family="DejaVu Sans" font-weight="bold" font-size="62" fill="#ffffff" text-anchor="middle" direction="rtl">س</text>
</svg>`;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage();
for (const s of [16, 32, 48, 96, 128]) {
  await p.setViewportSize({ width: s, height: s });
  await p.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${s}" height="${s}" `)}</body></html>`);
  await p.screenshot({ path: `public/icon/${s}.png`, omitBackground: true });
}
await b.close();
