import { describe, expect, it } from 'vitest';
import { LastKey, sameKey } from '../../src/ui/view-key.ts';

describe('sameKey compares the data a view is drawn from by value', () => {
  it('compares records field by field and tuples item by item, however deep', () => {
    expect(sameKey({ lang: 'nl', sound: true }, { lang: 'nl', sound: true })).toBe(true);
    expect(sameKey({ lang: 'nl', sound: true }, { lang: 'nl', sound: false })).toBe(false);
    expect(sameKey(['twee-zonen', [['m1', 'a']]], ['twee-zonen', [['m1', 'a']]])).toBe(true);
    expect(sameKey(['twee-zonen', [['m1', 'a']]], ['twee-zonen', [['m1', 'b']]])).toBe(false);
    expect(sameKey({ notices: { lrsInfo: { classCode: 'K1' } } }, { notices: { lrsInfo: { classCode: 'K1' } } })).toBe(true);
    expect(sameKey({ notices: { lrsInfo: { classCode: 'K1' } } }, { notices: { lrsInfo: { classCode: 'K2' } } })).toBe(false);
  });

  it('never takes values that would have read alike in a string key for the same', () => {
    // As 'a|b' + '|c' and 'a' + '|b|c' did: a separator inside a value no longer moves the fields.
    expect(sameKey(['a|b', 'c'], ['a', 'b|c'])).toBe(false);
    expect(sameKey({ notice: null }, { notice: 'null' })).toBe(false);
    expect(sameKey({ opening: null }, { opening: '' })).toBe(false);
    expect(sameKey({ steps: 1 }, { steps: '1' })).toBe(false);
    expect(sameKey({ lrsInfo: null }, { lrsInfo: {} })).toBe(false);
  });

  it('tells lists of different lengths and records with other fields apart', () => {
    expect(sameKey([1, 2], [1, 2, 3])).toBe(false);
    expect(sameKey([], {})).toBe(false);
    expect(sameKey({ screen: 'title', lang: 'nl' }, { screen: 'title', lang: 'nl', notice: 'link' })).toBe(false);
  });

  it('takes a field left out and a field that is undefined for the same', () => {
    expect(sameKey({}, { classCode: undefined })).toBe(true);
    expect(sameKey({ classCode: undefined }, {})).toBe(true);
  });

  it('compares anything but plain records and arrays by identity', () => {
    const saves = new Map([['twee-zonen', 1]]);
    expect(sameKey({ saves }, { saves })).toBe(true);
    expect(sameKey({ saves }, { saves: new Map(saves) })).toBe(false);
    const date = new Date(0);
    expect(sameKey(date, new Date(0))).toBe(false);
    expect(sameKey(date, date)).toBe(true);
    expect(sameKey(Number.NaN, Number.NaN)).toBe(true);
  });
});

describe('LastKey remembers what a view was drawn from', () => {
  it('says "draw" the first time, then only when the key differs', () => {
    const key = new LastKey<{ readonly lang: string; readonly sound: boolean }>();
    expect(key.value).toBeUndefined();
    expect(key.same({ lang: 'nl', sound: true })).toBe(false);
    expect(key.changed({ lang: 'nl', sound: true })).toBe(true);
    // A new object with the same data is no reason to draw again (focus and open panels stay).
    expect(key.changed({ lang: 'nl', sound: true })).toBe(false);
    expect(key.changed({ lang: 'en', sound: true })).toBe(true);
    expect(key.value).toEqual({ lang: 'en', sound: true });
    expect(key.changed({ lang: 'nl', sound: true })).toBe(true);
  });

  it('keeps the key it has while the data is the same, and takes one set on purpose', () => {
    const key = new LastKey<readonly [string, number]>();
    const first = ['briefing', 0] as const;
    key.changed(first);
    key.changed(['briefing', 0]);
    expect(key.value).toBe(first);
    key.set(['deciding', 1]);
    expect(key.same(['deciding', 1])).toBe(true);
    expect(key.same(first)).toBe(false);
  });

  it('can start from "nothing drawn" as a key of its own', () => {
    const key = new LastKey<{ readonly lang: string } | null>();
    key.set(null);
    expect(key.changed(null)).toBe(false);
    expect(key.changed({ lang: 'nl' })).toBe(true);
    expect(key.changed(null)).toBe(true);
  });
});
