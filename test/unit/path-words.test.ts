import { describe, expect, it } from 'vitest';
import { ordinal, pathWords } from '../../src/authoring/schema/path-words.ts';

const data = {
  moments: { intake: { options: [{ id: 'wachten' }, { id: 'bellen', costs: [{ item: 'a' }, { item: 'b' }] }] } },
  themes: ['Schulden', 'Wonen', 'Zorg'],
  household: [{ id: 'sandra' }, { name: 'zonder id' }],
};

describe('a place in a casus as words, counting from one', () => {
  it('names the second cost line of an option by its place and the option by its id, in Dutch and English', () => {
    const path = ['moments', 'intake', 'options', 1, 'costs', 1, 'amount'];
    expect(pathWords(path, data, 'nl')).toBe("'amount' van de tweede kostenregel van keuze 'bellen' in moment 'intake'");
    expect(pathWords(path, data, 'en')).toBe("'amount' of the second cost line of option 'bellen' in moment 'intake'");
  });

  it('counts items without an id from one, with the right article', () => {
    expect(pathWords(['household', 1, 'age'], data)).toBe("'age' van het tweede gezinslid");
    expect(pathWords(['household', 0, 'age'], data)).toBe("'age' van gezinslid 'sandra'");
    expect(pathWords(['themes', 2], data)).toBe("het derde item van 'themes'");
    expect(pathWords(['themes', 2], data, 'en')).toBe("the third item of 'themes'");
  });

  it('names endings, the systeemroute and the arguments of an onderbouwing', () => {
    expect(pathWords(['endings', 'goed', 'tone'], data)).toBe("'tone' in einde 'goed'");
    expect(pathWords(['systeemroute', 'costs', 0, 'duration'], data)).toBe("'duration' van de eerste kostenregel in de systeemroute");
    expect(pathWords(['moments', 'intake', 'options', 0, 'argue', 'arguments', 2, 'verdict'], data)).toBe(
      "'verdict' van het derde argument van keuze 'wachten' in moment 'intake'",
    );
  });

  it('never shows an index counted from zero', () => {
    const words = pathWords(['moments', 'intake', 'options', 1, 'costs', 0, 'source', 'document'], data);
    expect(words).not.toMatch(/\[\d\]/);
    expect(words).toBe("'source.document' van de eerste kostenregel van keuze 'bellen' in moment 'intake'");
  });

  it('writes ordinals past ten as numbers', () => {
    expect([
      ordinal(0, 'nl'),
      ordinal(9, 'nl'),
      ordinal(10, 'nl'),
      ordinal(10, 'en'),
      ordinal(11, 'en'),
      ordinal(20, 'en'),
      ordinal(22, 'en'),
    ]).toEqual(['eerste', 'tiende', '11e', '11th', '12th', '21st', '23rd']);
  });
});
