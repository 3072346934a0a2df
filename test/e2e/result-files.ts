import { resultRecord } from '../../src/domain/debrief/result-export.ts';
import { availableOptions, stateAfter, type Step } from '../../src/domain/play/route.ts';
import type { Scenario } from '../../src/domain/scenario/model.ts';
import { checkFolder } from '../unit/checked-folder.ts';

// Result files as trainees download them, for the results overview (resultaten-overzicht.html).

/** Twee zonen as the build compiles it: the same content hash as the game's own downloads. */
export const scenario = checkFolder().files.find((f) => f.scenario?.id === 'twee-zonen')!.scenario!;

/** A route that takes, at every moment, the option `pick` chooses among those available. */
function routeBy(s: Scenario, pick: (count: number) => number): { steps: Step[]; endingId: string } {
  const steps: Step[] = [];
  let momentId = s.start;
  for (;;) {
    const options = availableOptions(s, momentId, stateAfter(s, steps));
    const option = options[pick(options.length)]!;
    steps.push({ momentId, optionId: option.id });
    if (option.to.kind === 'ending') return { steps, endingId: option.to.id };
    momentId = option.to.id;
  }
}

function resultFile(name: string, pick: (count: number) => number, minute: number) {
  const { steps, endingId } = routeBy(scenario, pick);
  const record = resultRecord(scenario, steps, endingId, `2026-11-23T10:${String(minute).padStart(2, '0')}:00.000Z`);
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(record, null, 2)) };
}

export const valid = [
  resultFile('anna.json', () => 0, 1),
  resultFile('bram.json', (n) => n - 1, 2),
  resultFile('chris.json', (n) => Math.min(1, n - 1), 3),
];
export const broken = [
  { name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"kind": "kostenbewust-resultaat", "vers') },
  {
    name: 'oud.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...JSON.parse(valid[0]!.buffer.toString()), contentHash: '00000000', completedAt: 'x' })),
  },
];
