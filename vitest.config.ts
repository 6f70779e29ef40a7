import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // The renderer-free core, pure presentation helpers and the build tools, in plain Node.
        test: {
          name: 'node',
          include: ['test/core/**/*.test.ts', 'test/tools/**/*.test.ts', 'test/presentation/**/*.test.ts', 'test/stories/**/*.test.ts'],
          environment: 'node',
          // Property tests and story explorations do real work; a busy shared machine must not fail them.
          testTimeout: 60_000,
        },
      },
      {
        // What the player sees: the production build served on 127.0.0.1, driven in Debian's Chromium.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
