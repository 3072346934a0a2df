/**
 * Draws the web app manifest's PNG icons from public/favicon.svg in the system Chromium (no image library needed).
 *
 * Run: npx tsx tools/build/make-icons.ts
 * Output: public/icons/icon-192.png, icon-512.png (the favicon as it is: rounded corners, transparent around them)
 * and icon-maskable-512.png (full-bleed background, the receipt inside the central 80 % "safe zone", so a launcher
 * may cut it to a circle or a squircle without clipping the drawing).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, explainMissingChromium, findChromium } from '../test/chromium.mjs';

const PUBLIC = fileURLToPath(new URL('../../public/', import.meta.url));
const svg = readFileSync(`${PUBLIC}favicon.svg`, 'utf8');
/** The favicon's own background colour: the maskable icon's bleed must match it. */
const background = /<rect [^>]*fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1];
if (!background) throw new Error('public/favicon.svg has no <rect fill="#…"> background to bleed the maskable icon with');

const executablePath = findChromium();
if (!executablePath) {
  explainMissingChromium();
  process.exit(1);
}

const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  for (const { file, size, maskable } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const inner = maskable ? Math.round(size * 0.8) : size;
    await page.setContent(`<!doctype html><html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${maskable ? background : 'transparent'}">
<img src="${dataUrl}" width="${inner}" height="${inner}" alt=""></body></html>`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: `${PUBLIC}icons/${file}`, omitBackground: !maskable });
    await page.close();
    console.log(`public/icons/${file}: ${size}×${size}${maskable ? ' (maskable)' : ''}`);
  }
} finally {
  await browser.close();
}
