/** Chart colours, matching the palette of main.css (the canvas cannot read CSS variables before it is attached). */
export const CHART_COLOURS = { yours: '#1b7f79', best: '#3b6ea5', systeem: '#a1402b', decision: '#9a4a1c' } as const;
export const PAYER_COLOURS = ['#1b7f79', '#c98a00', '#3b6ea5', '#4f9d69', '#a1402b', '#6b4fa0', '#4a5570'] as const;
