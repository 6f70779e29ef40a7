import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { inkPlugin } from './tools/vite-plugin-ink.ts';
import { PRELOADED_MODULES } from './tools/bundle-size.ts';
import { preloadEarlyChunks } from './tools/vite-plugin-preload-early.ts';
import { contentSecurityPolicy } from './tools/vite-plugin-csp.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Phaser's sources (the package's `exports` hide them, so they are reached through the `phaser-src/` alias). */
const PHASER_SRC = resolve(dirname(createRequire(import.meta.url).resolve('phaser/package.json')), 'src');

/**
 * Phaser's build flags, as its own webpack configs define them (node_modules/phaser/config/). The
 * sources test them as `if (typeof FLAG)`, so it is the `typeof` expression that is replaced: left
 * undefined, `typeof FLAG` is the string "undefined", which is true, and everything would be bundled.
 * WebGL only (the Canvas renderer is deprecated in Phaser 4), no sound (Howler plays it), no debug
 * hooks, and neither of the optional plugins Phaser 4.2.1 still tests for (3D camera, Facebook Instant).
 */
export const PHASER_FLAGS: Record<string, string> = {
  'typeof WEBGL_RENDERER': 'true',
  'typeof CANVAS_RENDERER': 'false',
  'typeof WEBGL_DEBUG': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
};

/** `npm run build:single` writes the whole game, every story, picture and sound inside, into this one file. */
export const SINGLE_FILE = { outDir: 'dist-single', fileName: 'manage-or-lead.html' } as const;

/** The modules that stand in for others in the single file (see singleFileConfig). */
const INLINE_ASSET_FILES = resolve(import.meta.dirname, 'src/presentation/assets/asset-files-inline.ts');

const storiesPlugin = () => inkPlugin({ storiesDir: process.env.MOL_STORIES_DIR ?? 'stories' });

/** The game as hosted: static files, each chunk fetched when it is needed (docs/performance.md). */
const hostedConfig: UserConfig = {
  // MOL_STORIES_DIR lets the browser tests build the game around fixture stories (bad markup, runtime errors).
  plugins: [
    storiesPlugin(),
    // The scenario list and the play screen, which main.ts imports dynamically: fetched as the page loads.
    preloadEarlyChunks(PRELOADED_MODULES),
    // No remote origins, no eval, no inline script (docs/reliability.md#content-security-policy).
    contentSecurityPolicy('hosted'),
  ],
  // Written into every choice log, so a trainer knows which release produced it.
  define: { __APP_VERSION__: JSON.stringify(version), ...PHASER_FLAGS },
  resolve: {
    alias: [
      // `import Phaser from 'phaser'` is the game's own lean Phaser, built from the sources (see the
      // file); the typings stay the package's.
      { find: /^phaser$/, replacement: resolve(import.meta.dirname, 'src/engine/phaser.js') },
      { find: /^phaser-src\/(.*)$/, replacement: `${PHASER_SRC}/$1` },
    ],
  },
  // The dev server pre-bundles Phaser's CommonJS sources: with the same flags, so `npm start` runs the
  // same lean Phaser as the build.
  optimizeDeps: { rolldownOptions: { transform: { define: PHASER_FLAGS } } },
  build: {
    target: 'es2022',
    // The lean Phaser is ~690 kB before compression (~179 kB gzip): a warning means it has grown.
    chunkSizeWarningLimit: 800,
    // The art is always a file of its own (the title's CSS and Phaser's loader fetch it), never a data URL in the CSS or a script.
    assetsInlineLimit: (file) => (/[\\/]assets[\\/]art[\\/]/.test(file) ? false : undefined),
    rolldownOptions: {
      output: {
        // The engine and the ink runtime change rarely: their own chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /[\\/]node_modules[\\/](phaser|eventemitter3)[\\/]|[\\/]src[\\/]engine[\\/]/ },
            { name: 'inkjs', test: /[\\/]node_modules[\\/]inkjs[\\/]/ },
          ],
        },
      },
    },
  },
  worker: {
    // The own-story worker compiles with inkjs/full, which holds the runtime too: the checker's
    // `import { Story } from 'inkjs'` takes it from there rather than bundling the runtime twice.
    plugins: () => [
      {
        name: 'mol-ink-runtime-from-full',
        enforce: 'pre',
        resolveId(source, importer) {
          return source === 'inkjs' ? this.resolve('inkjs/full', importer, { skipSelf: true }) : undefined;
        },
      },
    ],
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
};

/**
 * One HTML file that runs from file:// with no server and no network (a USB stick in a room without
 * Wi-Fi): vite-plugin-singlefile turns code splitting off and puts every script and style into the
 * page. What Vite would leave as files is made inline here: the pictures and sounds (through
 * asset-files-inline.ts, which also keeps one sound format, MP3, that every browser plays), the
 * title's pictures in the CSS, and the own-story worker (`?worker&inline`).
 */
function singleFileConfig(): UserConfig {
  const { build, resolve: resolveOptions, ...shared } = hostedConfig;
  return {
    ...shared,
    // Without the early-chunk hints: there are no chunks.
    plugins: [storiesPlugin(), viteSingleFile({ outputFileName: SINGLE_FILE.fileName }), contentSecurityPolicy('single')],
    resolve: {
      alias: [
        ...((resolveOptions?.alias ?? []) as { find: RegExp; replacement: string }[]),
        { find: /^\.\/asset-files\.ts$/, replacement: INLINE_ASSET_FILES },
        { find: /^(.*)\?worker$/, replacement: '$1?worker&inline' },
      ],
    },
    build: { target: build?.target, outDir: SINGLE_FILE.outDir, emptyOutDir: true, assetsInlineLimit: () => true },
  };
}

export default defineConfig(({ mode }) => (mode === 'single' ? singleFileConfig() : hostedConfig));
