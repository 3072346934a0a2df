import type { Moment, Scenario } from '../../../../domain/scenario/model.ts';
import type { Lang, Text } from '../../../../domain/scenario/text.ts';
import { tk, type ClassMessageKey } from '../../../../i18n/klas/index.ts';
import { paragraphs } from '../../../components/paragraphs.ts';
import { h } from '../../../dom.ts';

/** Before the choice the trainer needs what to discuss and the question for the room; after it, what really happened. */
export type NotesMoment = 'before' | 'after';

export interface NotesOptions {
  /**
   * Class mode: the notes are on the projector, so what is meant for the room's discussion (what to discuss, the
   * common misconceptions) stays behind a button until the trainer shows it — never before the room has voted by itself.
   */
  readonly reveal?: boolean;
}

function note(key: ClassMessageKey, text: Text | undefined, lang: Lang, className: string): HTMLElement[] {
  if (!text) return [];
  return [h('h4', { className: 'trainer-notes__label' }, tk(lang, key)), h('div', { className }, ...paragraphs(text, lang))];
}

/** A note the trainer shows the room when the time comes: a real button (a disclosure) and the text, hidden until then. */
function revealedNote(key: ClassMessageKey, text: Text | undefined, lang: Lang, className: string): HTMLElement[] {
  if (!text) return [];
  const id = `trainer-notes-${className}`;
  const label = tk(lang, key);
  const body = h(
    'div',
    { className: `${className} trainer-notes__revealed`, id, hidden: true },
    h('h4', { className: 'trainer-notes__label' }, label),
    ...paragraphs(text, lang),
  );
  const button = h(
    'button',
    {
      type: 'button',
      className: 'button trainer-notes__reveal',
      'aria-expanded': 'false',
      'aria-controls': id,
      'data-reveal': key,
      onclick: () => {
        const show = body.hidden;
        body.hidden = !show;
        button.setAttribute('aria-expanded', String(show));
        button.textContent = tk(lang, show ? 'notes.hideAgain' : 'notes.reveal', { label });
      },
    },
    tk(lang, 'notes.reveal', { label }),
  );
  return [h('div', { className: 'trainer-notes__reveal-row' }, button), body];
}

/** What changed in the rules since the source, once, at the first moment: trainers need it before the room does. */
function rulesNote(scenario: Pick<Scenario, 'rulesNote' | 'peildatum' | 'start'> | undefined, moment: Moment, lang: Lang): HTMLElement[] {
  if (!scenario?.rulesNote || moment.id !== scenario.start) return [];
  return [
    h(
      'details',
      { className: 'trainer-notes__rules' },
      h('summary', {}, tk(lang, 'notes.rules', { date: scenario.peildatum ?? '' })),
      ...paragraphs(scenario.rulesNote, lang),
    ),
  ];
}

/**
 * The casus's facilitator notes for this moment, for trainers only (trainer view and class mode): before the
 * choice the question for the room, what to discuss and the common misconceptions; after it, what really happened,
 * what a good answer contains and the misconceptions again; the suggested time either way.
 */
export function facilitatorNotes(
  moment: Moment,
  when: NotesMoment,
  lang: Lang,
  scenario?: Pick<Scenario, 'rulesNote' | 'peildatum' | 'start'>,
  options: NotesOptions = {},
): HTMLElement {
  const notes = moment.facilitator;
  const forRoom = options.reveal ? revealedNote : note;
  const body = !notes
    ? [h('p', { className: 'muted' }, tk(lang, 'notes.none'))]
    : [
        ...(notes.minutes ? [h('p', { className: 'trainer-notes__minutes' }, tk(lang, 'notes.minutes', { minutes: notes.minutes }))] : []),
        ...(when === 'before'
          ? [
              ...note('notes.prompt', notes.prompt, lang, 'trainer-notes__prompt'),
              ...forRoom('notes.discuss', notes.discuss, lang, 'trainer-notes__discuss'),
            ]
          : [
              ...note('notes.sourceSays', notes.sourceSays, lang, 'trainer-notes__source'),
              ...note('notes.goodAnswer', notes.goodAnswer, lang, 'trainer-notes__good'),
              ...forRoom('notes.discuss', notes.discuss, lang, 'trainer-notes__discuss'),
            ]),
        ...forRoom('notes.misconceptions', notes.misconceptions, lang, 'trainer-notes__misconceptions'),
      ];
  return h(
    'aside',
    { className: 'trainer-notes', 'aria-labelledby': 'trainer-notes-heading' },
    h('h3', { id: 'trainer-notes-heading' }, tk(lang, 'notes.heading')),
    ...rulesNote(scenario, moment, lang),
    ...body,
  );
}
