import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { inkPlugin, listScenarioFiles } from '../../tools/vite-plugin-ink.ts';
import { compiledFile, FIXTURES, ROOT } from '../support/stories.ts';
import { storyHashOf } from '../../src/core/session.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

function buildWith(storiesDir: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'mol-build-'));
  const run = build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    plugins: [inkPlugin({ storiesDir })],
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
  });
  return { outDir, run };
}

describe('the ink Vite plugin', () => {
  it('lists the scenarios but not the shared files in common/', () => {
    expect(listScenarioFiles(join(FIXTURES, 'stories'))).toEqual([join(FIXTURES, 'stories/sample.ink')]);
  });

  it('builds each story into its own chunk, with the inkjs runtime and without the compiler', async () => {
    const { outDir, run } = buildWith('test/fixtures/stories');
    await run;
    const assets = readdirSync(join(outDir, 'assets'));
    const storyChunk = assets.find((name) => name.startsWith('sample-') && name.endsWith('.js'));
    expect(storyChunk).toBeDefined();
    expect(readFileSync(join(outDir, 'assets', storyChunk as string), 'utf8')).toContain('Brightwater');
    // The compiler is in the own-story worker alone, which loads only when a player opens their own .ink.
    const isWorker = (name: string) => name.startsWith('own-story-worker-');
    expect(assets.filter(isWorker)).toHaveLength(1);
    const code = assets.filter((name) => name.endsWith('.js') && !isWorker(name)).map((name) => readFileSync(join(outDir, 'assets', name), 'utf8')).join('\n');
    expect(code).toContain('inkVersionCurrent');
    // Strings only the compiler carries.
    expect(code).not.toContain('Compilation failed');
    expect(code).not.toContain('Divert target not found');
    // The catalog carries each story's facts, so the select screen needs no story loaded.
    expect(code).toContain('A tiny story the tests play through.');
    // …and its hash, the one a play-through of it is opened with (src/main.ts), as saves and logs know it.
    expect(code).toContain(storyHashOf(compiledFile('test/fixtures/stories/sample.ink')));
  }, 120_000);

  it('fails the build on a compile error, naming the file and line', async () => {
    const { run } = buildWith('test/fixtures/broken');
    await expect(run).rejects.toThrow("test/fixtures/broken/broken.ink line 4: Divert target not found: '-> nowhere_at_all'");
  }, 120_000);
});
