// cmi5.xml for the cmi5 package: a course structure (https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd)
// with one AU, the whole game. Written from a small template, like imsmanifest.xml (tools/build/scorm-manifest.ts).
export const CMI5_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

export type MoveOn = 'NotApplicable' | 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed';
export type LaunchMethod = 'AnyWindow' | 'OwnWindow';

/** A text in the course structure: one langstring per language (xs:language tags such as nl-NL). */
export type LangText = Readonly<Record<string, string>>;

export interface CourseInput {
  /** The publisher's course id: an absolute IRI, stable across versions so an LMS sees an update as the same course. */
  readonly courseId: string;
  /** The publisher's AU id; the LMS derives its own activityId from it (cmi5 8.1.5). */
  readonly auId: string;
  readonly title: LangText;
  readonly description: LangText;
  /** The AU's launch page, relative to cmi5.xml in the zip. */
  readonly url: string;
  readonly moveOn: MoveOn;
  readonly launchMethod: LaunchMethod;
}

/**
 * The game has no pass mark (the balansscore is for reflection, not a test): it moves on when a casus is played to
 * its end, so `Completed` without a masteryScore. AnyWindow lets an LMS frame it; the game also works in its own window.
 */
export const GAME_AU = {
  courseId: 'urn:kostenbewust-intervenieren:cmi5:course',
  auId: 'urn:kostenbewust-intervenieren:cmi5:au:spel',
  title: { 'nl-NL': 'Kostenbewust Interveniëren', 'en-US': 'Cost-conscious intervening' },
  description: {
    'nl-NL':
      'Serious game voor sociaal werkers: interveniëren met oog voor kosten, de kassabon en de waardendriehoek. Voltooid zodra een casus is uitgespeeld.',
    'en-US':
      'Serious game for social workers: intervening with an eye on costs, the receipt and the value triangle. Completed once a case is played to its end.',
  },
  url: 'index.html',
  moveOn: 'Completed',
  launchMethod: 'AnyWindow',
} as const satisfies CourseInput;

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);

const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

function problems(input: CourseInput): string[] {
  const found: string[] = [];
  for (const [name, iri] of [
    ['courseId', input.courseId],
    ['auId', input.auId],
  ] as const) {
    if (!ABSOLUTE_IRI.test(iri)) found.push(`${name} moet een absolute IRI zijn: '${iri}'`);
  }
  if (input.courseId === input.auId) found.push('courseId en auId moeten verschillen');
  for (const [name, text] of [
    ['title', input.title],
    ['description', input.description],
  ] as const) {
    const entries = Object.entries(text);
    if (entries.length === 0) found.push(`${name} heeft geen enkele taal`);
    for (const [lang, value] of entries) {
      if (!LANGUAGE_TAG.test(lang)) found.push(`${name}: '${lang}' is geen taalcode`);
      if (!value.trim()) found.push(`${name} (${lang}) is leeg`);
    }
  }
  if (!input.url.trim() || /^[a-z][a-z0-9+.-]*:/i.test(input.url) || input.url.startsWith('/'))
    found.push(`url moet een relatief pad in het pakket zijn: '${input.url}'`);
  return found;
}

const langstrings = (text: LangText, indent: string) =>
  Object.entries(text)
    .map(([lang, value]) => `${indent}<langstring lang="${escapeXml(lang)}">${escapeXml(value)}</langstring>`)
    .join('\n');

/** The course structure; a bad input is refused with every problem named, never written half-right. */
export function cmi5CourseStructure(input: CourseInput): string {
  const found = problems(input);
  if (found.length > 0) throw new Error(`cmi5.xml niet geschreven:\n- ${found.join('\n- ')}`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="${CMI5_NAMESPACE}">
  <course id="${escapeXml(input.courseId)}">
    <title>
${langstrings(input.title, '      ')}
    </title>
    <description>
${langstrings(input.description, '      ')}
    </description>
  </course>
  <au id="${escapeXml(input.auId)}" moveOn="${input.moveOn}" launchMethod="${input.launchMethod}">
    <title>
${langstrings(input.title, '      ')}
    </title>
    <description>
${langstrings(input.description, '      ')}
    </description>
    <url>${escapeXml(input.url)}</url>
  </au>
</courseStructure>
`;
}
