import type { Lang } from '../../domain/scenario/text.ts';
import { t } from '../../i18n/index.ts';

/** The loading screen is static HTML in index.html (it paints before any script); this moves its bar. */
export function showLoadingProgress(fraction: number, lang: Lang): void {
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  const bar = document.querySelector<HTMLElement>('#loading-bar');
  const label = document.querySelector<HTMLElement>('#loading-label');
  const progress = document.querySelector<HTMLElement>('#loading-progress');
  progress?.setAttribute('aria-valuenow', String(percent));
  if (bar) bar.style.width = `${percent}%`;
  if (label) label.textContent = t(lang, 'loading.progress', { percent });
}
