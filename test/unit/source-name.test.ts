import { describe, expect, it } from 'vitest';
import { nameSource } from '../../src/i18n/source-name.ts';

const documents = {
  '004': { title: 'Een sociaal sociaal domein', publisher: { nl: 'gemeente Utrecht', en: 'City of Utrecht' }, year: 2020 },
};

describe('a cited source as the player reads it', () => {
  it("takes title, publisher and year from the source list, in the player's language", () => {
    expect(nameSource(documents, { document: '004', line: 515 }, 'nl')).toEqual({
      title: 'Een sociaal sociaal domein',
      where: '(gemeente Utrecht, 2020), regel 515',
    });
    expect(nameSource(documents, { document: '004', line: 515 }, 'en', 'Ignored')).toEqual({
      title: 'Een sociaal sociaal domein',
      where: '(City of Utrecht, 2020), line 515',
    });
  });

  it('falls back to the title the source gives itself for a document the list lacks', () => {
    expect(nameSource(documents, { document: '007', line: 12 }, 'nl', 'Armoedemonitor')).toEqual({
      title: 'Armoedemonitor',
      where: '(document 007), regel 12',
    });
  });

  it('says only the number when nobody names the publication', () => {
    expect(nameSource(documents, { document: '007', line: 12 }, 'en')).toEqual({ title: null, where: 'Document 007, line 12' });
  });
});
