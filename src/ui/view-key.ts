const isPlainObject = (value: unknown): value is Readonly<Record<string, unknown>> => {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * Structural equality of the data a view is drawn from: arrays item by item, plain objects field by field (a field
 * left out and a field that is undefined are the same, as in the data the views are given), anything else (numbers,
 * strings, Maps, functions, class instances) by `Object.is`. Nothing is encoded into a string to be compared.
 */
export function sameKey(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameKey(item, b[i]));
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...fields].every((field) => sameKey(a[field], b[field]));
}

/**
 * What a view was last drawn from, as a typed value (a readonly record or tuple): the view draws again only when the
 * new key differs (sameKey), so a redraw never takes away focus, an opened panel or a scroll position for nothing.
 */
export class LastKey<K> {
  private drawn: { readonly key: K } | null = null;

  /** The key last remembered, if any. */
  get value(): K | undefined {
    return this.drawn?.key;
  }

  /** Whether the view was last drawn from this very data. */
  same(key: K): boolean {
    return this.drawn !== null && sameKey(this.drawn.key, key);
  }

  /** Remembers `key` as what the view is drawn from now. */
  set(key: K): void {
    this.drawn = { key };
  }

  /** Remembers `key` when it differs from the last one and says so: true means "draw again". */
  changed(key: K): boolean {
    if (this.same(key)) return false;
    this.set(key);
    return true;
  }
}
