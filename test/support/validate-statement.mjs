// Learning Locker's conformance-tested xAPI statement validator (npm `xapi-validation`), as one function.
import { createRequire } from 'node:module';

const validator = createRequire(import.meta.url)('xapi-validation').default;

/** The validator's findings for one statement, as `path: warning` lines; empty when the statement is valid. */
export function statementProblems(statement) {
  return validator(statement).map(
    (warning) => `${warning.path.join('.')}: ${warning.name}${warning.data === undefined ? '' : ` (${JSON.stringify(warning.data)})`}`,
  );
}
