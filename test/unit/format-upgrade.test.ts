import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { upgradeSource } from '../../src/authoring/format/upgrade-source.ts';
import { FORMAT_UPGRADES } from '../../src/authoring/format/upgrades.ts';
import { OLDEST_SCENARIO_FORMAT, SCENARIO_FORMAT } from '../../src/authoring/format/versions.ts';
import { loadScenario } from '../../src/authoring/load.ts';
import { loadPayerCatalogue } from '../../src/authoring/catalogues/payer-catalogue.ts';

const fixtures = join(import.meta.dirname, '../fixtures/scenarios');
const { payers } = loadPayerCatalogue(readFileSync(join(fixtures, 'gedeeld/betalers.yaml'), 'utf8'), 'gedeeld/betalers.yaml');
const older = readFileSync(join(fixtures, 'warn-format-upgrade.yaml'), 'utf8');
const minimal1 = readFileSync(join(fixtures, 'minimal-valid.yaml'), 'utf8');
const minimal = minimal1.replace(/^format: 1$/m, 'format: 3');

/** Everything but the content hash, which covers the format number. */
const body = (source: string) => {
  const { scenario } = loadScenario(source, 'x.yaml', { payers });
  if (!scenario) throw new Error('does not load');
  return { ...scenario, contentHash: 'covers the format number' };
};

describe('casus format versions', () => {
  it('has one upgrade per version step, from the oldest readable format to the newest', () => {
    expect(FORMAT_UPGRADES.map((u) => [u.from, u.to])).toEqual(
      Array.from({ length: SCENARIO_FORMAT - OLDEST_SCENARIO_FORMAT }, (_, i) => [
        OLDEST_SCENARIO_FORMAT + i,
        OLDEST_SCENARIO_FORMAT + i + 1,
      ]),
    );
  });

  it('--upgrade rewrites the older fixture to exactly its .upgraded.yaml: the format line and the one changed line, comments kept', () => {
    const upgraded = upgradeSource(older);
    expect(upgraded).toMatchObject({
      kind: 'upgraded',
      from: 1,
      changes: ["'duration: 2' weggehaald bij dit eenmalige bedrag: het telde al maar één keer"],
    });
    if (upgraded.kind !== 'upgraded') return;
    expect(upgraded.text).toBe(readFileSync(join(import.meta.dirname, '../fixtures/upgrade/warn-format-upgrade.upgraded.yaml'), 'utf8'));
    expect(upgraded.text.startsWith('# Formaat 1: het spel werkt het bij het lezen bij naar formaat 2.\nformat: 3\n')).toBe(true);
  });

  it('the rewritten file loads without upgrade notes, as the same casus the loader made of the older one; format 3 then asks for a date and the endings’ assumptions', () => {
    const upgraded = upgradeSource(older);
    if (upgraded.kind !== 'upgraded') throw new Error(upgraded.kind);
    const onLoad = loadScenario(older, 'x.yaml', { payers });
    expect(onLoad.diagnostics.map((d) => d.code)).toEqual(['SC018', 'SC018']);
    // An upgrade cannot know the date a trainer checked the rules against, nor what an ending assumes: it says so.
    expect(loadScenario(upgraded.text, 'x.yaml', { payers }).diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual([
      'warning SC101',
      'warning SC102',
      'warning SC102',
    ]);
    expect(body(upgraded.text)).toEqual(body(older));
  });

  it('removes a key from a flow map and as the first key of a list item', () => {
    const flow = minimal1.replace(
      '    - item: Begeleid wonen\n',
      '    - { item: Intake, amount: 150, frequency: eenmalig, duration: 1, payer: gemeente-wmo, estimate: Intakegesprek. }\n    - item: Begeleid wonen\n',
    );
    const flowUpgraded = upgradeSource(flow);
    expect(flowUpgraded.kind).toBe('upgraded');
    if (flowUpgraded.kind === 'upgraded')
      expect(flowUpgraded.text).toContain(
        '- { item: Intake, amount: 150, frequency: eenmalig, payer: gemeente-wmo, estimate: Intakegesprek. }',
      );
    const dash = minimal1.replace(
      '    - item: Begeleid wonen\n      amount: 4600\n      frequency: per_maand\n      duration: 12\n',
      '    - duration: 3\n      item: Begeleid wonen\n      amount: 4600\n      frequency: eenmalig\n',
    );
    expect(dash).toContain('    - duration: 3\n');
    const dashUpgraded = upgradeSource(dash);
    expect(dashUpgraded.kind).toBe('upgraded');
    if (dashUpgraded.kind === 'upgraded')
      expect(dashUpgraded.text).toContain('    - item: Begeleid wonen\n      amount: 4600\n      frequency: eenmalig\n      payer');
  });

  it('leaves a current file alone and refuses a newer or broken one', () => {
    expect(upgradeSource(minimal)).toEqual({ kind: 'current' });
    expect(upgradeSource(minimal.replace('format: 3', 'format: 4')).kind).toBe('refused');
    expect(upgradeSource('format: 1\nid: [\n').kind).toBe('refused');
  });

  it('changes nothing but the format line in every bundled casus', () => {
    const folder = join(import.meta.dirname, '../../scenarios');
    for (const name of readdirSync(folder).filter((f) => f.endsWith('.yaml'))) {
      const source = readFileSync(join(folder, name), 'utf8');
      const upgraded = upgradeSource(source);
      if (upgraded.kind === 'current') continue;
      expect(upgraded, name).toMatchObject({ kind: 'upgraded', changes: [] });
      if (upgraded.kind !== 'upgraded') continue;
      const before = source.split('\n');
      const after = upgraded.text.split('\n');
      expect(after.length, name).toBe(before.length);
      expect(
        before.filter((line, i) => line !== after[i]),
        name,
      ).toEqual([`format: ${upgraded.from}`]);
    }
  });
});
