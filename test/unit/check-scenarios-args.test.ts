import { describe, expect, it } from 'vitest';
import { parseCheckArgs } from '../../tools/cli/check-scenarios-args.ts';
import { isEditorLeftover } from '../../tools/cli/scenario-targets.ts';

describe('check-scenarios command line', () => {
  it('reads options and targets in any order; the last --sources counts', () => {
    expect(parseCheckArgs(['--sources', '../shared/seeds', 'a.yaml', '--routes', '--sources=bronnen', 'map'])).toEqual({
      options: { help: false, routes: true, sources: 'bronnen', targets: ['a.yaml', 'map'] },
    });
    expect(parseCheckArgs([])).toEqual({ options: { help: false, routes: false, targets: [] } });
    expect(parseCheckArgs(['-h'])).toMatchObject({ options: { help: true } });
    expect(parseCheckArgs(['--json', 'map'])).toEqual({ options: { help: false, routes: false, json: true, targets: ['map'] } });
    expect(parseCheckArgs(['--upgrade', 'a.yaml'])).toEqual({
      options: { help: false, routes: false, upgrade: true, targets: ['a.yaml'] },
    });
    expect(parseCheckArgs(['--upgrde'])).toEqual({
      error: "Onbekende optie '--upgrde'. Bedoelde je '--upgrade'? Typ --help voor de mogelijkheden.",
    });
    expect(parseCheckArgs(['--jsno'])).toEqual({
      error: "Onbekende optie '--jsno'. Bedoelde je '--json'? Typ --help voor de mogelijkheden.",
    });
  });

  it('reads --report with a folder, and says so in Dutch when the folder is missing', () => {
    expect(parseCheckArgs(['--report', 'rapport', 'a.yaml'])).toEqual({
      options: { help: false, routes: false, report: 'rapport', targets: ['a.yaml'] },
    });
    expect(parseCheckArgs(['--report=uit'])).toMatchObject({ options: { report: 'uit' } });
    expect(parseCheckArgs(['--report'])).toEqual({ error: expect.stringContaining('Na --report hoort een map') });
  });

  it('takes everything after -- as a file, even when it starts with -', () => {
    expect(parseCheckArgs(['--', '-raar.yaml', '--routes'])).toMatchObject({
      options: { routes: false, targets: ['-raar.yaml', '--routes'] },
    });
  });

  it('explains each mistake in one Dutch sentence', () => {
    expect(parseCheckArgs(['--sources'])).toEqual({
      error: 'Na --sources hoort een map met bronteksten, bijvoorbeeld: --sources ../shared/seeds. Typ --help voor uitleg.',
    });
    expect(parseCheckArgs(['--sources', '--routes'])).toHaveProperty('error');
    expect(parseCheckArgs(['--sources='])).toHaveProperty('error');
    expect(parseCheckArgs(['--hlep'])).toEqual({
      error: "Onbekende optie '--hlep'. Bedoelde je '--help'? Typ --help voor de mogelijkheden.",
    });
    expect(parseCheckArgs(['-x'])).toEqual({ error: "Onbekende optie '-x'. Typ --help voor de mogelijkheden." });
    expect(parseCheckArgs(['--report', '-x'])).toEqual({ error: expect.stringContaining('Na --report hoort een map') });
    expect(parseCheckArgs(['--report='])).toEqual({
      error: 'Na --report= hoort een map voor de routekaarten, bijvoorbeeld: --report=rapport',
    });
    // A switch takes no value: --json=ja is a mistake, not a yes.
    expect(parseCheckArgs(['--json=ja'])).toHaveProperty('error', expect.stringMatching(/^Onbekende optie '--json=ja'\./));
  });
});

describe('editor leftovers in a scenario folder', () => {
  it.each(['.#casus.yaml', 'casus.yaml~', '.casus.yaml.swp', '#casus.yaml#', '~$casus.yaml', '.verborgen.yaml'])('skips %s', (name) => {
    expect(isEditorLeftover(name)).toBe(true);
  });
  it.each(['casus.yaml', 'casus-2.yml', 'CASUS.YAML'])('reads %s', (name) => {
    expect(isEditorLeftover(name)).toBe(false);
  });
});
