import { resultCsv, resultRecord } from '../../../../domain/debrief/result-export.ts';
import type { Step } from '../../../../domain/play/route.ts';
import type { Scenario } from '../../../../domain/scenario/model.ts';
import type { Lang } from '../../../../domain/scenario/text.ts';
import { td } from '../../../../i18n/debrief/index.ts';
import { h } from '../../../dom.ts';

function save(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Print, and "download my result" as JSON or CSV (the shape in docs/playing.md): made here, kept on this computer. */
export function keepSection(scenario: Scenario, steps: readonly Step[], endingId: string, lang: Lang): HTMLElement {
  const record = () => resultRecord(scenario, steps, endingId, new Date().toISOString());
  const stamp = () => new Date().toISOString().slice(0, 10);
  return h(
    'section',
    { className: 'debrief__keep no-print', 'aria-labelledby': 'keep-heading' },
    h('h3', { id: 'keep-heading' }, td(lang, 'keep.heading')),
    h('p', { className: 'muted' }, td(lang, 'keep.lead')),
    h(
      'div',
      { className: 'button-row' },
      h('button', { type: 'button', className: 'button', onclick: () => window.print() }, td(lang, 'keep.print')),
      h(
        'button',
        {
          type: 'button',
          className: 'button',
          'data-download': 'json',
          onclick: () => save(`resultaat-${scenario.id}-${stamp()}.json`, 'application/json', `${JSON.stringify(record(), null, 2)}\n`),
        },
        td(lang, 'keep.json'),
      ),
      h(
        'button',
        {
          type: 'button',
          className: 'button',
          'data-download': 'csv',
          onclick: () => save(`resultaat-${scenario.id}-${stamp()}.csv`, 'text/csv', resultCsv(record())),
        },
        td(lang, 'keep.csv'),
      ),
    ),
  );
}
