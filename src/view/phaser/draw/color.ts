/** Linear blend between two 0xRRGGBB colours; t = 0 gives `a`, t = 1 gives `b`. */
export function mix(a: number, b: number, t: number): number {
  const k = Math.max(0, Math.min(1, t));
  const channel = (shift: number) => {
    const ca = (a >> shift) & 0xff;
    const cb = (b >> shift) & 0xff;
    return Math.round(ca + (cb - ca) * k) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}

export function darken(color: number, amount: number): number {
  return mix(color, 0x000000, amount);
}

export function lighten(color: number, amount: number): number {
  return mix(color, 0xffffff, amount);
}
