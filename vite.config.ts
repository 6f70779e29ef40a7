import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { inkPlugin } from './tools/vite-plugin-ink.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // MOL_STORIES_DIR lets the browser tests build the game around fixture stories (bad markup, runtime errors).
  plugins: [inkPlugin({ storiesDir: process.env.MOL_STORIES_DIR ?? 'stories' })],
  // Written into every choice log, so a trainer knows which release produced it.
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    target: 'es2022',
    // Phaser alone is larger than Vite's default warning threshold; issue #10 slims it.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // The engine and the ink runtime change rarely: their own chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ },
            { name: 'inkjs', test: /[\\/]node_modules[\\/]inkjs[\\/]/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
