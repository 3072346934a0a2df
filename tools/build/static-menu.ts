import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ScenarioSummary } from '../../src/domain/scenario/scenario-summary.ts';
import { fill } from '../../src/i18n/fill.ts';

/** Where index.html takes the casus list the build writes (inside #screen, so the game's first screen replaces it). */
export const STATIC_MENU_PLACEHOLDER = '<!-- static-menu -->';

/**
 * Runs while the page is parsed, before any file of the game has arrived: gives every static link the page's own
 * parameters (an LMS launch's `lms=`, `taal=`, `ouder=`, …) beside its `casus=`, then shows the list. Without
 * this script (JavaScript off, or a host whose header policy lacks its hash) the list stays hidden: a link that
 * dropped `lms=` would reload the game outside the LMS's reporting. A page opened with `casus=` already shows no
 * list: the game opens that casus itself. Its hash is in the page's script-src (tools/vite-plugin-csp.ts).
 */
export const STATIC_MENU_SCRIPT = `(function () {
  var menu = document.getElementById('static-menu');
  var here = new URLSearchParams(location.search);
  if (!menu || here.has('casus')) return;
  var links = menu.querySelectorAll('a[data-casus]');
  for (var i = 0; i < links.length; i++) {
    var query = new URLSearchParams(location.search);
    query.set('casus', links[i].getAttribute('data-casus'));
    links[i].setAttribute('href', '?' + query.toString());
  }
  document.documentElement.setAttribute('data-static-menu', '');
  menu.hidden = false;
  if (window.performance && performance.mark) performance.mark('app:static-menu-usable');
})();`;

/** The CSP source that admits exactly STATIC_MENU_SCRIPT and no other inline script. */
export function staticMenuScriptSource(): string {
  return `'sha256-${createHash('sha256').update(STATIC_MENU_SCRIPT, 'utf8').digest('base64')}'`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The Dutch interface texts, read as a file: this runs in Node (the Vite config), not in the bundle. */
function dutch(): Record<string, string> {
  return JSON.parse(readFileSync(new URL('../../src/i18n/nl.json', import.meta.url), 'utf8')) as Record<string, string>;
}

/**
 * The library's casussen as plain HTML for index.html: per casus its title, playing time and a "Start casus" link
 * to `?casus=<id>`, in Dutch (the page's language). Hidden until STATIC_MENU_SCRIPT has made the links final; the
 * game's title screen replaces it, so there is never a second list.
 */
export function staticMenuHtml(scenarios: readonly ScenarioSummary[]): string {
  if (scenarios.length === 0) return '';
  const nl = dutch();
  const items = scenarios.map((scenario) => {
    const id = escapeHtml(scenario.id);
    const minutes = scenario.playingMinutes
      ? `\n            <p>${escapeHtml(fill(nl['title.minutesLong']!, { minutes: scenario.playingMinutes }))}</p>`
      : '';
    return `          <li>
            <h3 id="static-casus-${id}"><bdi>${escapeHtml(scenario.title.nl)}</bdi></h3>${minutes}
            <a class="button button--primary" id="static-start-${id}" aria-labelledby="static-start-${id} static-casus-${id}" href="?casus=${id}" data-casus="${id}">${escapeHtml(nl['title.start']!)}</a>
          </li>`;
  });
  return `<section id="static-menu" class="static-menu" aria-labelledby="static-menu-heading" hidden>
        <h2 id="static-menu-heading">${escapeHtml(nl['title.casusHeading']!)}</h2>
        <ul>
${items.join('\n')}
        </ul>
      </section>
      <script>${STATIC_MENU_SCRIPT}</script>`;
}
