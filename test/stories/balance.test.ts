/**
 * Balance over every play-through of every shipped story: both poles of each dimension a story uses
 * are reachable, a player can finish at either end of it, every option carries a pole, every path has
 * at least four decisions, and the best-fitting move is sometimes a managing one.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChoiceLog } from '../../src/core/log/choice-log.ts';
import { APPROACH_LEVEL, situationalApproach } from '../../src/core/patterns/dimensions.ts';
import { profileOf } from '../../src/core/patterns/profile.ts';
import { parseTags } from '../../src/core/story/tags.ts';
import { compileInk } from '../../tools/ink-compiler.ts';
import { allPlayThroughs } from '../../tools/story-check/playthroughs.ts';
import { listScenarioFiles } from '../../tools/vite-plugin-ink.ts';
import { ROOT } from '../support/stories.ts';

const FILES = listScenarioFiles(resolve(ROOT, 'stories')).map((file) => `stories/${file.split('/').pop()}`);

/** Whether the best-fitting option of a decision that declares readiness is a managing one. */
function bestFitIsManaging(log: ChoiceLog): boolean {
  return log.decisions.some((decision) => {
    if (!decision.readiness) return false;
    const options = decision.options.map((option) => {
      const { tags } = parseTags(option.tags, 'choice', 'balance');
      const approach = tags.find((t) => t.kind === 'approach');
      const sides = new Set(tags.flatMap((t) => (t.kind === 'pattern' ? [t.side] : [])));
      // Doing the task yourself (approach none) claims no fit, so it is never the best-fitting move.
      const style = approach?.kind === 'approach' ? situationalApproach(approach.approach) : undefined;
      const gap = style ? Math.abs(APPROACH_LEVEL[style] - (decision.readiness?.level ?? 0)) : 9;
      return { gap, managing: sides.has('manage') && !sides.has('lead') };
    });
    const best = Math.min(...options.map((o) => o.gap));
    return options.filter((o) => o.gap === best).every((o) => o.managing);
  });
}

const storiesWithManagingBestFit: string[] = [];

describe.each(FILES)('%s', (file) => {
  it('compiles without a warning, and every play-through is balanced', () => {
    const compiled = compileInk(resolve(ROOT, file), ROOT);
    expect(compiled.diagnostics).toEqual([]);
    const logs = [...allPlayThroughs(compiled.json as string, file, { maxMs: 120_000 })].map((p) => p.log);
    expect(logs.length).toBeGreaterThan(0);
    expect(new Set(logs.map((log) => log.ending)).size, 'distinct endings').toBeGreaterThanOrEqual(3);
    for (const log of logs) {
      expect(log.decisions.length, 'decisions on a path').toBeGreaterThanOrEqual(4);
      for (const decision of log.decisions) {
        for (const option of decision.options) {
          const poles = parseTags(option.tags, 'choice', file).tags.filter((t) => t.kind === 'pattern');
          expect(poles.length, `"${option.text}" carries no pattern pole`).toBeGreaterThan(0);
        }
      }
    }
    const profiles = logs.map(profileOf);
    const used = new Set(profiles.flatMap((p) => p.dimensions.filter((d) => d.score !== undefined).map((d) => d.dimension)));
    expect(used.size).toBeGreaterThan(0);
    for (const dimension of used) {
      const scores = profiles.flatMap((p) => p.dimensions.filter((d) => d.dimension === dimension && d.score !== undefined).map((d) => d.score as number));
      // Both poles are reachable, and a player can finish clearly at either end.
      expect(Math.min(...scores), `${dimension}: lowest score`).toBeLessThanOrEqual(-0.5);
      expect(Math.max(...scores), `${dimension}: highest score`).toBeGreaterThanOrEqual(0.5);
    }
    if (logs.some(bestFitIsManaging)) storiesWithManagingBestFit.push(file);
  }, 180_000);
});

describe('across the scenarios', () => {
  it('the fitting move is a managing one in at least two of them', () => {
    expect(storiesWithManagingBestFit.length, storiesWithManagingBestFit.join(', ')).toBeGreaterThanOrEqual(2);
  });
});
