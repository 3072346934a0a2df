import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';
for (const root of process.argv.slice(2)) {
  const { server, url } = await serveStatic({ root, prefix: '/x/' });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const out = [];
  for (let i = 0; i < 6; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    out.push(await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0]; return Number(performance.getEntriesByName('first-contentful-paint')[0]?.startTime.toFixed(0)); }));
    await context.close();
  }
  out.sort((a, b) => a - b);
  console.log(root.padEnd(40), 'fcp median', out[3], 'all', out.join(' '));
  await browser.close(); server.close();
}
