import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { CostTimeline } from '../../../../domain/debrief/route-timeline.ts';
import type { Lang } from '../../../../domain/scenario/text.ts';
import {
  CHART_BACKGROUND,
  CHART_INK,
  DECISION_MARK,
  payerColour,
  ROUTE_COLOURS,
  ROUTE_DASHES,
  ROUTE_WIDTHS,
} from '../../../../palette/chart-palette.ts';
import type { ChartedRouteKind } from '../../../../domain/play/route-kinds.ts';

/** Loaded with the debrief only: draws the two cost charts with uPlot (decoration; the text and table carry the data). */

const compact = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 }),
};

/**
 * Tick labels follow the page's type: 80 % of the root size, never under 12 px. Class mode scales the root for a
 * projector, so the ticks grow with it (≈ 20 px at 1920 px wide).
 */
export function tickPixels(rootPixels: number): number {
  return Math.max(12, Math.round(rootPixels * 0.8));
}

const rootPixels = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
const fontOf = (px: number) => `${px}px "Atkinson Hyperlegible", system-ui, sans-serif`;

/** A decision month: a dashed ink line from the top of the plot down, under a diamond, so it is a shape and not a colour. */
function decisionMarks(months: readonly number[]): (u: uPlot) => void {
  return (u) => {
    const { ctx } = u;
    const ratio = uPlot.pxRatio;
    const size = DECISION_MARK.diamond * ratio;
    ctx.save();
    ctx.strokeStyle = DECISION_MARK.colour;
    ctx.fillStyle = DECISION_MARK.colour;
    ctx.lineWidth = DECISION_MARK.width * ratio;
    for (const month of months) {
      const x = Math.round(u.valToPos(month, 'x', true));
      const top = u.bbox.top;
      ctx.setLineDash(DECISION_MARK.dash.map((d) => d * ratio));
      ctx.beginPath();
      ctx.moveTo(x, top + size);
      ctx.lineTo(x, top + u.bbox.height);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.moveTo(x, top - size);
      ctx.lineTo(x + size, top);
      ctx.lineTo(x, top + size);
      ctx.lineTo(x - size, top);
      ctx.closePath();
      ctx.fill();
    }
    ctx.restore();
  };
}

const heightFor = (width: number, tick: number) => Math.round(Math.max(180 + tick * 2, Math.min(300 + tick * 6, width * 0.5)));

function options(width: number, lang: Lang, series: uPlot.Series[], marks: readonly number[], tick: number): uPlot.Options {
  const font = fontOf(tick);
  const measure = document.createElement('canvas').getContext('2d');
  const widest = (values: readonly string[] | null) => {
    if (!measure || !values) return tick * 4;
    measure.font = font;
    return Math.max(0, ...values.map((v) => measure.measureText(v).width));
  };
  const axis = {
    font,
    stroke: CHART_INK,
    ticks: { stroke: CHART_INK, width: 1, size: Math.round(tick / 2) },
    grid: { stroke: 'rgba(31, 42, 68, 0.12)', width: 1 },
  };
  return {
    width,
    height: heightFor(width, tick),
    legend: { show: false },
    cursor: { show: false },
    // Room above the plot for the decision diamonds.
    padding: [DECISION_MARK.diamond + 4, tick, 0, 0],
    scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.05] } },
    axes: [
      {
        ...axis,
        size: Math.round(tick * 2.2),
        space: tick * 3,
        values: (_u, values) => values.map((v) => (Number.isInteger(v) ? String(v) : '')),
      },
      {
        ...axis,
        space: tick * 2.5,
        size: (_u, values) => Math.ceil(widest(values) + tick),
        values: (_u, values) => values.map((v) => compact[lang].format(v)),
      },
    ],
    series: [{}, ...series],
    hooks: { draw: [decisionMarks(marks)] },
  };
}

const euros = (cents: readonly number[]) => cents.map((c) => c / 100);

const routeSeries = (kind: ChartedRouteKind): uPlot.Series => ({
  stroke: ROUTE_COLOURS[kind],
  width: ROUTE_WIDTHS[kind],
  ...(ROUTE_DASHES[kind].length > 0 ? { dash: [...ROUTE_DASHES[kind]] } : {}),
});

export function plotCharts(targets: { lines: HTMLElement; stacked: HTMLElement }, timeline: CostTimeline, lang: Lang): () => void {
  const months = timeline.yours.map((_, m) => m);
  const marks = [...new Set(timeline.decisions.map((d) => d.month))];
  const lineSeries: uPlot.Series[] = [routeSeries('yours'), ...(timeline.best ? [routeSeries('best')] : []), routeSeries('systeem')];
  const lineData = [months, euros(timeline.yours), ...(timeline.best ? [euros(timeline.best)] : []), euros(timeline.systeem)];
  // Stacked per payer: each band is the running sum up to that payer; the tallest is drawn first so the lower ones
  // cover it. A thin line in the background colour separates neighbouring bands.
  const stacks: number[][] = [];
  timeline.yoursByPayer.forEach((payer, i) => stacks.push(payer.cumulative.map((c, m) => c + (i > 0 ? stacks[i - 1]![m]! : 0))));
  const order = stacks.map((_, i) => i).reverse();
  const stackSeries: uPlot.Series[] = order.map((i) => ({ stroke: CHART_BACKGROUND, fill: payerColour(i), width: 1.5 }));
  const stackData = [months, ...order.map((i) => euros(stacks[i]!))];
  const width = (el: HTMLElement) => Math.max(260, Math.floor(el.clientWidth || 600));
  let tick = tickPixels(rootPixels());
  const targetsInOrder = [targets.lines, targets.stacked];
  const build = () => [
    new uPlot(options(width(targets.lines), lang, lineSeries, marks, tick), lineData as uPlot.AlignedData, targets.lines),
    new uPlot(options(width(targets.stacked), lang, stackSeries, marks, tick), stackData as uPlot.AlignedData, targets.stacked),
  ];
  let charts = build();
  // The size the tick labels were really drawn at (uPlot keeps [font, device px, CSS px]), for tests and print.
  const label = () =>
    charts.forEach((chart, i) => {
      targetsInOrder[i]!.dataset.tickPx = String((chart.axes[0]!.font as unknown as [string, number, number])[2]);
    });
  label();
  const observer = new ResizeObserver(() => {
    const nextTick = tickPixels(rootPixels());
    if (nextTick !== tick) {
      // The root size changed (class mode, zoom): fonts are fixed at creation, so draw the charts anew.
      tick = nextTick;
      charts.forEach((chart) => chart.destroy());
      charts = build();
      label();
      return;
    }
    charts.forEach((chart, i) => {
      const w = width(targetsInOrder[i]!);
      if (Math.abs(chart.width - w) > 2) chart.setSize({ width: w, height: heightFor(w, tick) });
    });
  });
  observer.observe(targets.lines);
  return () => {
    observer.disconnect();
    charts.forEach((chart) => chart.destroy());
  };
}
