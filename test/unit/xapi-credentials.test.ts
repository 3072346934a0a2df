import { describe, expect, it, vi } from 'vitest';
import { parseLaunchParams, readLaunchLink, withoutCredentials, type AddressBar } from '../../src/app/launch-params.ts';
import { linkXapiInput, normaliseEndpoint, resolveXapi, xapiSettings, type XapiInput } from '../../src/app/reporting/xapi/xapi-config.ts';

const FILE: XapiInput = { endpoint: 'https://spel.hogeschool.nl/lrs/xapi/', auth: 'schrijf:geheim', klas: 'groep-1' };
const fileKey = `Basic ${btoa('schrijf:geheim')}`;
const linkKey = `Basic ${btoa('eigen:sleutel')}`;

describe('a key stays with its endpoint', () => {
  it("sends the config file's key to the config file's endpoint, also when the link names that same endpoint in another spelling", () => {
    for (const endpoint of [
      undefined,
      'https://spel.hogeschool.nl/lrs/xapi/',
      'https://spel.hogeschool.nl/lrs/xapi',
      'https://SPEL.hogeschool.nl/lrs/xapi/',
      'https://spel.hogeschool.nl:443/lrs/./xapi/',
    ]) {
      const resolved = resolveXapi(endpoint ? { endpoint } : {}, FILE);
      expect(resolved, endpoint).toEqual({
        kind: 'on',
        settings: expect.objectContaining({ endpoint: 'https://spel.hogeschool.nl/lrs/xapi/', authorization: fileKey }),
      });
    }
  });

  it('sends nothing when the link names another endpoint without a key of its own: another host, or another path on the same origin', () => {
    for (const endpoint of [
      'https://spel.hogeschool.nl/evil/',
      'https://spel.hogeschool.nl/lrs/xapi/../../evil/',
      'https://spel.hogeschool.nl/lrs/xapi/%2e%2e/%2e%2e/evil/',
      'https://spel.hogeschool.nl/lrs/xapi/sub/',
      'https://spel.hogeschool.nl/lrs/',
      'http://spel.hogeschool.nl/lrs/xapi/',
      'https://spel.hogeschool.nl:8443/lrs/xapi/',
      'https://aanvaller.example/lrs/xapi/',
    ]) {
      expect(resolveXapi({ endpoint, klas: 'aanvaller' }, FILE), endpoint).toEqual({ kind: 'refused' });
      expect(xapiSettings({ endpoint }, FILE), endpoint).toBeNull();
    }
    // Also when the file's LRS needs no key: the link's other endpoint must still bring its own.
    expect(resolveXapi({ endpoint: 'https://aanvaller.example/' }, { endpoint: FILE.endpoint! })).toEqual({ kind: 'refused' });
  });

  it('sends a link that names another endpoint with its own key there, with that key only', () => {
    const resolved = resolveXapi({ endpoint: 'https://lrs.elders.nl/xapi', auth: 'eigen:sleutel' }, FILE);
    expect(resolved).toEqual({
      kind: 'on',
      settings: expect.objectContaining({ endpoint: 'https://lrs.elders.nl/xapi/', authorization: linkKey }),
    });
  });

  it("uses a link's own key (a trainer's read key) for the config file's endpoint", () => {
    expect(xapiSettings({ auth: 'eigen:sleutel' }, FILE)).toMatchObject({ endpoint: FILE.endpoint, authorization: linkKey });
  });

  it('without a config file, a link works as before: its endpoint with its key, or with none for an LRS that needs none', () => {
    expect(xapiSettings({ endpoint: 'https://lrs.elders.nl/xapi' }, null)).toEqual({ endpoint: 'https://lrs.elders.nl/xapi/' });
    expect(resolveXapi({}, null)).toEqual({ kind: 'off' });
    expect(resolveXapi({ auth: 'a:b', klas: 'k' }, null)).toEqual({ kind: 'off' });
  });

  it('takes the class code from the link, then the file, whatever the endpoint', () => {
    expect(xapiSettings({ klas: 'Groep 2' }, FILE)?.classCode).toBe('groep-2');
    expect(xapiSettings({}, FILE)?.classCode).toBe('groep-1');
  });

  it('normalises endpoints as the browser requests them', () => {
    expect(normaliseEndpoint('https://LRS.example.nl:443/a/./b/../xapi')).toBe('https://lrs.example.nl/a/xapi/');
  });

  it("reads the link's three settings from its parameters", () => {
    const params = parseLaunchParams('?lrs=https%3A%2F%2Flrs.nl%2Fx%2F&lrsauth=k%3As&klas=3a&taal=en');
    expect(linkXapiInput(params)).toEqual({ endpoint: 'https://lrs.nl/x/', auth: 'k:s', klas: '3a' });
    expect(linkXapiInput(parseLaunchParams('?taal=en'))).toEqual({});
  });
});

describe("a link's credentials leave the address bar at once", () => {
  const addressBar = (href: string) => {
    const url = new URL(href);
    const replaceState = vi.fn<AddressBar['history']['replaceState']>();
    const win: AddressBar = { location: { href, search: url.search }, history: { state: { kept: 1 }, replaceState } };
    return { win, replaceState };
  };

  it('reads the key, then replaces the history entry with the address without it (other parameters kept)', () => {
    const { win, replaceState } = addressBar(
      'https://spel.nl/k/index.html?casus=twee-zonen&lrs=https%3A%2F%2Flrs.nl%2Fx%2F&lrsauth=sleutel%3Ageheim&klas=3a#top',
    );
    const params = readLaunchLink(win);
    expect(params.lrsauth).toBe('sleutel:geheim');
    expect(replaceState).toHaveBeenCalledOnce();
    const [state, , url] = replaceState.mock.calls[0]!;
    expect(state).toEqual({ kept: 1 });
    expect(String(url)).toBe('https://spel.nl/k/index.html?casus=twee-zonen&lrs=https%3A%2F%2Flrs.nl%2Fx%2F&klas=3a#top');
    expect(String(url)).not.toMatch(/sleutel|geheim|lrsauth/);
  });

  it('takes out a key the game did not understand too, and every copy of it', () => {
    expect(withoutCredentials('https://spel.nl/?lrsauth=x&lrsauth=%0D%0A&taal=nl')).toBe('https://spel.nl/?taal=nl');
    expect(withoutCredentials('https://spel.nl/?lrsauth')).toBe('https://spel.nl/');
  });

  it('leaves an address without credentials alone', () => {
    const { win, replaceState } = addressBar('https://spel.nl/index.html?casus=twee-zonen&lrs=https%3A%2F%2Flrs.nl%2F');
    readLaunchLink(win);
    expect(replaceState).not.toHaveBeenCalled();
    expect(withoutCredentials('https://spel.nl/?lrsauthx=1')).toBeNull();
  });

  it('plays on when the address may not be rewritten, and logs no key', () => {
    const { win, replaceState } = addressBar('https://spel.nl/?lrsauth=sleutel%3Ageheim');
    replaceState.mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(readLaunchLink(win).lrsauth).toBe('sleutel:geheim');
      expect(JSON.stringify(warn.mock.calls)).not.toMatch(/sleutel|geheim/);
    } finally {
      warn.mockRestore();
    }
  });
});
