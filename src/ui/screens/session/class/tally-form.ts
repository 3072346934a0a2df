import { isCount, majority, MAX_TALLY, tallyTotal, type Tally } from '../../../../domain/class/class-tally.ts';
import type { Choice } from '../../../../domain/play/choices.ts';
import { t } from '../../../../i18n/index.ts';
import { pick, type Lang } from '../../../../domain/scenario/text.ts';
import { tk } from '../../../../i18n/klas/index.ts';
import { inline, isolate } from '../../../components/paragraphs.ts';
import { h } from '../../../dom.ts';

/** The trainer's choice for the class: a choice (authored option id) and, when the room was counted, the tally behind it. */
export type ClassChoice = (optionId: string, tally: Tally | undefined) => void;

/** Reads the counts; an empty box counts 0, anything else that is not a whole number 0…MAX_TALLY is refused. */
function readTally(inputs: readonly HTMLInputElement[], options: readonly Choice[]): Tally | null {
  const tally: Record<string, number> = {};
  let valid = true;
  options.forEach((option, i) => {
    const input = inputs[i]!;
    const raw = input.value.trim();
    const count = raw === '' ? 0 : Number(raw);
    const ok = /^\d*$/.test(raw) && isCount(count);
    input.toggleAttribute('aria-invalid', !ok);
    if (ok) tally[option.id] = count;
    else valid = false;
  });
  return valid ? tally : null;
}

/**
 * Class mode's way to choose: how many in the room chose each option, then follow the majority (a tie is the
 * trainer's to break) or the trainer's own pick. The tally goes with the choice into the session's log.
 */
export function tallyForm(options: readonly Choice[], lang: Lang, onChoose: ClassChoice): HTMLElement {
  const message = h('p', { className: 'tally__message', role: 'status' });
  const inputs = options.map((option) =>
    h('input', {
      type: 'number',
      id: `tally-${option.id}`,
      className: 'tally__input',
      inputmode: 'numeric',
      min: 0,
      max: MAX_TALLY,
      step: 1,
      'aria-labelledby': `tally-q-${option.id} tally-label-${option.id}`,
      'aria-describedby': 'tally-message',
    }),
  );
  message.id = 'tally-message';
  const counted = (): Tally | undefined | null => {
    const tally = readTally(inputs, options);
    if (tally === null) return null;
    return tallyTotal(tally) > 0 ? tally : undefined;
  };
  const refuse = () => {
    message.textContent = tk(lang, 'tally.invalid', { max: MAX_TALLY });
    inputs.find((input) => input.hasAttribute('aria-invalid'))?.focus();
  };
  const follow = () => {
    const tally = counted();
    if (tally === null) return refuse();
    const verdict = majority(
      tally ?? {},
      options.map((o) => o.id),
    );
    if (verdict.kind === 'majority') return onChoose(verdict.optionId, tally);
    message.textContent =
      verdict.kind === 'empty'
        ? tk(lang, 'tally.empty')
        : tk(lang, 'tally.tie', {
            options: verdict.optionIds.map((id) => isolate(pick(options.find((o) => o.id === id)!.label, lang))).join(' / '),
          });
  };
  const choose = (optionId: string) => {
    const tally = counted();
    if (tally === null) return refuse();
    onChoose(optionId, tally);
  };
  return h(
    'section',
    { className: 'tally', 'aria-labelledby': 'tally-heading' },
    h('h3', { id: 'tally-heading' }, tk(lang, 'tally.heading')),
    h('p', { className: 'muted' }, tk(lang, 'tally.lead')),
    h(
      'ul',
      { className: 'tally__options' },
      ...options.map((option, i) =>
        h(
          'li',
          { className: 'tally__option' },
          h(
            'span',
            { className: 'tally__label', id: `tally-label-${option.id}` },
            inline(option.label, lang),
            option.argue
              ? h(
                  'span',
                  { className: 'option__tag' },
                  ` ${t(lang, 'argue.tag', { audience: isolate(pick(option.argue.audience, lang)) })}`,
                )
              : null,
          ),
          h(
            'label',
            { className: 'tally__count', for: `tally-${option.id}` },
            h('span', { id: `tally-q-${option.id}` }, tk(lang, 'tally.count')),
            inputs[i]!,
          ),
          h(
            'button',
            {
              type: 'button',
              className: 'button',
              id: `tally-pick-${option.id}`,
              'data-class-pick': option.id,
              'aria-labelledby': `tally-pick-${option.id} tally-label-${option.id}`,
              onclick: () => choose(option.id),
            },
            tk(lang, 'tally.pick'),
          ),
        ),
      ),
    ),
    h(
      'div',
      { className: 'button-row' },
      h(
        'button',
        { type: 'button', className: 'button button--primary', 'data-class-follow': '', onclick: follow },
        tk(lang, 'tally.follow'),
      ),
    ),
    message,
  );
}
