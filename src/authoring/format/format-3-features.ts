import type { PathSegment } from '../parse/yaml-locate.ts';
import { costItems } from './cost-paths.ts';
import type { LaterFeature } from './later-feature.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

const TOP = ['peildatum', 'rules_note', 'reference_totals', 'stage'];
const MOMENT = ['text_variants'];
const OPTION = ['consequence_variants', 'closed_reason', 'hidden_when_closed'];
const ENDING = ['requires', 'text_variants'];
const FACILITATOR = ['misconceptions', 'good_answer', 'minutes'];
const REFLECTION = ['phase', 'challenges_model'];
const COST = ['kind', 'to', 'requires'];

function keysIn(value: unknown, keys: readonly string[], path: readonly PathSegment[], found: LaterFeature[]): void {
  if (!isRecord(value)) return;
  for (const key of keys) if (Object.hasOwn(value, key)) found.push({ path: [...path, key], key });
}

/** Where a file that states format 2 (or older) already uses what only format 3 has. */
export function format3Features(data: unknown): LaterFeature[] {
  const found: LaterFeature[] = [];
  if (!isRecord(data)) return found;
  keysIn(data, TOP, [], found);
  if (Array.isArray(data.household)) data.household.forEach((member, i) => keysIn(member, ['birthday_month'], ['household', i], found));
  if (isRecord(data.moments)) {
    for (const [id, moment] of Object.entries(data.moments)) {
      if (!isRecord(moment)) continue;
      keysIn(moment, MOMENT, ['moments', id], found);
      keysIn(moment.facilitator, FACILITATOR, ['moments', id, 'facilitator'], found);
      if (Array.isArray(moment.options))
        moment.options.forEach((option, o) => keysIn(option, OPTION, ['moments', id, 'options', o], found));
    }
  }
  if (isRecord(data.endings)) for (const [id, ending] of Object.entries(data.endings)) keysIn(ending, ENDING, ['endings', id], found);
  if (Array.isArray(data.reflection)) data.reflection.forEach((question, i) => keysIn(question, REFLECTION, ['reflection', i], found));
  for (const { path, item } of costItems(data)) keysIn(item, COST, path, found);
  return found;
}
