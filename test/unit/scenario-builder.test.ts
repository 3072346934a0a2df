import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from './load-fixture.ts';
import { minimalScenario } from './support/scenario-builder.ts';

// Domain tests build their casussen in code (support/casus-builder.ts); this is where the builder answers to the compiler.
describe('the casus builder', () => {
  it('builds minimal-valid.yaml exactly as the compiler compiles it, content hash included', () => {
    expect(minimalScenario()).toEqual(loadScenarioFile('test/fixtures/scenarios/minimal-valid.yaml'));
  });
});
