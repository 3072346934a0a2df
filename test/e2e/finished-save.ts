// Runs in Node, in the spec, never in the page: a finished attempt of a bundled casus as the browser stores it, made by the
// domain code (the session machine's replay, the save format, the attempts list) instead of by playing it in the UI.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { loadPayerCatalogue } from '../../src/authoring/catalogues/payer-catalogue.ts';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { loadScenario } from '../../src/authoring/load.ts';
import { attemptOf, writeAttempts } from '../../src/domain/debrief/attempts.ts';
import { choicesOf } from '../../src/domain/play/choices.ts';
import type { Scenario } from '../../src/domain/scenario/model.ts';
import { scoreRoute } from '../../src/domain/scoring/score.ts';
import type { SessionEvent } from '../../src/domain/session/events.ts';
import { replayer } from '../../src/domain/session/replayer.ts';
import { createSave } from '../../src/domain/session/save.ts';
import { phaseOf, sessionView } from '../../src/domain/session/selectors.ts';
import { SCENARIO } from './fixtures.ts';

const root = join(import.meta.dirname, '../..');

/** A bundled casus compiled as the checker compiles it, with the shared payers of its folder. */
function bundledScenario(id: string): Scenario {
  const path = join(root, 'scenarios', `${id}.yaml`);
  const cataloguePath = join(dirname(path), 'gedeeld', 'betalers.yaml');
  const payers = existsSync(cataloguePath) ? loadPayerCatalogue(readFileSync(cataloguePath, 'utf8'), cataloguePath).payers : {};
  const result = loadScenario(readFileSync(path, 'utf8'), path, { payers });
  if (!result.scenario) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return result.scenario;
}

export interface FinishedAttempt {
  /** The save as localStorage keeps it under `kostenbewust:save:<id>`. */
  readonly save: string;
  /** The attempts list as localStorage keeps it under `kostenbewust:attempts:<id>`, with this attempt in it. */
  readonly attempts: string;
}

/**
 * The attempt of a player who takes the first or the last option chosen at once (not one to argue) at every decision,
 * in the order the tests' fixed seed (0, fixtures.ts) shows them, and reads every consequence up to the debrief:
 * the route `playToDebrief(page, which)` plays in the UI.
 */
export function finishedAttempt(which: 'first' | 'last', scenarioId: string = SCENARIO.id): FinishedAttempt {
  const scenario = bundledScenario(scenarioId);
  const session = replayer(scenario);
  const take = (event: SessionEvent) => {
    if (!session.take(event)) throw new Error(`${scenarioId}: ${event.type} not possible at ${session.snapshot().context.momentId}`);
  };
  take({ type: 'casus.begin', order: 0 });
  for (let decision = 1; !session.snapshot().matches('debrief'); decision++) {
    if (decision > 50) throw new Error(`${scenarioId}: no ending within 50 decisions`);
    const snapshot = session.snapshot();
    const view = sessionView(scenario, phaseOf(snapshot.value), snapshot.context);
    const atOnce = choicesOf(view.options).filter((choice) => !choice.argue);
    const choice = which === 'first' ? atOnce[0] : atOnce[atOnce.length - 1];
    if (!choice) throw new Error(`${scenarioId}: no option chosen at once at ${view.moment.id}`);
    take({ type: 'choice.selected', optionId: choice.options[0]!.id });
    if (session.snapshot().matches('revealing')) take({ type: 'kassabon.revealed' });
    take({ type: 'moment.continue' });
  }
  const { context } = session.snapshot();
  const finishedAt = new Date();
  const attempt = attemptOf(
    { endingId: context.endingId ?? '', steps: context.steps, score: scoreRoute(scenario, context.steps) },
    finishedAt,
  );
  return { save: JSON.stringify(createSave(scenario, context.log, finishedAt)), attempts: writeAttempts([attempt]) };
}

/**
 * Opens the game on the debrief of a finished attempt, as a player who played it before and reloads: the title
 * screen offers "Nabespreking bekijken". Stored before the first load only, as `seedSave` does.
 */
export async function openFinishedDebrief(page: Page, which: 'first' | 'last', scenarioId: string = SCENARIO.id): Promise<void> {
  const { save, attempts } = finishedAttempt(which, scenarioId);
  await page.addInitScript(
    ([entries]) => {
      if (sessionStorage.getItem('seeded')) return;
      for (const [key, value] of entries) localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    },
    [
      [
        [`kostenbewust:save:${scenarioId}`, save],
        [`kostenbewust:attempts:${scenarioId}`, attempts],
      ],
    ] as const,
  );
  await page.goto('./');
  await page.getByRole('button', { name: 'Nabespreking bekijken' }).click();
}
