import type { Lang } from '../../domain/scenario/text.ts';
import { h } from '../../ui/dom.ts';
import { LastKey } from '../../ui/view-key.ts';
import { renderUpdateNotice } from '../../ui/components/update-notice.ts';
import { noServiceWorker } from './service-worker-policy.ts';

export interface OfflineSupportOptions {
  /** The update notice is placed right after this element (the app's notices). */
  readonly after: HTMLElement;
  readonly lang: () => Lang;
  /** The player is on the title screen: the only place a new version is offered (never under a running casus). */
  readonly atTitle: () => boolean;
  /** Called on every change of the app's state; the notice follows the language and the screen. */
  readonly watch: (listener: () => void) => void;
}

/**
 * Offline after the first visit: registers the service worker when this page may have one (see
 * service-worker-policy.ts) and, when a new version is waiting, offers it calmly on the title screen with a button.
 * "Later" keeps the running version; the browser starts the new one by itself once every tab of the game is closed.
 */
export function startOfflineSupport({ after, lang, atTitle, watch }: OfflineSupportOptions): void {
  const reason = noServiceWorker({
    search: window.location.search,
    framed: window.top !== window.self,
    supported: 'serviceWorker' in navigator,
    secure: window.isSecureContext,
    production: import.meta.env.PROD,
  });
  if (reason) return;

  const region = h('div', { className: 'app-notices', role: 'status' });
  after.after(region);
  let activate: (() => void) | null = null;
  let dismissed = false;
  let updating = false;
  const shown = new LastKey<{ readonly lang: Lang; readonly updating: boolean } | null>();
  shown.set(null);
  const render = () => {
    const visible = activate !== null && !dismissed && atTitle();
    // Re-rendering the same notice would drop the keyboard focus on its button.
    if (!shown.changed(visible ? { lang: lang(), updating } : null)) return;
    renderUpdateNotice(
      region,
      visible
        ? {
            lang: lang(),
            updating,
            onUpdate: () => {
              updating = true;
              render();
              activate?.();
            },
            onLater: () => {
              dismissed = true;
              render();
            },
          }
        : null,
    );
  };
  watch(render);
  void import('./register-service-worker.ts').then(({ registerServiceWorker }) =>
    registerServiceWorker({
      onUpdateWaiting: (waiting) => {
        activate = waiting;
        render();
      },
    }),
  );
}
