import type { Moment } from '../../../../domain/scenario/model.ts';
import type { Lang, Text } from '../../../../domain/scenario/text.ts';
import { tk, type ClassMessageKey } from '../../../../i18n/klas/index.ts';
import { paragraphs } from '../../../components/paragraphs.ts';
import { h } from '../../../dom.ts';

/** Before the choice the trainer needs what to discuss and the question for the room; after it, what really happened. */
export type NotesMoment = 'before' | 'after';

function note(key: ClassMessageKey, text: Text | undefined, lang: Lang, className: string): HTMLElement[] {
  if (!text) return [];
  return [h('h4', { className: 'trainer-notes__label' }, tk(lang, key)), h('div', { className }, ...paragraphs(text, lang))];
}

/** The casus's facilitator notes for this moment, for trainers only (trainer view and class mode). */
export function facilitatorNotes(moment: Moment, when: NotesMoment, lang: Lang): HTMLElement {
  const notes = moment.facilitator;
  const body = !notes
    ? [h('p', { className: 'muted' }, tk(lang, 'notes.none'))]
    : when === 'before'
      ? [...note('notes.prompt', notes.prompt, lang, 'trainer-notes__prompt'), ...note('notes.discuss', notes.discuss, lang, 'trainer-notes__discuss')]
      : [...note('notes.sourceSays', notes.sourceSays, lang, 'trainer-notes__source'), ...note('notes.discuss', notes.discuss, lang, 'trainer-notes__discuss')];
  return h('aside', { className: 'trainer-notes', 'aria-labelledby': 'trainer-notes-heading' },
    h('h3', { id: 'trainer-notes-heading' }, tk(lang, 'notes.heading')), ...body);
}
