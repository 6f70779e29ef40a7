/**
 * Writes the Content-Security-Policy meta (tools/csp.ts) into every HTML page of a build, after
 * everything else has made the page: in the single file, vite-plugin-singlefile puts the scripts and
 * styles inline in its own generateBundle, and their hashes are taken from that final text. Build
 * only: `npm run dev` needs Vite's inline HMR client, and a policy there would refuse it.
 */
import type { Plugin } from 'vite';
import { MAP_STYLE } from '../src/core/debrief/map-svg.ts';
import { securePage, type PageKind } from './csp.ts';

/** `<style>` elements the game adds to the page while it runs: the story map's SVG carries its own. */
export const RUNTIME_STYLES: readonly string[] = [MAP_STYLE];

interface HtmlAsset {
  readonly type: 'asset';
  readonly fileName: string;
  source: string | Uint8Array;
}

/** Put after vite-plugin-singlefile in the plugin list: both run last, in list order. */
export function contentSecurityPolicy(kind: Exclude<PageKind, 'scorm'>): Plugin {
  return {
    name: 'mol-content-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const item of Object.values(bundle)) {
          if (item.type !== 'asset' || !item.fileName.endsWith('.html')) continue;
          const page = item as unknown as HtmlAsset;
          const html = typeof page.source === 'string' ? page.source : new TextDecoder().decode(page.source);
          page.source = securePage(html, kind, RUNTIME_STYLES);
        }
      },
    },
  };
}
