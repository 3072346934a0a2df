import { toggleTheme, type ThemeOption } from '../../domain/scenario/casus-filter.ts';
import { pick, type Lang } from '../../domain/scenario/text.ts';
import { t } from '../../i18n/index.ts';
import { h } from '../dom.ts';

export interface ThemeFilterProps {
  readonly lang: Lang;
  readonly options: readonly ThemeOption[];
  readonly selected: readonly string[];
  readonly total: number;
  /** How many casussen a selection shows, for the live count. */
  readonly countFor: (selected: readonly string[]) => number;
  /** The selection changed: show and hide cards, remember it. */
  readonly onChange: (selected: readonly string[]) => void;
}

/**
 * "Filter op thema": a group of toggle buttons (aria-pressed), one per theme, a button to show all again and a
 * polite live count ("7 van 12 casussen"). It updates itself in place, so focus stays on the button pressed.
 */
export function renderThemeFilter(props: ThemeFilterProps): HTMLElement | null {
  const { lang, options } = props;
  if (options.length < 2) return null;
  let selected = [...props.selected];
  const count = h('p', { className: 'theme-filter__count', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const buttons = new Map<string, HTMLButtonElement>();
  const clear = h('button', { type: 'button', className: 'button button--quiet theme-filter__clear' }, t(lang, 'filter.all'));
  const sync = () => {
    for (const [key, button] of buttons) button.setAttribute('aria-pressed', String(selected.includes(key)));
    clear.hidden = selected.length === 0;
    count.textContent = t(lang, 'filter.count', { shown: props.countFor(selected), total: props.total });
  };
  const change = (next: string[]) => {
    selected = next;
    sync();
    props.onChange(selected);
  };
  for (const option of options) {
    buttons.set(option.key, h('button', {
      type: 'button',
      className: 'theme-filter__theme',
      'aria-pressed': 'false',
      onclick: () => change(toggleTheme(selected, option.key)),
    }, pick(option.text, lang), h('span', { className: 'theme-filter__n', 'aria-hidden': 'true' }, ` ${option.count}`)));
  }
  clear.addEventListener('click', () => {
    change([]);
    // The button hides itself: keep a keyboard user in the group.
    buttons.values().next().value?.focus();
  });
  sync();
  return h('div', { className: 'theme-filter', role: 'group', 'aria-labelledby': 'theme-filter-label' },
    h('p', { id: 'theme-filter-label', className: 'theme-filter__label' }, t(lang, 'filter.label')),
    h('div', { className: 'theme-filter__themes' }, ...buttons.values(), clear),
    count);
}
