import { describe, expect, it } from 'vitest';
import { debriefCatalogKeys } from '../../src/i18n/debrief/index.ts';
import { catalogKeys, t } from '../../src/i18n/index.ts';

describe('interface text', () => {
  it('has every Dutch key in English and no extra ones', () => {
    expect([...catalogKeys.en].sort()).toEqual([...catalogKeys.nl].sort());
  });

  it('has every Dutch key of the debrief catalogue in English, and no key in both catalogues', () => {
    expect([...debriefCatalogKeys.en].sort()).toEqual([...debriefCatalogKeys.nl].sort());
    expect(debriefCatalogKeys.nl.filter((key) => catalogKeys.nl.includes(key))).toEqual([]);
  });

  it('fills placeholders', () => {
    expect(t('nl', 'session.month', { month: 6 })).toBe('Maand 6');
    expect(t('en', 'receipt.total', { months: 24 })).toBe('Total over 24 months');
  });
});
