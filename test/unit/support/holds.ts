/**
 * `expect` builds an assertion object per call, which in checks repeated thousands of times (every step of every
 * played route, every diagnostic of every generated file) was most of their time. So a quick condition goes first,
 * and `assert` (the real assertion, with its usual message and diff) runs only when the condition is false: it
 * decides, so a condition stricter than it costs time, never a wrong verdict.
 */
export function holds(condition: boolean, assert: () => void): void {
  if (!condition) assert();
}
