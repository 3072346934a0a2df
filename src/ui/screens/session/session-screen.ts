import type { Lang } from '../../../domain/scenario/text.ts';
import { inline } from '../../components/paragraphs.ts';
import type { Scenario } from '../../../domain/scenario/model.ts';
import type { Attempt } from '../../../domain/debrief/attempts.ts';
import type { SessionEvent } from '../../../domain/session/events.ts';
import type { SessionView } from '../../../domain/session/selectors.ts';
import { focusHeading, h, replaceChildren } from '../../dom.ts';
import { markTerms } from '../../components/glossary-terms.ts';
import { t } from '../../../i18n/index.ts';
import { briefingView } from './briefing-view.ts';
import { consequenceView } from './consequence-view.ts';
import { argueView, decidingView, revealingView } from './moment-view.ts';
import { choicesOf } from '../../../domain/play/choices.ts';
import { ReceiptPanel } from './receipt-panel.ts';
import type { Tally } from '../../../domain/class/class-tally.ts';
import type { ClassKit } from './class/class-kit.ts';
import type { ClassTimer } from './class/class-timer.ts';
import { showsNotes, type PlayMode } from '../../play-mode.ts';
import type { Step } from '../../../domain/play/route.ts';
import { prefilledNote, standsAtPrefilled } from './prefilled-note.ts';
import { LastKey, sameKey } from '../../view-key.ts';

/** What the story was last drawn from: a new phase or step is a new screen; a new language draws the same one again. */
interface StoryKey {
  readonly phase: SessionView['phase'];
  readonly steps: number;
  readonly lang: Lang;
}

export interface SessionScreenOptions {
  readonly scenario: Scenario;
  readonly stage: HTMLElement;
  readonly send: (event: SessionEvent) => void;
  readonly onChoose: () => void;
  readonly onBack: () => void;
  /** New content replaced the old: presses that began before it must not act on it. */
  readonly onShown: () => void;
  /** This casus's finished attempts, read when the debrief is shown. */
  readonly attempts: () => readonly Attempt[];
  /** Player, class (projector) or trainer view; default player. */
  readonly mode?: PlayMode;
  /** The class timer ran out (the shell plays a sound there if sound is on). */
  readonly onTimerEnd?: () => void;
  /** Class mode's and the trainer view's views, loaded by the shell when the mode asks for them. */
  readonly classKit?: ClassKit | null;
  /** The seed of a new attempt's option order (choice-order.ts); absent: authored order. */
  readonly orderSeed?: () => number;
  /** Played from the werkplaats: the choices it filled in, and the way straight back to it. */
  readonly werkplaats?: { readonly prefilled: readonly Step[]; readonly onReturn: () => void } | null;
}

/** The playing layout: stage, story and the running kassabon. Renders session views; sends events. */
export class SessionScreen {
  readonly element: HTMLElement;
  private readonly story: HTMLElement;
  private readonly stageSlot: HTMLElement;
  private readonly receipt: ReceiptPanel;
  private readonly header: HTMLElement;
  /** Class mode: the trainer's column (timer, notes) beside the story, so a projector shows them with the vote. */
  private readonly classSide: HTMLElement;
  private readonly key = new LastKey<StoryKey>();
  private focusOnShow = false;
  /** The argued choice whose arguments are on screen, within one decision; view state, not session state. */
  private arguing: string | null = null;
  private lastView: SessionView | null = null;
  private lastLang: Lang = 'nl';
  private readonly mode: PlayMode;
  private readonly kit: ClassKit | null;
  private readonly timer: ClassTimer | null;
  private timerDecision = 0;
  /** Class mode: the room's tally for an argued choice, kept while the trainer picks the argument. */
  private classTally: Tally | undefined;

  constructor(private readonly options: SessionScreenOptions) {
    this.kit = options.classKit ?? null;
    // Without its views (they did not load) a trainer's mode plays as a player's: nothing half-drawn.
    this.mode = this.kit ? (options.mode ?? 'speler') : 'speler';
    this.timer = this.kit && this.mode === 'klas' ? this.kit.timer(() => options.onTimerEnd?.()) : null;
    this.receipt = new ReceiptPanel(options.scenario);
    this.stageSlot = h('div', { className: 'stage-slot' });
    this.story = h('div', { className: 'story' });
    this.header = h('div', { className: 'session-header' });
    this.classSide = h('div', { className: 'class-side', hidden: true });
    this.element = h(
      'div',
      { className: 'screen session-screen' },
      this.header,
      h(
        'div',
        { className: 'session-layout' },
        h('div', { className: 'session-main' }, this.stageSlot, this.story),
        this.receipt.element,
        this.classSide,
      ),
    );
  }

  update(view: SessionView, lang: Lang): void {
    const key: StoryKey = { phase: view.phase, steps: view.steps.length, lang };
    this.receipt.update(view, lang);
    this.element.classList.toggle('session-screen--debrief', view.phase === 'debrief');
    const shown = this.key.value;
    if (!this.key.changed(key)) return;
    const phaseChanged = shown?.phase !== key.phase || shown.steps !== key.steps;
    if (phaseChanged) {
      this.arguing = null;
      this.classTally = undefined;
    }
    this.lastView = view;
    this.lastLang = lang;
    this.focusOnShow = phaseChanged;
    this.renderHeader(lang);
    this.showPhase(view, lang);
    markTerms(this.story, lang);
    this.options.onShown();
    if (view.phase !== 'debrief') this.stageSlot.append(this.options.stage);
    // Land on the new heading, keeping the illustration above it in view when both fit.
    // The casus's header ("Terug naar overzicht") and the stage come along with the heading when they fit on the screen.
    if (phaseChanged) focusHeading(this.story, view.phase === 'debrief' ? null : this.header);
  }

  /** Switches between a moment's choices and one argued choice's arguments, as a new screen for focus and hands. */
  private showArguments(choiceId: string | null): void {
    if (!this.lastView) return;
    this.arguing = choiceId;
    this.showPhase(this.lastView, this.lastLang);
    this.options.onShown();
    focusHeading(this.story, this.header);
  }

  private renderHeader(lang: Lang): void {
    replaceChildren(
      this.header,
      h('h1', { className: 'session-header__title' }, inline(this.options.scenario.title, lang)),
      h('button', { type: 'button', className: 'button button--quiet', onclick: this.options.onBack }, `← ${t(lang, 'session.back')}`),
      this.werkplaatsButton(lang),
    );
  }

  /** "Terug naar de werkplaats", when the casus was started from it. */
  private werkplaatsButton(lang: Lang): HTMLElement | null {
    const werkplaats = this.options.werkplaats;
    return werkplaats
      ? h(
          'button',
          { type: 'button', className: 'button session-header__werkplaats', onclick: werkplaats.onReturn },
          `← ${t(lang, 'session.werkplaats')}`,
        )
      : null;
  }

  /** The debrief comes in its own chunk (with its chart library): a loading line first, the debrief when it is in. */
  private debrief(view: SessionView, lang: Lang): HTMLElement {
    const { scenario, send } = this.options;
    const key = this.key.value;
    const focus = this.focusOnShow;
    const placeholder = h('p', { className: 'muted', role: 'status' }, t(lang, 'debrief.loading'));
    void import('./debrief-view.ts').then(({ debriefView }) => {
      if (!sameKey(this.key.value, key)) return;
      replaceChildren(
        this.story,
        debriefView(scenario, view, lang, this.options.stage, {
          onPlayAgain: () => send({ type: 'session.restart' }),
          onBack: this.options.onBack,
          onBranch: (decision) => send({ type: 'session.branch', decision }),
          attempts: this.options.attempts(),
          ...(this.options.werkplaats ? { onWerkplaats: this.options.werkplaats.onReturn } : {}),
        }),
      );
      markTerms(this.story, lang);
      if (focus) focusHeading(this.story);
    });
    return placeholder;
  }

  /** The phase's view in the story; the trainer's notes and timer after it, or in class mode in their own column. */
  private showPhase(view: SessionView, lang: Lang): void {
    const { story, side } = this.trainerPanel(view, lang);
    const phase = this.phaseView(view, lang);
    const prefilled = this.options.werkplaats?.prefilled ?? [];
    if (view.phase === 'deciding' && standsAtPrefilled(view.steps, prefilled)) {
      // Right under the moment's heading, where focus lands: read before the choices.
      const note = prefilledNote(this.options.scenario, prefilled, lang);
      const heading = phase.querySelector('h2');
      if (heading) heading.after(note);
      else phase.prepend(note);
    }
    replaceChildren(this.story, phase, ...story);
    replaceChildren(this.classSide, ...side);
    this.classSide.hidden = side.length === 0;
  }

  /**
   * Trainer view and class mode: the casus's notes for this moment and, in class mode, the timer and the room's
   * tally. In class mode the room's result stays in the story and the notes and timer go to the trainer's column.
   */
  private trainerPanel(view: SessionView, lang: Lang): { story: HTMLElement[]; side: HTMLElement[] } {
    const kit = this.kit;
    const none = { story: [], side: [] };
    if (!kit || !showsNotes(this.mode) || view.phase === 'briefing' || view.phase === 'debrief') return none;
    const moment = view.phase !== 'deciding' && view.lastStep ? this.options.scenario.moments[view.lastStep.step.momentId] : view.moment;
    if (!moment) return none;
    const story: HTMLElement[] = [];
    const panel: HTMLElement[] = [];
    const klas = this.mode === 'klas';
    if (klas && view.phase === 'consequence') {
      const result = kit.momentResult(this.options.scenario, view, lang);
      if (result) story.push(result);
    }
    panel.push(kit.notes(moment, view.phase === 'deciding' ? 'before' : 'after', lang, this.options.scenario, { reveal: klas }));
    if (this.timer) {
      // Each new decision gets a fresh timer; the discussion after a choice may keep the running one.
      if (view.phase === 'deciding' && this.timerDecision !== view.decisionNumber) {
        this.timerDecision = view.decisionNumber;
        this.timer.resetForMoment();
      }
      // The timer first in the trainer's column: the room reads the clock, the trainer the notes below it.
      panel.unshift(this.timer.render(lang));
    }
    return klas ? { story, side: panel } : { story: [...story, ...panel], side: [] };
  }

  private phaseView(view: SessionView, lang: Lang): HTMLElement {
    const { scenario, send } = this.options;
    switch (view.phase) {
      case 'briefing':
        return briefingView(scenario, lang, () => {
          const order = this.options.orderSeed?.();
          send(order === undefined ? { type: 'casus.begin' } : { type: 'casus.begin', order });
        });
      case 'deciding': {
        const tally = this.classTally;
        const choose = (optionId: string) => {
          this.options.onChoose();
          send({ type: 'choice.selected', optionId, ...(tally ? { tally } : {}) });
        };
        const choice = choicesOf(view.options).find((c) => c.id === this.arguing && c.argue);
        if (choice) return argueView(view, choice, lang, choose, () => this.showArguments(null));
        if (this.mode === 'klas' && this.kit) {
          // The room chooses among the choices; for an argued one the trainer then picks the argument with the room.
          return this.kit.decidingView(view, scenario.household, lang, (choiceId, counted) => {
            const picked = choicesOf(view.options).find((c) => c.id === choiceId);
            if (!picked) return;
            this.classTally = counted;
            if (picked.argue) return this.showArguments(picked.id);
            this.options.onChoose();
            send({ type: 'choice.selected', optionId: picked.options[0]!.id, ...(counted ? { tally: counted } : {}) });
          });
        }
        return decidingView(view, scenario.household, lang, choose, (choiceId) => this.showArguments(choiceId));
      }
      case 'revealing':
        return revealingView(view, lang, () => send({ type: 'kassabon.revealed' }));
      case 'consequence':
        return consequenceView(view, lang, () => send({ type: 'moment.continue' }));
      case 'debrief':
        return this.debrief(view, lang);
    }
  }
}
