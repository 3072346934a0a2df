/** The service worker's runtime cache for `kostenbewust.config.json` (tools/build/pwa-options.ts reads from it). */
export const CONFIG_CACHE = 'kostenbewust-config';

/** The config file beside index.html, as src/app/reporting/configure-reporters.ts reads it. */
export function configFileUrl(pageUrl: string): string {
  return new URL('kostenbewust.config.json', new URL('.', pageUrl)).href;
}

/**
 * The first visit read the config file before the service worker existed, so its cache is empty: fill it once the
 * worker is installed, so a class that goes off-line later still knows its LRS (its statements wait, then go out).
 * A missing file only means no config off-line, as on-line.
 */
export async function keepConfigForOffline(pageUrl: string): Promise<void> {
  try {
    const cache = await caches.open(CONFIG_CACHE);
    await cache.add(configFileUrl(pageUrl));
  } catch (error) {
    console.warn('kostenbewust.config.json could not be kept for off-line use', error);
  }
}
