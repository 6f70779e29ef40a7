import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { defineConfig } from 'vite';
import { inkPlugin } from './tools/vite-plugin-ink.ts';
import { TEXT_MODULES } from './tools/bundle-size.ts';
import { preloadEarlyChunks } from './tools/vite-plugin-preload-early.ts';

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

export default defineConfig({
  // MOL_STORIES_DIR lets the browser tests build the game around fixture stories (bad markup, runtime errors).
  plugins: [
    inkPlugin({ storiesDir: process.env.MOL_STORIES_DIR ?? 'stories' }),
    // What the first decision needs, which main.ts imports dynamically: fetched as the page loads.
    preloadEarlyChunks(TEXT_MODULES),
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
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
