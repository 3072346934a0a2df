import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTICS } from '../../src/authoring/diagnostics/registry.ts';

// The story analysis's codes each have a fixture pair that shows them (test/fixtures/scenarios/).
const STORY_CODES = ['SC030', 'SC031', 'SC032', 'SC033', 'SC034', 'SC040', 'SC041', 'SC043'] as const;
const dir = join(import.meta.dirname, '../fixtures/scenarios');
const expected = readdirSync(dir)
  .filter((f) => f.endsWith('.expected.txt'))
  .map((f) => readFileSync(join(dir, f), 'utf8'));

describe('story analysis codes', () => {
  it.each(STORY_CODES)('%s is registered, with every field in Dutch filled in, and shown by a fixture', (code) => {
    const descriptor = DIAGNOSTICS[code];
    for (const field of [descriptor.title, descriptor.description, descriptor.example, descriptor.fix])
      expect(field.length).toBeGreaterThan(0);
    expect(Object.keys(descriptor.messages).length).toBeGreaterThan(0);
    expect(expected.some((text) => text.includes(` ${descriptor.severity} ${code} `) || text.includes(` ${code} `))).toBe(true);
  });
});
