import type { Plugin } from 'vite';

/** `<link rel="stylesheet" … href="./assets/x.css">` as Vite writes it into a built page. */
const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*? href="([^"]+\.css)"[^>]*>/g;

/**
 * A url() inside a stylesheet of the assets folder, made to work from the page instead: `url(./font.woff2)` in
 * `assets/x.css` is `url(./assets/font.woff2)` in index.html. Data, absolute and root-relative URLs stay as they are.
 */
export function rebaseCssUrls(css: string, folder: string): string {
  return css.replace(/url\((["']?)([^)"']+)\1\)/g, (whole, quote: string, url: string) => {
    if (/^(data:|[a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) return whole;
    return `url(${quote}./${folder}/${url.replace(/^\.\//, '')}${quote})`;
  });
}

/**
 * Writes the game page's stylesheets into `<style>` in its head instead of linking them. On a phone's slow network
 * every request before the menu costs a round trip and one of the six connections the scripts also need; the
 * styles are small (≈ 9 KiB gzip) and the policy allows inline styles (`style-src 'unsafe-inline'`, scripts stay
 * `'self'` only). The files are still emitted: the other pages link them and the offline precache keeps them.
 */
export function inlineCssPlugin({ pages = ['/index.html'] }: { pages?: readonly string[] } = {}): Plugin {
  let assetsDir = 'assets';
  return {
    name: 'kostenbewust-inline-css',
    apply: 'build',
    configResolved(config) {
      assetsDir = config.build.assetsDir;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!pages.includes(context.path) || !context.bundle) return html;
        const bundle = context.bundle;
        return html.replace(STYLESHEET_LINK, (link, href: string) => {
          const fileName = href.replace(/^(\.\/|\/)/, '');
          const asset = bundle[fileName];
          if (!asset || asset.type !== 'asset') return link;
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          // A stylesheet that could end the style element early stays a link.
          if (/<\/style/i.test(css)) return link;
          // The link stays, disabled (a disabled stylesheet is not fetched): Vite's preload helper looks for it before
          // a dynamic import that shares these styles would add a second copy of them after the page's own.
          return `<style>${rebaseCssUrls(css, assetsDir).trim()}</style>${link.replace(/>$/, ' disabled>')}`;
        });
      },
    },
  };
}
