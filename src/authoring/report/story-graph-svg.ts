import type { Scenario } from '../../domain/scenario/model.ts';
import { conditionText } from './route-summary.ts';
import { pick } from '../../domain/scenario/text.ts';
import { esc } from './escape.ts';

/**
 * The story as an inline SVG: one column per month (moments in the order they appear), the endings in a last
 * column, an arrow per option labelled with its id; an option with a condition is dashed and names it. A plain
 * layered layout: casus graphs are small and flow forward in time, so no layout library earns its weight.
 */
const BOX_W = 190;
const BOX_H = 64; // room for four option arrows 14 px apart, so their labels do not overlap
const COL_GAP = 180;
const ROW_GAP = 36;
const PAD = 20;

interface Box {
  readonly id: string;
  readonly label: string;
  readonly sub: string;
  readonly x: number;
  readonly y: number;
  readonly ending: boolean;
}


const short = (text: string, max = 26) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function layout(scenario: Scenario): Map<string, Box> {
  const months = [...new Set(Object.values(scenario.moments).map((m) => m.month))].sort((a, b) => a - b);
  const boxes = new Map<string, Box>();
  const rows = new Map<number, number>();
  const place = (column: number, id: string, label: string, sub: string, ending: boolean) => {
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    boxes.set(id, { id, label, sub, ending, x: PAD + column * (BOX_W + COL_GAP), y: PAD + 24 + row * (BOX_H + ROW_GAP) });
  };
  for (const moment of Object.values(scenario.moments)) place(months.indexOf(moment.month), `m:${moment.id}`, pick(moment.title, 'nl'), `maand ${moment.month} · ${moment.id}`, false);
  for (const ending of Object.values(scenario.endings)) place(months.length, `e:${ending.id}`, pick(ending.title, 'nl'), `einde · ${ending.tone}`, true);
  return boxes;
}

export function storyGraphSvg(scenario: Scenario): string {
  const boxes = layout(scenario);
  const all = [...boxes.values()];
  const width = Math.max(...all.map((b) => b.x + BOX_W)) + PAD;
  const height = Math.max(...all.map((b) => b.y + BOX_H)) + PAD;
  const edges: string[] = [];
  for (const moment of Object.values(scenario.moments)) {
    const from = boxes.get(`m:${moment.id}`)!;
    moment.options.forEach((option, i) => {
      const to = boxes.get(option.to.kind === 'ending' ? `e:${option.to.id}` : `m:${option.to.id}`);
      if (!to) return;
      const [x1, y1] = [from.x + BOX_W, from.y + 10 + i * 14];
      const [x2, y2] = [to.x, to.y + BOX_H / 2];
      const back = x2 <= x1;
      const path = back ? `M${x1},${y1} C${x1 + 60},${y1 - 80} ${x2 - 60},${y2 - 80} ${x2},${y2}` : `M${x1},${y1} C${(x1 + x2) / 2},${y1} ${(x1 + x2) / 2},${y2} ${x2},${y2}`;
      const condition = option.requires.length > 0 ? ` [${conditionText(option.requires)}]` : '';
      const dash = condition ? ' stroke-dasharray="5 4"' : '';
      edges.push(
        `<g class="edge"><title>${esc(`${moment.id} → ${option.id}${condition}: ${pick(option.label, 'nl')}`)}</title><path d="${path}" fill="none" stroke="#666" stroke-width="1.4"${dash} marker-end="url(#pijl)"/>` +
          `<text x="${x1 + 6}" y="${y1 - 3}" font-size="10" fill="#333">${esc(short(option.id + condition, 34))}</text></g>`,
      );
    });
  }
  const nodes = all.map(
    (b) =>
      `<g class="${b.ending ? 'ending' : 'moment'}"><rect x="${b.x}" y="${b.y}" width="${BOX_W}" height="${BOX_H}" rx="${b.ending ? 16 : 4}" fill="${b.ending ? '#eef6ee' : '#f3f1ea'}" stroke="#444"/>` +
      `<text x="${b.x + 8}" y="${b.y + 19}" font-size="12" font-weight="bold">${esc(short(b.label))}</text><text x="${b.x + 8}" y="${b.y + 36}" font-size="10" fill="#555">${esc(short(b.sub, 32))}</text></g>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Verhaalkaart van ${esc(pick(scenario.title, 'nl'))}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    '<defs><marker id="pijl" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#666"/></marker></defs>',
    ...edges,
    ...nodes,
    '</svg>',
  ].join('\n');
}
