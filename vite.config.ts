import { defineConfig } from 'vite';
import { inkPlugin } from './tools/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [inkPlugin()],
  build: {
    target: 'es2022',
    // Phaser alone is larger than Vite's default warning threshold; issue #10 slims it.
    chunkSizeWarningLimit: 1600,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
