import { describe, expect, it } from 'vitest';
import { noServiceWorker, type PageFacts } from '../../src/app/offline/service-worker-policy.ts';

const page = (facts: Partial<PageFacts> = {}): PageFacts => ({
  search: '',
  framed: false,
  supported: true,
  secure: true,
  production: true,
  ...facts,
});

describe('where the game registers its service worker', () => {
  it('on a page of its own in a production build', () => {
    expect(noServiceWorker(page())).toBeNull();
    expect(noServiceWorker(page({ search: '?casus=twee-zonen&taal=en&modus=klas' }))).toBeNull();
  });

  it('not under an LMS launch (SCORM, cmi5 or any later kind), whatever the value', () => {
    for (const search of [
      '?lms=scorm12',
      '?lms=scorm2004',
      '?casus=twee-zonen&lms=cmi5',
      '?lms=',
      '?endpoint=https%3A%2F%2Flrs.example%2F&fetch=https%3A%2F%2Flms.example%2Ftoken&actor=%7B%7D&registration=760e3480-ba55-4991-94b0-01820dbd23a2&activityId=https%3A%2F%2Fexample%2Fau',
    ]) {
      expect(noServiceWorker(page({ search })), search).toBe('hosted');
    }
    expect(noServiceWorker(page({ search: '?fetch=https%3A%2F%2Flms.example%2Ftoken' }))).toBe('hosted');
  });

  it('not for an embedding page (ouder=) and not inside any frame', () => {
    expect(noServiceWorker(page({ search: '?ouder=https%3A%2F%2Felo.example' }))).toBe('hosted');
    expect(noServiceWorker(page({ framed: true }))).toBe('framed');
  });

  it('not on the dev server, without support, or on plain http to another host', () => {
    expect(noServiceWorker(page({ production: false }))).toBe('development');
    expect(noServiceWorker(page({ supported: false }))).toBe('unsupported');
    expect(noServiceWorker(page({ secure: false }))).toBe('insecure');
  });
});
