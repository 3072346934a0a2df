import { describe, expect, it } from 'vitest';
import { choicesOf } from '../../src/domain/play/choices.ts';
import type { Option } from '../../src/domain/scenario/model.ts';

const option = (id: string, argued?: { optionId: string; argumentId: string }): Option => ({
  id,
  label: { nl: argued ? argued.optionId : id },
  requires: [],
  costs: [],
  values: {
    legitimiteit: { delta: 0, reason: { nl: '' } },
    betrokkenheid: { delta: 0, reason: { nl: '' } },
    rendement: { delta: 0, reason: { nl: '' } },
  },
  set: {},
  add: {},
  consequence: { nl: '' },
  to: { kind: 'ending', id: 'einde' },
  ...(argued
    ? {
        argued: {
          ...argued,
          audience: { nl: 'de backoffice' },
          question: { nl: 'Waarom?' },
          argument: { nl: argued.argumentId },
          verdict: 'toegekend',
          response: { nl: 'Goed.' },
        },
      }
    : {}),
});

describe('choices as the player sees them', () => {
  it('groups the arguments of an argued option into one choice, in the authored order', () => {
    const choices = choicesOf([
      option('a'),
      option('m~x', { optionId: 'm', argumentId: 'x' }),
      option('m~y', { optionId: 'm', argumentId: 'y' }),
      option('b'),
    ]);
    expect(choices.map((c) => [c.id, c.options.map((o) => o.id), c.argue !== undefined])).toEqual([
      ['a', ['a'], false],
      ['m', ['m~x', 'm~y'], true],
      ['b', ['b'], false],
    ]);
  });

  it('keeps two argued options apart', () => {
    const choices = choicesOf([option('m~x', { optionId: 'm', argumentId: 'x' }), option('n~x', { optionId: 'n', argumentId: 'x' })]);
    expect(choices.map((c) => c.id)).toEqual(['m', 'n']);
  });
});
