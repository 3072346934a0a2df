import type { Option } from '../../domain/scenario/model.ts';
import { pick, type Lang } from '../../domain/scenario/text.ts';
import { t } from '../../i18n/index.ts';
import { isolate } from './paragraphs.ts';
import { h } from '../dom.ts';

/** A taken option as a line of text: its label, and for an argued one the argument and the verdict. */
export function optionLabel(option: Option, lang: Lang): string {
  const label = pick(option.label, lang);
  if (!option.argued) return label;
  return t(lang, 'argue.inList', {
    label: isolate(label),
    argument: isolate(pick(option.argued.argument, lang)),
    verdict: t(lang, `verdict.${option.argued.verdict}`).toLowerCase(),
  });
}

export function optionText(option: Option, lang: Lang): HTMLElement {
  return h('span', { dir: 'auto' }, optionLabel(option, lang));
}
