import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { DIAGNOSTICS } from '../../src/authoring/diagnostics/registry.ts';
import { blockIn } from '../../src/authoring/docs/generated-block.ts';
import { GUIDE_FILE, guideBlocks } from '../../src/authoring/docs/guide-blocks.ts';
import { PAYER_CATALOGUE } from '../../tools/cli/read-payer-catalogue.ts';
import { bundledScenarios, checkFolder, root } from './checked-folder.ts';
import { dominatingOptions } from './scenario-properties.ts';

const guide = readFileSync(join(root, GUIDE_FILE), 'utf8');
const template = readFileSync(join(bundledScenarios, 'sjabloon/sjabloon.yaml'), 'utf8');
const folders: string[] = [];

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('scenarios/HANDLEIDING.md', () => {
  it.each(guideBlocks().map((b) => [b.block.start, b] as const))(
    '%s block is generated (run `npm run docs:diagnostics`)',
    (_name, { block, content }) => {
      expect(blockIn(guide, block), 'out of date: run `npm run docs:diagnostics`').toBe(content);
    },
  );

  it('explains every diagnostic code and every top-level key', () => {
    for (const code of Object.keys(DIAGNOSTICS)) expect(guide).toContain(`#### ${code} — `);
    for (const key of ['format', 'horizon_months', 'moments.<naam>.options[].costs[].duration', 'systeemroute.costs'])
      expect(guide).toContain(`| \`${key}\` |`);
  });
});

describe('the template (scenarios/sjabloon/sjabloon.yaml)', () => {
  it('is not taken for a casus: it stands in a subfolder', () => {
    expect(checkFolder().files.map((f) => f.file)).not.toContain(expect.stringContaining('sjabloon'));
  });

  it('copied into a scenarios folder as the guide says, checks clean: no error and no warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kostenbewust-sjabloon-'));
    folders.push(dir);
    mkdirSync(join(dir, 'gedeeld'));
    mkdirSync(join(dir, 'tarieven'));
    // The template uses shared payers, a shared tariff and a cited source, as a bundled casus does.
    for (const shared of [PAYER_CATALOGUE, 'gedeeld/bronnen.yaml', 'tarieven/standaard.yaml'])
      copyFileSync(join(bundledScenarios, shared), join(dir, shared));
    copyFileSync(join(bundledScenarios, 'twee-zonen.yaml'), join(dir, 'twee-zonen.yaml'));
    writeFileSync(join(dir, 'mijn-casus.yaml'), template.replace('$schema=../schema/', '$schema=./schema/'));
    const { files } = checkFolder(dir);
    const mine = files.find((f) => f.file.endsWith('mijn-casus.yaml'));
    expect(mine?.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(mine?.scenario?.id).toBe('mijn-eerste-casus');
    // Nothing makes a moment a no-brainer: no option is at least as good on all three values and no dearer.
    expect(dominatingOptions(mine!.scenario!)).toEqual([]);
  });

  it('uses every feature a bundled casus uses, each with a comment', () => {
    const keys = [
      'peildatum:',
      'rules_note:',
      'reference_totals:',
      'playing_minutes:',
      'birthday_month:',
      'stage:',
      'facilitator:',
      'misconceptions:',
      'good_answer:',
      'text_variants:',
      'consequence_variants:',
      'closed_reason:',
      'argue:',
      'verdict: vertraagd',
      'instead:',
      'kind: lening',
      'kind: aflossing',
      'tariff:',
      'until: einde',
      'estimate:',
      'quote:',
      'reflection:',
      'challenges_model:',
      'add:',
      '{leeftijd.',
    ];
    for (const key of keys) expect(template, key).toContain(key);
    expect(template).toMatch(/^\s+requires: \{ vertrouwen: \{ gte: 1 \} \}\s+#/m);
  });

  it('names its schema relative to its own folder, and the guide says what to change when copying', () => {
    expect(template.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/casus.schema.json');
    expect(guide).toContain('$schema=./schema/casus.schema.json');
  });
});
