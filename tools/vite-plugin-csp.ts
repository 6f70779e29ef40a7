/**
 * Writes the Content-Security-Policy meta (tools/csp.ts) into every HTML page of a build, after
 * everything else has made the page: in the single file, vite-plugin-singlefile puts the scripts and
 * styles inline, and their hashes are taken from that final text. Build only: `npm run dev` needs
 * Vite's inline HMR client, and a policy there would refuse it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { MAP_REPORT_CSS } from '../src/core/debrief/map-report.ts';
import { MAP_STYLE } from '../src/core/debrief/map-svg.ts';
import { REPORT_CSS, REPORT_SCRIPT } from '../src/core/log/report.ts';
import { securePage, type PageKind, type RuntimeBlocks } from './csp.ts';

/**
 * What the game puts inline while it runs: the story map's SVG carries its own `<style>`, and the
 * printable reports (the play-through's and the map's), opened as blob: pages, keep the game's policy on
 * top of their own, so their styles and print script must pass both.
 */
export const RUNTIME_BLOCKS: RuntimeBlocks = { scripts: [REPORT_SCRIPT], styles: [MAP_STYLE, REPORT_CSS, MAP_REPORT_CSS] };

/**
 * Put after vite-plugin-singlefile in the plugin list. It works on the pages as written to disk:
 * vite-plugin-singlefile emits its renamed page during generateBundle, and Rolldown does not show a
 * file emitted there to the plugins after it.
 */
export function contentSecurityPolicy(kind: Exclude<PageKind, 'xapi'>): Plugin {
  return {
    name: 'mol-content-security-policy',
    apply: 'build',
    enforce: 'post',
    writeBundle: {
      order: 'post',
      handler(options) {
        const dir = options.dir;
        if (!dir) throw new Error('contentSecurityPolicy: the build has no output directory');
        for (const name of readdirSync(dir).filter((file) => file.endsWith('.html'))) {
          const path = join(dir, name);
          writeFileSync(path, securePage(readFileSync(path, 'utf8'), kind, RUNTIME_BLOCKS));
        }
      },
    },
  };
}
