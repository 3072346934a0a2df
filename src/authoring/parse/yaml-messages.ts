import type { YAMLError, YAMLWarning } from 'yaml';
import { report, type Report } from '../diagnostics/registry.ts';

/** The YAML problems trainers meet most, by the parser's code; others keep the parser's own words. */
const VARIANTS = {
  DUPLICATE_KEY: 'duplicateKey',
  TAB_AS_INDENT: 'tabIndent',
  BAD_INDENT: 'badIndent',
  MISSING_CHAR: 'missingChar',
  MULTILINE_IMPLICIT_KEY: 'lineWithoutColon',
  BLOCK_AS_IMPLICIT_KEY: 'colonInText',
  UNEXPECTED_TOKEN: 'unexpectedToken',
  TAG_RESOLVE_FAILED: 'unknownTag',
  BAD_ALIAS: 'badAlias',
  BAD_SCALAR_START: 'badScalarStart',
  BAD_DQ_ESCAPE: 'badEscape',
  BAD_DIRECTIVE: 'badDirective',
  BLOCK_IN_FLOW: 'blockInFlow',
  KEY_OVER_1024_CHARS: 'longKey',
  MULTIPLE_ANCHORS: 'multipleAnchors',
  MULTIPLE_TAGS: 'multipleTags',
  ALIAS_PROPS: 'aliasProps',
  BAD_PROP_ORDER: 'badPropOrder',
  BAD_COLLECTION_TYPE: 'badCollectionType',
  NON_STRING_KEY: 'nonStringKey',
  MULTIPLE_DOCS: 'multipleDocs',
  RESOURCE_EXHAUSTION: 'tooDeep',
  IMPOSSIBLE: 'unplaceable',
} as const;

/** The values some messages quote from the parser's own (English) text. */
const params = (problem: YAMLError | YAMLWarning) => ({
  char: /character (\S)/.exec(problem.message)?.[1] ?? 'dit teken',
  sequence: /sequence (\S+)/.exec(problem.message)?.[1] ?? '',
});

/** SC001 for a parser problem; the parser decides whether it is an error or a warning. */
export function yamlReport(problem: YAMLError | YAMLWarning, severity: 'error' | 'warning'): Report {
  if (Object.hasOwn(VARIANTS, problem.code)) {
    const known = report('SC001', VARIANTS[problem.code as keyof typeof VARIANTS], params(problem));
    if (known.severity === severity) return known;
  }
  const detail = problem.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
  return severity === 'error' ? report('SC001', 'parserError', { detail }) : report('SC001', 'parserWarning', { detail });
}

/** The hint of the first syntax error, with a note that the parser's later complaints are mostly echoes of it. */
export function withEchoes<T extends { readonly hint?: string }>(first: T, more: number): T {
  if (more === 0) return first;
  const echoes = report('SC001', 'echoes', { count: more }).message;
  return { ...first, hint: first.hint ? `${first.hint} ${echoes}` : echoes };
}
