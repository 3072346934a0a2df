import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ScenarioSummary } from '../../src/domain/scenario/scenario-summary.ts';
import { contentSecurityPolicy } from '../../tools/build/vite-plugin-csp.ts';
import { STATIC_MENU_SCRIPT, staticMenuHtml, staticMenuScriptSource } from '../../tools/build/static-menu.ts';

const scenario = (id: string, title: string, playingMinutes?: number): ScenarioSummary => ({
  id,
  title: { nl: title, en: `${title} (en)` },
  summary: { nl: 'Samenvatting' },
  horizonMonths: 12,
  ...(playingMinutes ? { playingMinutes } : {}),
  source: { document: 'bron', title: 'Bron', line: 1 },
  themes: [],
  household: [],
});

describe('static casus list in index.html', () => {
  it('writes per casus a Dutch heading, its playing time and a Start casus link to ?casus=<id>, hidden until the script ran', () => {
    const html = staticMenuHtml([scenario('twee-zonen', 'Twee zonen', 15), scenario('kort', 'Kort')]);
    expect(html).toMatch(/^<section id="static-menu"[^>]* hidden>/);
    expect(html).toContain('<h2 id="static-menu-heading">Kies een casus</h2>');
    expect(html).toContain('<h3 id="static-casus-twee-zonen"><bdi>Twee zonen</bdi></h3>');
    expect(html).toContain('<p>Speeltijd ongeveer 15 minuten</p>');
    expect(html).toContain(
      'aria-labelledby="static-start-twee-zonen static-casus-twee-zonen" href="?casus=twee-zonen" data-casus="twee-zonen">Start casus</a>',
    );
    expect(html.match(/<p>/g)).toHaveLength(1);
    expect(html).toContain(`<script>${STATIC_MENU_SCRIPT}</script>`);
    expect(html).not.toContain('(en)');
  });

  it('escapes a title as text', () => {
    expect(staticMenuHtml([scenario('x', '<b>"Zorg" & geld</b>')])).toContain('<bdi>&lt;b&gt;&quot;Zorg&quot; &amp; geld&lt;/b&gt;</bdi>');
  });

  it('writes nothing for an empty library', () => {
    expect(staticMenuHtml([])).toBe('');
  });

  it('the page policy admits exactly this inline script by its hash', () => {
    const hash = createHash('sha256').update(STATIC_MENU_SCRIPT).digest('base64');
    expect(staticMenuScriptSource()).toBe(`'sha256-${hash}'`);
    expect(contentSecurityPolicy()).toContain(`script-src 'self' 'sha256-${hash}';`);
    const scriptSrc = contentSecurityPolicy()
      .split('; ')
      .find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe(`script-src 'self' 'sha256-${hash}'`);
  });
});
