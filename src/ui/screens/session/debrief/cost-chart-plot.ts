import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { CostTimeline } from '../../../../domain/debrief/route-timeline.ts';
import type { Lang } from '../../../../domain/scenario/text.ts';
import { CHART_COLOURS, PAYER_COLOURS } from './chart-colours.ts';

/** Loaded with the debrief only: draws the two cost charts with uPlot (decoration; the text and table carry the data). */

const compact = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 }),
};

function decisionMarks(months: readonly number[]): (u: uPlot) => void {
  return (u) => {
    const { ctx } = u;
    ctx.save();
    ctx.strokeStyle = CHART_COLOURS.decision;
    ctx.setLineDash([4, 4]);
    ctx.lineWidth = 1.5 * uPlot.pxRatio;
    for (const month of months) {
      const x = Math.round(u.valToPos(month, 'x', true));
      ctx.beginPath();
      ctx.moveTo(x, u.bbox.top);
      ctx.lineTo(x, u.bbox.top + u.bbox.height);
      ctx.stroke();
    }
    ctx.restore();
  };
}

function options(width: number, lang: Lang, series: uPlot.Series[], marks: readonly number[]): uPlot.Options {
  return {
    width,
    height: Math.max(180, Math.min(300, Math.round(width * 0.5))),
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.05] } },
    axes: [
      { values: (_u, values) => values.map((v) => (Number.isInteger(v) ? String(v) : '')) },
      { size: 64, values: (_u, values) => values.map((v) => compact[lang].format(v)) },
    ],
    series: [{}, ...series],
    hooks: { draw: [decisionMarks(marks)] },
  };
}

const euros = (cents: readonly number[]) => cents.map((c) => c / 100);

export function plotCharts(targets: { lines: HTMLElement; stacked: HTMLElement }, timeline: CostTimeline, lang: Lang): () => void {
  const months = timeline.yours.map((_, m) => m);
  const marks = [...new Set(timeline.decisions.map((d) => d.month))];
  const lineSeries: uPlot.Series[] = [
    { stroke: CHART_COLOURS.yours, width: 3 },
    ...(timeline.best ? [{ stroke: CHART_COLOURS.best, width: 2, dash: [8, 4] }] : []),
    { stroke: CHART_COLOURS.systeem, width: 2, dash: [2, 3] },
  ];
  const lineData = [months, euros(timeline.yours), ...(timeline.best ? [euros(timeline.best)] : []), euros(timeline.systeem)];
  // Stacked per payer: each band is the running sum up to that payer; the tallest is drawn first so the lower ones cover it.
  const stacks: number[][] = [];
  timeline.yoursByPayer.forEach((payer, i) => stacks.push(payer.cumulative.map((c, m) => c + (i > 0 ? stacks[i - 1]![m]! : 0))));
  const order = stacks.map((_, i) => i).reverse();
  const stackSeries: uPlot.Series[] = order.map((i) => {
    const colour = PAYER_COLOURS[i % PAYER_COLOURS.length]!;
    return { stroke: colour, fill: colour, width: 1 };
  });
  const stackData = [months, ...order.map((i) => euros(stacks[i]!))];
  const width = (el: HTMLElement) => Math.max(260, Math.floor(el.clientWidth || 600));
  const charts = [
    new uPlot(options(width(targets.lines), lang, lineSeries, marks), lineData as uPlot.AlignedData, targets.lines),
    new uPlot(options(width(targets.stacked), lang, stackSeries, marks), stackData as uPlot.AlignedData, targets.stacked),
  ];
  const observer = new ResizeObserver(() => {
    charts.forEach((chart, i) => {
      const target = i === 0 ? targets.lines : targets.stacked;
      const w = width(target);
      if (Math.abs(chart.width - w) > 2) chart.setSize({ width: w, height: Math.max(180, Math.min(300, Math.round(w * 0.5))) });
    });
  });
  observer.observe(targets.lines);
  return () => {
    observer.disconnect();
    charts.forEach((chart) => chart.destroy());
  };
}
