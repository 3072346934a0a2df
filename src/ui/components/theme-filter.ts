import { toggleTheme, type ThemeOption } from '../../domain/scenario/scenario-filter.ts';
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
 * "Filter op thema": one compact disclosure button beside a polite live count ("7 van 12 casussen"), so the
 * cards come first. Opened, it shows a group of toggle buttons (aria-pressed), one per theme, and a button to
 * show all again. It updates itself in place, so focus stays on the button pressed; Escape closes it.
 */
export function renderThemeFilter(props: ThemeFilterProps): HTMLElement | null {
  const { lang, options } = props;
  if (options.length < 2) return null;
  let selected = [...props.selected];
  const count = h('p', { className: 'theme-filter__count', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const chosen = h('span', { className: 'theme-filter__chosen' });
  const toggle = h(
    'button',
    {
      type: 'button',
      id: 'theme-filter-toggle',
      className: 'theme-filter__toggle',
      'aria-expanded': 'false',
      'aria-controls': 'theme-filter-panel',
    },
    h('span', {}, t(lang, 'filter.label')),
    chosen,
  );
  const buttons = new Map<string, HTMLButtonElement>();
  const clear = h('button', { type: 'button', className: 'button button--quiet theme-filter__clear' }, t(lang, 'filter.all'));
  const panel = h('div', {
    id: 'theme-filter-panel',
    className: 'theme-filter__themes',
    role: 'group',
    'aria-label': t(lang, 'filter.label'),
  });
  panel.hidden = true;
  const sync = () => {
    for (const [key, button] of buttons) button.setAttribute('aria-pressed', String(selected.includes(key)));
    clear.hidden = selected.length === 0;
    chosen.textContent = selected.length === 0 ? '' : ` · ${t(lang, 'filter.chosen', { n: selected.length })}`;
    count.textContent = t(lang, 'filter.count', { shown: props.countFor(selected), total: props.total });
  };
  const change = (next: string[]) => {
    selected = next;
    sync();
    props.onChange(selected);
  };
  const open = (on: boolean) => {
    panel.hidden = !on;
    toggle.setAttribute('aria-expanded', String(on));
  };
  toggle.addEventListener('click', () => open(toggle.getAttribute('aria-expanded') !== 'true'));
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    open(false);
    toggle.focus();
  });
  for (const option of options) {
    buttons.set(
      option.key,
      h(
        'button',
        {
          type: 'button',
          className: 'theme-filter__theme',
          'aria-pressed': 'false',
          onclick: () => change(toggleTheme(selected, option.key)),
        },
        pick(option.text, lang),
        h('span', { className: 'theme-filter__n', 'aria-hidden': 'true' }, ` ${option.count}`),
      ),
    );
  }
  clear.addEventListener('click', () => {
    change([]);
    // The button hides itself: keep a keyboard user in the group.
    buttons.values().next().value?.focus();
  });
  panel.append(...buttons.values(), clear);
  sync();
  return h('div', { className: 'theme-filter' }, h('div', { className: 'theme-filter__bar' }, toggle, count), panel);
}
