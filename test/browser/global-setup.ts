/**
 * Builds the game for production once and serves it on 127.0.0.1 with Vite's preview server for
 * every browser test; the tests read the address with `inject('baseUrl')`.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The game as shipped. */
    baseUrl: string;
    /** The same game built around the stories in test/fixtures/browser-stories, for failure cases. */
    fixturesUrl: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
export const OUT_DIR = resolve(ROOT, 'test-results/dist');
const FIXTURES_OUT_DIR = resolve(ROOT, 'test-results/dist-fixtures');

const servers: PreviewServer[] = [];

async function buildAndServe(outDir: string): Promise<string> {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  servers.push(server);
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the preview server has no port');
  return `http://127.0.0.1:${address.port}/`;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  chromiumPath(); // fail early, with the install hint, when there is no browser
  mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });
  project.provide('baseUrl', await buildAndServe(OUT_DIR));
  process.env.MOL_STORIES_DIR = 'test/fixtures/browser-stories';
  try {
    project.provide('fixturesUrl', await buildAndServe(FIXTURES_OUT_DIR));
  } finally {
    delete process.env.MOL_STORIES_DIR;
  }
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
