import type { Argued, Option } from '../scenario/model.ts';
import type { Text } from '../scenario/text.ts';

/** One choice as the player sees it: an option, or an argued option with its arguments behind it. */
export interface Choice {
  /** The authored option id. */
  readonly id: string;
  readonly label: Text;
  /** The compiled options behind it: one, or one per argument (in authored order). */
  readonly options: readonly Option[];
  readonly argue?: Pick<Argued, 'audience' | 'question'>;
}

/** Groups compiled options back into the choices the author wrote (the arguments of one option are contiguous). */
export function choicesOf(options: readonly Option[]): Choice[] {
  const choices: Choice[] = [];
  for (const option of options) {
    const argued = option.argued;
    const last = choices[choices.length - 1];
    if (argued && last?.argue && last.id === argued.optionId) {
      (last.options as Option[]).push(option);
      continue;
    }
    choices.push(
      argued
        ? { id: argued.optionId, label: option.label, options: [option], argue: { audience: argued.audience, question: argued.question } }
        : { id: option.id, label: option.label, options: [option] },
    );
  }
  return choices;
}
