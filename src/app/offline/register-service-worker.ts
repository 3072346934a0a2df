import { registerSW } from 'virtual:pwa-register';
import { keepConfigForOffline } from './config-cache.ts';

export interface ServiceWorkerEvents {
  /** A new version is installed and waiting; calling `activate` lets it take over, then the page reloads. */
  readonly onUpdateWaiting: (activate: () => void) => void;
}

/**
 * Registers the Workbox service worker (`./sw.js`, scope `./`: the game's own folder) once the page has loaded, so
 * the first visit's own downloads come first. A failed registration only means no offline play: said in the
 * console, never on screen.
 */
export function registerServiceWorker({ onUpdateWaiting }: ServiceWorkerEvents): void {
  const skipWaiting = registerSW({
    onNeedRefresh: () =>
      onUpdateWaiting(() => {
        // Reload once the new version controls this page. The plugin's own reload only covers a page that was
        // controlled when it registered; a first visit left open while a new version was deployed was not.
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
        void skipWaiting();
      }),
    onNeedReload: () => undefined,
    onOfflineReady: () => void keepConfigForOffline(window.location.href),
    onRegisterError: (error: unknown) => console.warn('Offline play is unavailable: the service worker could not be registered', error),
  });
}
