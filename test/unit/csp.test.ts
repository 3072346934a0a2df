import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  contentSecurityPolicyPlugin,
  FRAME_ANCESTOR_PLACEHOLDER,
  frameAncestors,
  headerContentSecurityPolicy,
  headersFile,
  lrsOrigin,
} from '../../tools/build/vite-plugin-csp.ts';

const connectSrc = (policy: string) => policy.split('; ').find((p) => p.startsWith('connect-src'));

describe('the Content-Security-Policy', () => {
  it("admits only the game's own origin without an LRS", () => {
    expect(connectSrc(contentSecurityPolicy())).toBe("connect-src 'self' data: blob:");
  });

  it('admits exactly the one LRS origin a deployment names, in connect-src only', () => {
    const policy = contentSecurityPolicy({ lrs: lrsOrigin('https://lrs.hogeschool.nl') });
    expect(connectSrc(policy)).toBe("connect-src 'self' data: blob: https://lrs.hogeschool.nl");
    expect(policy.split('https://lrs.hogeschool.nl')).toHaveLength(2);
    expect(lrsOrigin('http://127.0.0.1:8123/')).toBe('http://127.0.0.1:8123');
    expect(lrsOrigin(undefined)).toBeNull();
    expect(lrsOrigin('  ')).toBeNull();
  });

  it('refuses a path, a wildcard, a second origin or another scheme', () => {
    for (const bad of [
      'https://lrs.hogeschool.nl/xapi/',
      '*',
      'https://*.hogeschool.nl',
      'https://a.nl https://b.nl',
      'ftp://lrs.nl',
      'https://lrs.nl; script-src *',
    ]) {
      expect(() => lrsOrigin(bad), bad).toThrow(/KOSTENBEWUST_LRS_ORIGIN/);
    }
  });

  it('reads KOSTENBEWUST_LRS_ORIGIN when the plugin is made', () => {
    expect(() => contentSecurityPolicyPlugin({ KOSTENBEWUST_LRS_ORIGIN: 'https://lrs.nl/pad' })).toThrow();
    expect(contentSecurityPolicyPlugin({}).name).toBe('kostenbewust-csp');
  });
});

describe('the policy beyond the meta tag', () => {
  const directives = (policy: string) => policy.split('; ');

  it('names the workers, the manifest and forbids form submissions in every page', () => {
    expect(directives(contentSecurityPolicy())).toEqual(
      expect.arrayContaining(["worker-src 'self'", "manifest-src 'self'", "form-action 'none'"]),
    );
    // Ignored (and reported) in a meta tag: only the header may say it.
    expect(contentSecurityPolicy()).not.toContain('frame-ancestors');
  });

  it('as a header: the page policy plus frame-ancestors with the own origin and the named LMS origins', () => {
    expect(headerContentSecurityPolicy()).toBe(`${contentSecurityPolicy()}; frame-ancestors 'self'`);
    const ancestors = frameAncestors('https://elo.hogeschool.nl, https://canvas.hogeschool.nl:8443/');
    expect(ancestors).toEqual(['https://elo.hogeschool.nl', 'https://canvas.hogeschool.nl:8443']);
    const policy = headerContentSecurityPolicy({ lrs: 'https://lrs.hogeschool.nl', ancestors });
    expect(directives(policy).at(-1)).toBe("frame-ancestors 'self' https://elo.hogeschool.nl https://canvas.hogeschool.nl:8443");
    expect(connectSrc(policy)).toBe("connect-src 'self' data: blob: https://lrs.hogeschool.nl");
    expect(frameAncestors(undefined)).toEqual([]);
  });

  it('refuses a frame ancestor that is not one origin', () => {
    for (const bad of ['*', 'https://*.hogeschool.nl', 'https://elo.nl/pad', 'https://elo.nl; script-src *', 'elo.nl']) {
      expect(() => frameAncestors(bad), bad).toThrow(/KOSTENBEWUST_FRAME_ANCESTORS/);
    }
  });

  it('writes _headers with the header policy, and docs/embedding.md gives the same policy for nginx, Apache and _headers', () => {
    const withLms = headerContentSecurityPolicy({ ancestors: [FRAME_ANCESTOR_PLACEHOLDER] });
    expect(headersFile({ ancestors: [FRAME_ANCESTOR_PLACEHOLDER] })).toContain(`\n  Content-Security-Policy: ${withLms}\n`);
    const readme = readFileSync(new URL('../../docs/embedding.md', import.meta.url), 'utf8');
    const blocks = [...readme.matchAll(/```(nginx|apache|text)\n([\s\S]*?)```/g)].filter(([, , body]) =>
      body!.includes('Content-Security-Policy'),
    );
    expect(blocks.map(([, lang]) => lang)).toEqual(['nginx', 'apache', 'text']);
    for (const [, lang, body] of blocks) {
      const policies = [...body!.matchAll(/Content-Security-Policy:? "?([^"\n]+)"?/g)].map((m) => m[1]);
      expect(policies, lang).toEqual([withLms]);
    }
  });
});
