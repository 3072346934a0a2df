import { describe, expect, it } from 'vitest';
import { rebaseCssUrls } from '../../tools/build/vite-plugin-inline-css.ts';

describe('rebaseCssUrls (a stylesheet of assets/ written into index.html)', () => {
  it('points relative urls into the assets folder, with or without quotes', () => {
    expect(rebaseCssUrls('src:url(./a.woff2)format("woff2"),url(b.woff)', 'assets')).toBe(
      'src:url(./assets/a.woff2)format("woff2"),url(./assets/b.woff)',
    );
    expect(rebaseCssUrls(`background:url("./x.svg") url('y.png')`, 'assets')).toBe(
      `background:url("./assets/x.svg") url('./assets/y.png')`,
    );
  });

  it('leaves data, absolute, root-relative and fragment urls alone', () => {
    const css =
      'a{background:url(data:image/svg+xml;base64,AAAA)}b{background:url(https://x.nl/a.png)}c{background:url(/a.png)}d{filter:url(#f)}';
    expect(rebaseCssUrls(css, 'assets')).toBe(css);
  });
});
