import { describe, expect, it } from 'vitest';
import type { ChoiceLog } from '../../../src/core/log/choice-log.ts';
import { cohortOf, groupByStory, mostSplit, optionKey } from '../../../src/core/log/cohort.ts';
import { profileOf } from '../../../src/core/patterns/profile.ts';
import { playLog } from '../../support/logs.ts';

const SAMPLE = 'test/fixtures/stories/sample.ink';
/** Take option a at the first decision and option b at the second. */
const path = (alias: string, a: number, b: number) => playLog(SAMPLE, { alias, pick: (step) => (step === 0 ? a : b) });

describe('the cohort of a story, with known answers', () => {
  // Decision 1 (Ana, R2): ask/coach (fit 100%) or tell/direct (fit 67%). Decision 2: send as is, or talk direction.
  const logs = [path('Ana', 0, 0), path('Ben', 0, 1), path('Cy', 1, 1), path('Dee', 0, 0)];
  const cohort = cohortOf(logs);

  it('counts how many chose each option at each decision', () => {
    expect(cohort.players.map((p) => p.name)).toEqual(['Ana', 'Ben', 'Cy', 'Dee']);
    expect(cohort.decisions.map((d) => d.situation)).toEqual(['"The Brightwater deal slipped again."', 'Later, the forecast is due.']);
    expect(cohort.decisions.map((d) => d.options.map((o) => [o.text, o.chosen]))).toEqual([
      [['Ask her what she thinks is blocking it', 3], ['Tell her to call the buyer today', 1]],
      [['Send it as it is', 2], ['Talk about where the quarter is going', 2]],
    ]);
    expect(cohort.decisions.map((d) => d.players)).toEqual([4, 4]);
  });

  it('averages the players’ fit', () => {
    // 100, 100, 67, 100 → 91.75
    expect(cohort.players.map((p) => p.profile.fit.percent)).toEqual([100, 100, 67, 100]);
    expect(cohort.averageFit).toBe(92);
    expect(cohort.fitPlayers).toBe(4);
  });

  it('finds the decisions that split the group most: an even 2–2 before a 3–1', () => {
    const split = mostSplit(cohort);
    expect(split.map((d) => d.situation)).toEqual(['Later, the forecast is due.', '"The Brightwater deal slipped again."']);
    expect(split[0]?.split).toBeCloseTo(1);
    // 3–1: entropy of (¾, ¼) in bits
    expect(split[1]?.split).toBeCloseTo(-(0.75 * Math.log2(0.75) + 0.25 * Math.log2(0.25)));
  });

  it('puts every player on each dimension, with the group’s mean', () => {
    const tellAsk = cohort.dimensions.find((d) => d.dimension === 'tell-ask');
    expect(tellAsk?.scores).toEqual([1, 1, -1, 1]);
    expect(tellAsk?.mean).toBeCloseTo(0.5);
    const detail = cohort.dimensions.find((d) => d.dimension === 'detail-direction');
    // "Send it as it is" is detail ×2 (−1); "Talk about where the quarter is going" is direction ×1 (+½).
    expect(detail?.scores).toEqual([-1, 0.5, 0.5, -1]);
    expect(detail?.mean).toBeCloseTo(-0.25);
    expect(cohort.dimensions.find((d) => d.dimension === 'control-empower')?.mean).toBeUndefined();
  });

  it('a unanimous group has no split decisions; unnamed players are numbered', () => {
    const same = cohortOf([playLog(SAMPLE, { pick: () => 0 }), playLog(SAMPLE, { pick: () => 0 })]);
    expect(mostSplit(same)).toEqual([]);
    expect(same.players.map((p) => p.name)).toEqual(['Player 1', 'Player 2']);
  });
});

describe('the cohort of a real story, ten players on different paths', () => {
  const FORECAST = 'stories/forecast.ink';
  const logs: ChoiceLog[] = Array.from({ length: 10 }, (_, i) => playLog(FORECAST, { alias: `P${i + 1}`, pick: (step, choices) => (i * 3 + step * (i + 1)) % choices.length }));
  const cohort = cohortOf(logs);

  it('accounts for every decision of every player exactly once', () => {
    const chosen = cohort.decisions.reduce((sum, d) => sum + d.options.reduce((s, o) => s + o.chosen, 0), 0);
    expect(chosen).toBe(logs.reduce((sum, log) => sum + log.decisions.length, 0));
    for (const decision of cohort.decisions) expect(decision.players).toBeLessThanOrEqual(10);
    expect(cohort.decisions[0]?.players).toBe(10); // everyone meets the first decision
  });

  it('has each player’s own profile and the mean of their fits', () => {
    cohort.players.forEach((player, i) => expect(player.profile).toEqual(profileOf(logs[i] as ChoiceLog)));
    const fits = logs.map((log) => profileOf(log).fit.percent as number);
    expect(cohort.averageFit).toBe(Math.round(fits.reduce((a, b) => a + b, 0) / fits.length));
  });

  it('matches a decision across players even when a number in an option differs', () => {
    const [first, second] = logs as [ChoiceLog, ChoiceLog];
    const changed: ChoiceLog = {
      ...second,
      decisions: second.decisions.map((d, i) => (i === 0 ? { ...d, options: d.options.map((o) => ({ ...o, text: `${o.text} (240k)` })) } : d)),
    };
    const pair = cohortOf([{ ...first, decisions: first.decisions.map((d, i) => (i === 0 ? { ...d, options: d.options.map((o) => ({ ...o, text: `${o.text} (300k)` })) } : d)) }, changed]);
    expect(pair.decisions[0]?.players).toBe(2);
    expect(optionKey('Hold 120k, and tell Helen')).toBe(optionKey('hold 150k,  and tell Helen'));
  });

  it('groups logs by story', () => {
    const other = playLog('stories/star-closer.ink', { pick: () => 0 });
    expect(groupByStory([...logs.slice(0, 2), other, logs[2] as ChoiceLog]).map((g) => [g.storyId, g.logs.length])).toEqual([
      ['forecast', 3],
      [other.storyId, 1],
    ]);
  });
});
