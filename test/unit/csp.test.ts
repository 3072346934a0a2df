import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyPlugin, lrsOrigin } from '../../tools/vite-plugin-csp.ts';

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
    for (const bad of ['https://lrs.hogeschool.nl/xapi/', '*', 'https://*.hogeschool.nl', 'https://a.nl https://b.nl', 'ftp://lrs.nl', "https://lrs.nl; script-src *"]) {
      expect(() => lrsOrigin(bad), bad).toThrow(/KOSTENBEWUST_LRS_ORIGIN/);
    }
  });

  it('reads KOSTENBEWUST_LRS_ORIGIN when the plugin is made', () => {
    expect(() => contentSecurityPolicyPlugin({ KOSTENBEWUST_LRS_ORIGIN: 'https://lrs.nl/pad' })).toThrow();
    expect(contentSecurityPolicyPlugin({}).name).toBe('kostenbewust-csp');
  });
});
