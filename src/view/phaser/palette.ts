/** The stage's colours, as Phaser numbers. CSS strings are derived with `css()`. */
export const palette = {
  paper: 0xf6f1e7,
  ink: 0x1f2a44,
  teal: 0x1b7f79,
  orange: 0xe07a3f,
  sand: 0xe9dcc3,
  legitimiteit: 0x3b6ea5,
  betrokkenheid: 0x4f9d69,
  rendement: 0xc98a00,
  alarm: 0xb5523b,
  white: 0xfffdf8,
  shadow: 0x1f2a44,
  lampLight: 0xffd98a,
} as const;

export type PaletteKey = keyof typeof palette;

export function css(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}

export const PAPER_CSS = css(palette.paper);
export const INK_CSS = css(palette.ink);
