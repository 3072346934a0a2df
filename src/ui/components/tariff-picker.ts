import { pick, type Lang, type Text } from '../../domain/scenario/text.ts';
import { t } from '../../i18n/index.ts';
import { h } from '../dom.ts';
import type { CheckState } from './check-state.ts';
import { messageItem, type OwnScenarioMessage } from './own-scenario-panel.ts';

/** What the picker shows about a trainer's own tariff file; checked, its title, its number of tariffs and messages. */
export type OwnTariffState = CheckState<{
  readonly title?: string;
  readonly tariffs?: number;
  readonly messages: readonly OwnScenarioMessage[];
}>;

export interface TariffPickerProps {
  readonly lang: Lang;
  /** The sets to choose from: the standard one first. */
  readonly options: readonly { readonly id: string; readonly title: Text }[];
  readonly chosen: string;
  readonly own: OwnTariffState;
  readonly onChoose: (id: string) => void;
  readonly onFile: (file: File) => void;
}

function outcome({ own, lang }: TariffPickerProps): HTMLElement | null {
  if (own.kind === 'idle') return null;
  if (own.kind === 'checking') return h('p', {}, t(lang, 'own.checking', { file: own.file }));
  if (own.kind === 'stopped') {
    return h(
      'p',
      {},
      own.reason === 'time'
        ? t(lang, 'own.stopped.time', { file: own.file, seconds: own.seconds ?? 0 })
        : t(lang, 'own.stopped.failed', { file: own.file }),
    );
  }
  const errors = own.messages.filter((m) => m.severity === 'error');
  const summary =
    errors.length > 0
      ? t(lang, 'tariffs.errors', { file: own.file, count: errors.length })
      : t(lang, 'tariffs.ok', { file: own.file, title: own.title ?? '', count: own.tariffs ?? 0 });
  return h(
    'div',
    {},
    h('p', { className: errors.length > 0 ? 'own-casus__summary own-casus__summary--error' : 'own-casus__summary' }, summary),
    own.messages.length > 0 ? h('ol', { className: 'own-casus__messages' }, ...own.messages.map((m) => messageItem(m, lang))) : null,
  );
}

/**
 * "Tarieven": which tariff set the kassabon prices with (the standard list, a gemeente's bundled set, or a file
 * of one's own, checked in this browser with the checker's messages and kept here), remembered in the settings.
 */
export function renderTariffPicker(props: TariffPickerProps): HTMLElement {
  const { lang } = props;
  const select = h(
    'select',
    { id: 'tariff-set', className: 'tariff-picker__select' },
    ...props.options.map((option) =>
      h('option', { value: option.id, ...(option.id === props.chosen ? { selected: true } : {}) }, pick(option.title, lang)),
    ),
  );
  select.addEventListener('change', () => props.onChoose(select.value));
  const input = h('input', { type: 'file', id: 'own-tariffs-file', className: 'own-casus__input', accept: '.yaml,.yml,text/yaml' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) props.onFile(file);
  });
  return h(
    'section',
    { className: 'tariff-picker', 'aria-labelledby': 'tariffs-heading' },
    h('h2', { id: 'tariffs-heading' }, t(lang, 'tariffs.heading')),
    h('p', {}, t(lang, 'tariffs.lead')),
    h('label', { className: 'tariff-picker__label', for: 'tariff-set' }, t(lang, 'tariffs.label')),
    select,
    h('label', { className: 'own-casus__label tariff-picker__own', for: 'own-tariffs-file' }, t(lang, 'tariffs.own')),
    input,
    h('div', { className: 'own-casus__outcome', role: 'status' }, outcome(props)),
  );
}
