/** `npm run stories:check` as people run it: readable by default, JSON with --json, the exit code tells. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/stories.ts';

const run = promisify(execFile);

async function storiesCheck(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run('npx', ['tsx', 'tools/story-check/cli.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('npm run stories:check', () => {
  it('prints a summary per story, problems as "file line N: message", and fails when a story has an error', async () => {
    const { code, stdout } = await storiesCheck('test/fixtures/stories/sample.ink', 'test/fixtures/check/dead-end.ink');
    expect(code).toBe(1);
    expect(stdout).toContain('test/fixtures/stories/sample.ink — Sample review');
    expect(stdout).toMatch(/explored +3 decision states \(up to 1 choice from the start\), 6 choices taken: complete/);
    expect(stdout).toContain('endings       1: quiet-week ×4');
    expect(stdout).toContain("test/fixtures/check/dead-end.ink line 15: dead end after this line: ran out of content. Do you need a '-> DONE' or '-> END'?");
    expect(stdout).toContain('reached by choices 2: 2 "Tell her to call the buyer"');
    expect(stdout).toContain('1 of 2 stories failed the check');
  }, 60_000);

  it('gives the same report as JSON with --json, and exits 0 when every story is sound', async () => {
    const { code, stdout } = await storiesCheck('test/fixtures/stories/sample.ink', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { ok: boolean; stories: { file: string; ok: boolean; exploration: { states: number; complete: boolean } }[] };
    expect(report.ok).toBe(true);
    expect(report.stories).toMatchObject([{ file: 'test/fixtures/stories/sample.ink', ok: true, exploration: { states: 3, complete: true } }]);
  }, 60_000);
});
