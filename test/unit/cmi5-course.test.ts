import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CMI5_NAMESPACE, GAME_AU, cmi5CourseStructure, type CourseInput } from '../../tools/build/cmi5-course.ts';
import { lmsPackage } from '../../tools/build/lms-packages.ts';

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['langstring', 'au', 'block'].includes(name),
});
const parse = (xml: string) => parser.parse(xml) as { courseStructure: Node };

/** The rules of CourseStructure.xsd that concern this package: element order, required ids, enumerations. */
function structureProblems(xml: string): string[] {
  const problems: string[] = [];
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  const root = parse(xml).courseStructure;
  if (!root) return ['no courseStructure root'];
  if (root['@xmlns'] !== CMI5_NAMESPACE) problems.push(`namespace ${String(root['@xmlns'])}`);
  const childOrder = (node: Node) => Object.keys(node).filter((key) => !key.startsWith('@') && key !== '#text');
  const text = (node: unknown, where: string) => {
    const strings = (node as Node | undefined)?.['langstring'] as Node[] | undefined;
    if (!strings?.length) problems.push(`${where} has no langstring`);
    for (const s of strings ?? [])
      if (!String(s['#text'] ?? '').trim() || !/^[a-z]{2}(-[A-Z]{2})?$/.test(String(s['@lang']))) problems.push(`${where}: bad langstring`);
  };
  const course = root['course'] as Node | undefined;
  if (!course) return [...problems, 'no course'];
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(String(course['@id']))) problems.push('course id is not an IRI');
  expect(childOrder(course)).toEqual(['title', 'description']);
  text(course['title'], 'course title');
  text(course['description'], 'course description');
  const aus = (root['au'] as Node[] | undefined) ?? [];
  if (aus.length !== 1) problems.push(`${aus.length} AUs`);
  for (const au of aus) {
    expect(childOrder(au)).toEqual(['title', 'description', 'url']);
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(String(au['@id']))) problems.push('au id is not an IRI');
    if (!['NotApplicable', 'Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed'].includes(String(au['@moveOn'])))
      problems.push('moveOn');
    if (!['AnyWindow', 'OwnWindow'].includes(String(au['@launchMethod']))) problems.push('launchMethod');
    if ('@masteryScore' in au) problems.push('a masteryScore, but the game has no pass mark');
    text(au['title'], 'au title');
    text(au['description'], 'au description');
    if (!String(au['url'] ?? '').trim()) problems.push('au has no url');
  }
  expect(childOrder(root)).toEqual(['course', 'au']);
  return problems;
}

describe('cmi5.xml', () => {
  it('is a course structure with one AU that launches index.html and moves on when completed', () => {
    const xml = cmi5CourseStructure(GAME_AU);
    expect(structureProblems(xml)).toEqual([]);
    const au = (parse(xml).courseStructure['au'] as Node[])[0] as Node;
    expect(au).toMatchObject({ '@id': GAME_AU.auId, '@moveOn': 'Completed', '@launchMethod': 'AnyWindow', url: 'index.html' });
    expect(xml).toContain('<langstring lang="nl-NL">Kostenbewust Interveniëren</langstring>');
  });

  it('escapes what XML would misread, and the structure checker does catch a broken file', () => {
    const xml = cmi5CourseStructure({ ...GAME_AU, title: { 'nl-NL': 'Kosten & baten <"a">' } });
    expect(structureProblems(xml)).toEqual([]);
    expect(xml).toContain('Kosten &amp; baten &lt;&quot;a&quot;&gt;');
    expect(structureProblems(xml.replace('</au>', ''))[0]).toMatch(/not well-formed/);
    expect(structureProblems(xml.replace(/moveOn="Completed"/, 'moveOn="Done"'))).toEqual(['moveOn']);
  });

  it('refuses a bad input with every problem named, and writes nothing half-right', () => {
    const bad: CourseInput = {
      ...GAME_AU,
      courseId: 'kostenbewust',
      auId: 'urn:x:y',
      title: {},
      description: { nl: ' ' },
      url: '/index.html',
    };
    expect(() => cmi5CourseStructure(bad)).toThrow(
      /courseId moet een absolute IRI zijn: 'kostenbewust'[\s\S]*title heeft geen enkele taal[\s\S]*description \(nl\) is leeg[\s\S]*url moet een relatief pad/,
    );
    expect(() => cmi5CourseStructure({ ...GAME_AU, auId: GAME_AU.courseId })).toThrow(/courseId en auId moeten verschillen/);
  });

  it('goes into a zip beside every file of the build, with the AU url pointing at one of them', () => {
    const dist = mkdtempSync(join(tmpdir(), 'cmi5-dist-'));
    try {
      mkdirSync(join(dist, 'assets'));
      writeFileSync(join(dist, 'index.html'), '<!doctype html><title>x</title>');
      writeFileSync(join(dist, 'assets', 'game.js'), 'export {};');
      const { name, zip, count } = lmsPackage('cmi5', dist, '9.9.9');
      expect(name).toBe('kostenbewust-cmi5-9.9.9.zip');
      const files = unzipSync(zip);
      expect(Object.keys(files).sort()).toEqual(['assets/game.js', 'cmi5.xml', 'index.html']);
      expect(count).toBe(3);
      const xml = new TextDecoder().decode(files['cmi5.xml']);
      expect(structureProblems(xml)).toEqual([]);
      expect(Object.keys(files)).toContain((parse(xml).courseStructure['au'] as Node[])[0]?.['url']);
      expect(() => lmsPackage('cmi5', join(dist, 'assets'), '9.9.9')).toThrow(/Geen index.html/);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
