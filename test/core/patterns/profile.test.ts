import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChoiceLog, DecisionRecord } from '../../../src/core/log/choice-log.ts';
import { DIMENSIONS, type Approach, type DimensionId, type ReadinessLevel } from '../../../src/core/patterns/dimensions.ts';
import { profileOf } from '../../../src/core/patterns/profile.ts';
import { openSession } from '../../../src/core/session.ts';
import { compiledFile } from '../../support/stories.ts';

const FIXTURE = 'test/fixtures/patterns/profile.ink';

/** Play the fixture with these option indexes and return the log. */
function play(choices: number[]): ChoiceLog {
  let t = 0;
  const opened = openSession(compiledFile(FIXTURE), FIXTURE, { now: () => (t += 1000) });
  if (!opened.ok) throw new Error(opened.error.message);
  const session = opened.value;
  session.begin();
  for (const choice of choices) {
    const result = session.choose(choice);
    if (!result.ok) throw new Error(result.error.message);
  }
  return session.log;
}

const score = (log: ChoiceLog, dimension: DimensionId) => profileOf(log).dimensions.find((d) => d.dimension === dimension)?.score;

describe('profileOf, against figures worked out by hand', () => {
  // Path: tell=2 (of tell=2 / ask 1), direction+control (of detail 1 / direction 2), push (of push / pull).
  const log = play([1, 2, 0]);
  const profile = profileOf(log);

  it('scores each dimension as the mean of chosen weight over the largest weight on offer', () => {
    expect(score(log, 'tell-ask')).toBe(-1); // −2 / 2
    expect(score(log, 'control-empower')).toBe(-0.5); // decision 1: 0 / 1; decision 2: −1 / 1
    expect(score(log, 'detail-direction')).toBe(0.5); // decision 2: +1 / 2
    expect(score(log, 'push-pull')).toBe(-1); // −1 / 1
    expect(profile.dimensions.map((d) => d.decisions)).toEqual([2, 1, 1, 1]);
  });

  it('computes fit 1 − |S − R| / 3 per decision, the overall percentage and the direction of misses', () => {
    expect(profile.fit.decisions.map((d) => [d.decision, d.person, d.readiness, d.approach, d.direction])).toEqual([
      [1, 'Ana', 2, 'direct', 'over-directing'],
      [3, 'Ben', 4, 'direct', 'over-directing'],
    ]);
    expect(profile.fit.decisions[0]?.fit).toBeCloseTo(2 / 3);
    expect(profile.fit.decisions[1]?.fit).toBe(0);
    expect(profile.fit.percent).toBe(33);
    expect(profile.fit.overDirecting).toBe(2);
    expect(profile.fit.underDirecting).toBe(0);
  });

  it('picks the key moments: the worst fit misses first, with the best-fitting alternative, then both-pole decisions', () => {
    const moments = profile.keyMoments.map((m) => [m.kind, m.decision, m.dimension, m.chosen.text, m.alternative.text]);
    expect(moments).toEqual([
      ['fit-miss', 3, undefined, 'Join the call and offer a closing discount', 'Let him take the buyer back to their problem'],
      ['fit-miss', 1, undefined, 'Tell her exactly what to say', 'Ask what she thinks the buyer wants'],
      ['both-poles', 2, 'detail-direction', 'Sketch the direction, then set the checkpoints yourself', 'Fill in every line of the plan'],
    ]);
    expect(profile.keyMoments[0]?.situation).toBe('Ben, your most experienced rep, has a stalled deal.');
  });

  it('keeps the final meters and calls a dimension never met "not seen", not 0', () => {
    expect(profile.meters).toEqual({ trust: 35 });
    const empty = profileOf({ ...log, decisions: [] });
    expect(empty.dimensions.every((d) => d.score === undefined && d.decisions === 0)).toBe(true);
    expect(empty.fit.percent).toBeUndefined();
  });

  it('gives 100% fit to the path that matches approach to readiness', () => {
    const fitting = profileOf(play([0, 1, 1]));
    expect(fitting.fit.percent).toBe(100);
    expect(fitting.keyMoments.every((m) => m.kind === 'both-poles')).toBe(true);
  });
});

// ---- Property tests on generated logs -------------------------------------------------------

const APPROACHES: Approach[] = ['direct', 'coach', 'support', 'delegate'];
const LEVEL: Record<Approach, ReadinessLevel> = { direct: 1, coach: 2, support: 3, delegate: 4 };

interface GeneratedDecision {
  dimensions: DimensionId[];
  weights: number[];
  extraOptions: { dimension: DimensionId; side: 'manage' | 'lead'; weight: number }[];
  readiness: ReadinessLevel | undefined;
}

/** A decision with a pure-lead and a pure-manage option that carry the largest weight on every dimension it touches. */
const decisionArb: fc.Arbitrary<GeneratedDecision> = fc
  .record({
    dimensions: fc.uniqueArray(fc.constantFrom(...DIMENSIONS.map((d) => d.id)), { minLength: 1, maxLength: 3 }),
    weightSeed: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 3, maxLength: 3 }),
    extras: fc.array(fc.record({ d: fc.integer({ min: 0, max: 2 }), side: fc.constantFrom('manage' as const, 'lead' as const), w: fc.integer({ min: 1, max: 3 }) }), { maxLength: 2 }),
    readiness: fc.option(fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<ReadinessLevel>, { nil: undefined }),
  })
  .map(({ dimensions, weightSeed, extras, readiness }) => {
    const weights = dimensions.map((_, i) => weightSeed[i] ?? 1);
    return {
      dimensions,
      weights,
      // Extra options never outweigh the pure ones.
      extraOptions: extras.map((x) => {
        const i = x.d % dimensions.length;
        return { dimension: dimensions[i] as DimensionId, side: x.side, weight: Math.min(x.w, weights[i] ?? 1) };
      }),
      readiness,
    };
  });

function poleTag(dimension: DimensionId, side: 'manage' | 'lead', weight: number): string {
  const d = DIMENSIONS.find((x) => x.id === dimension);
  return `${side}:${side === 'manage' ? d?.manage : d?.lead}=${weight}`;
}

/** Build the log; `pick` says which option each decision takes: lead, manage, or an extra one. */
function logOf(decisions: GeneratedDecision[], pick: (d: GeneratedDecision, i: number) => number, approachFor?: (r: ReadinessLevel) => Approach): ChoiceLog {
  const records: DecisionRecord[] = decisions.map((d, i) => {
    const approach = (side: 'manage' | 'lead') => (d.readiness ? [`approach:${side === 'lead' ? 'delegate' : 'direct'}`] : []);
    const options = [
      { index: 0, text: 'lead', tags: [...d.dimensions.map((dim, k) => poleTag(dim, 'lead', d.weights[k] ?? 1)), ...approach('lead')] },
      { index: 1, text: 'manage', tags: [...d.dimensions.map((dim, k) => poleTag(dim, 'manage', d.weights[k] ?? 1)), ...approach('manage')] },
      ...d.extraOptions.map((x, k) => ({ index: 2 + k, text: `extra ${k}`, tags: [poleTag(x.dimension, x.side, x.weight)] })),
    ];
    if (approachFor && d.readiness) options.push({ index: options.length, text: 'fitting', tags: [poleTag(d.dimensions[0] as DimensionId, 'lead', 1), `approach:${approachFor(d.readiness)}`] });
    const chosen = approachFor && d.readiness ? options.length - 1 : pick(d, i);
    return {
      number: i + 1,
      situation: [{ text: `situation ${i + 1}` }],
      ...(d.readiness ? { readiness: { level: d.readiness } } : {}),
      prompts: [],
      options,
      chosen,
      offeredAt: '2026-01-01T00:00:00.000Z',
      decidedAt: '2026-01-01T00:00:01.000Z',
      msToDecide: 1000,
      metersBefore: {},
    };
  });
  return { schema: 1, app: { name: 'test', version: '0' }, storyId: 'generated', storyTitle: 'Generated', storyHash: '0', mode: 'solo', startedAt: '2026-01-01T00:00:00.000Z', decisions: records, meters: {} };
}

const decisionsArb = fc.array(decisionArb, { minLength: 1, maxLength: 12 });

describe('profileOf, properties', () => {
  it('keeps every score within −1 … +1, whatever is chosen', () => {
    fc.assert(
      fc.property(decisionsArb, fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), (decisions, picks) => {
        const log = logOf(decisions, (d, i) => (picks[i] ?? 0) % (2 + d.extraOptions.length));
        for (const { score } of profileOf(log).dimensions) {
          if (score !== undefined) expect(Math.abs(score)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('gives +1 on every dimension seen to a player who always takes the lead option, and −1 to one who always manages', () => {
    fc.assert(
      fc.property(decisionsArb, (decisions) => {
        const lead = profileOf(logOf(decisions, () => 0));
        const manage = profileOf(logOf(decisions, () => 1));
        for (const d of lead.dimensions) if (d.score !== undefined) expect(d.score).toBe(1);
        for (const d of manage.dimensions) if (d.score !== undefined) expect(d.score).toBe(-1);
        const seen = new Set(decisions.flatMap((d) => d.dimensions));
        expect(lead.dimensions.filter((d) => d.score !== undefined).map((d) => d.dimension).sort()).toEqual([...seen].sort());
      }),
    );
  });

  it('does not depend on the order of the decisions', () => {
    fc.assert(
      fc.property(decisionsArb, fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), fc.nat(), (decisions, picks, seed) => {
        const choose = (d: GeneratedDecision) => (picks[decisions.indexOf(d)] ?? 0) % (2 + d.extraOptions.length);
        const shuffled = [...decisions].sort((a, b) => ((decisions.indexOf(a) * 7919 + seed) % 13) - ((decisions.indexOf(b) * 7919 + seed) % 13));
        const a = profileOf(logOf(decisions, choose));
        const b = profileOf(logOf(shuffled, choose));
        a.dimensions.forEach((d, i) => {
          const other = b.dimensions[i]?.score;
          if (d.score === undefined) expect(other).toBeUndefined();
          else expect(other).toBeCloseTo(d.score, 12);
        });
        expect(b.fit.percent).toBe(a.fit.percent);
      }),
    );
  });

  it('gives 100% fit when the approach always matches the readiness', () => {
    fc.assert(
      fc.property(decisionsArb, (decisions) => {
        const profile = profileOf(logOf(decisions, () => 0, (readiness) => APPROACHES.find((a) => LEVEL[a] === readiness) as Approach));
        if (decisions.some((d) => d.readiness)) expect(profile.fit.percent).toBe(100);
        else expect(profile.fit.percent).toBeUndefined();
        expect(profile.fit.overDirecting + profile.fit.underDirecting).toBe(0);
      }),
    );
  });
});

describe('approach "none": doing the task yourself', () => {
  const record = (chosen: number): DecisionRecord => ({
    number: 1,
    situation: [{ text: 'Sam has a first meeting with a big prospect.' }],
    readiness: { level: 2, person: 'Sam' },
    prompts: [],
    options: [
      { index: 0, text: 'Plan it with Sam, step by step', tags: ['manage:control', 'approach:coach'] },
      { index: 1, text: 'Run the meeting yourself', tags: ['manage:control=2', 'approach:none'] },
    ],
    chosen,
    offeredAt: '2026-01-01T00:00:00.000Z',
    decidedAt: '2026-01-01T00:00:05.000Z',
    msToDecide: 5000,
    metersBefore: {},
  });
  const logOfRecords = (decisions: DecisionRecord[]): ChoiceLog => ({
    schema: 1, app: { name: 't', version: '1' }, storyId: 's', storyTitle: 'S', storyHash: 'h', mode: 'solo',
    startedAt: '2026-01-01T00:00:00.000Z', decisions, meters: {},
  });

  it('claims no fit for the decision, counts it as taken over, and still scores its poles', () => {
    const profile = profileOf(logOfRecords([record(1)]));
    expect(profile.fit.percent).toBeUndefined();
    expect(profile.fit.decisions).toEqual([]);
    expect(profile.fit.tookOver).toBe(1);
    expect(profile.dimensions.find((d) => d.dimension === 'control-empower')?.score).toBe(-1);
  });

  it('never offers doing it yourself as the better-fitting alternative of a miss', () => {
    const missed = { ...record(0), readiness: { level: 4 as const, person: 'Sam' } };
    const profile = profileOf(logOfRecords([missed]));
    expect(profile.fit.tookOver).toBe(0);
    expect(profile.keyMoments.filter((m) => m.kind === 'fit-miss').map((m) => m.alternative)).toEqual([]);
  });
});

