/**
 * Every scenario in stories/ (found when the test runs, so new ones are checked too) compiles, and
 * its explored play-throughs show no error: no bad tag, dead end, runtime error or unreachable knot.
 * `npm test` also runs `npm run stories:check`, which explores them further.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../../tools/story-check/check-file.ts';
import { formatFinding } from '../../../tools/story-check/report.ts';
import { listScenarioFiles } from '../../../tools/vite-plugin-ink.ts';
import { ROOT } from '../../support/stories.ts';

const scenarios = listScenarioFiles(resolve(ROOT, 'stories'));

describe('the shipped stories', () => {
  it('include at least one scenario', () => {
    expect(scenarios.length).toBeGreaterThan(0);
  });

  it.each(scenarios.map((path) => [path.slice(ROOT.length + 1), path]))('%s checks clean', (_name, path) => {
    // Generous caps: on a cold, busy machine the first story also pays for warming up the JIT.
    const report = checkStory(path, ROOT, { maxMs: 2500, walks: 40, walkMs: 1000, scoreMs: 500 });
    const errors = report.findings.filter((finding) => finding.severity === 'error').map(formatFinding);
    expect(errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.exploration?.endings.length).toBeGreaterThan(0);
  }, 60_000);
});
