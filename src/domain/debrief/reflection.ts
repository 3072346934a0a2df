import { REFLECTION_PHASES, type ReflectionPhase, type ReflectionQuestion, type Scenario } from '../scenario/model.ts';
import type { ValueScores } from '../scoring/score.ts';
import { lowestValue } from './lowest-value.ts';

export type ShownQuestion = ReflectionQuestion & { readonly tiedToLowest: boolean };

export interface ReflectionPhaseGroup {
  /** Null for questions written without a phase (before format 3): shown as one group after the phases. */
  readonly phase: ReflectionPhase | null;
  readonly questions: readonly ShownQuestion[];
}

export interface Reflection {
  /** The value where the route scored lowest. */
  readonly lowest: ReturnType<typeof lowestValue>;
  /** Every question: per phase, those tied to the lowest value first, then the others in authored order. */
  readonly questions: readonly ShownQuestion[];
  /** The same questions in the debriefing model's four phases (gebeurd, gevoeld, betekenis, doen); empty phases left out. */
  readonly phases: readonly ReflectionPhaseGroup[];
}

function lowestFirst(questions: readonly ReflectionQuestion[], lowest: string): ShownQuestion[] {
  const tied = questions.filter((q) => q.value === lowest);
  const rest = questions.filter((q) => q.value !== lowest);
  return [...tied.map((q) => ({ ...q, tiedToLowest: true })), ...rest.map((q) => ({ ...q, tiedToLowest: false }))];
}

export function reflectionFor(scenario: Scenario, values: ValueScores): Reflection {
  const lowest = lowestValue(values);
  const groups: ReflectionPhaseGroup[] = [...REFLECTION_PHASES, null]
    .map((phase) => ({
      phase,
      questions: lowestFirst(
        scenario.reflection.filter((q) => (q.phase ?? null) === phase),
        lowest,
      ),
    }))
    .filter((group) => group.questions.length > 0);
  return { lowest, questions: groups.flatMap((g) => g.questions), phases: groups };
}
