import { describe, expect, it } from 'vitest';
import type { DimensionId } from '../../../src/core/patterns/dimensions.ts';
import { fitLineOf, headlineOf, interpret, positionOf } from '../../../src/core/patterns/interpret.ts';
import type { Profile } from '../../../src/core/patterns/profile.ts';
import * as readings from '../../../src/core/patterns/readings.ts';

function profile(scores: Partial<Record<DimensionId, number>>, fit: Partial<Profile['fit']> = {}): Profile {
  return {
    storyId: 'x',
    decisions: 5,
    dimensions: (['control-empower', 'detail-direction', 'tell-ask', 'push-pull'] as DimensionId[]).map((dimension) => ({
      dimension,
      score: scores[dimension],
      decisions: scores[dimension] === undefined ? 0 : 2,
    })),
    fit: { percent: undefined, decisions: [], overDirecting: 0, underDirecting: 0, tookOver: 0, ...fit },
    keyMoments: [],
    meters: {},
  };
}

describe('interpret', () => {
  it('places scores in five positions', () => {
    expect([-1, -0.6, -0.59, -0.2, 0, 0.19, 0.2, 0.6, 1].map(positionOf)).toEqual([
      'strong-manage', 'lean-manage', 'lean-manage', 'balanced', 'balanced', 'balanced', 'lean-lead', 'strong-lead', 'strong-lead',
    ]);
  });

  it('names the pattern from the two most marked dimensions, without judging it', () => {
    expect(headlineOf(profile({ 'control-empower': -0.8, 'tell-ask': 0.5 }))).toBe('A hands-on all-rounder who coaches');
    expect(headlineOf(profile({ 'control-empower': -0.8, 'tell-ask': -0.5 }))).toBe('A hands-on manager who gives clear instructions');
    expect(headlineOf(profile({ 'push-pull': 1, 'detail-direction': 0.3 }))).toBe('A buyer-minded leader who keeps the destination in view');
    expect(headlineOf(profile({ 'control-empower': 0.1 }))).toBe(readings.HEADLINE_ALL_BALANCED);
    expect(headlineOf({ ...profile({}), decisions: 0 })).toBe(readings.HEADLINE_NONE);
  });

  it('says plainly when decisions were made but none was tagged on any dimension (a story of the player\'s own)', () => {
    expect(headlineOf(profile({}))).toBe('No pattern to show: this story has no manage or lead tags');
  });

  it('describes fit with its figure and the direction of the misses', () => {
    expect(fitLineOf(profile({}))).toBe(readings.FIT_LINES.none);
    expect(fitLineOf(profile({}, { percent: 100 }))).toContain('100%');
    expect(fitLineOf(profile({}, { percent: 67, overDirecting: 2, underDirecting: 1 }))).toBe(
      'Your approach fitted the person in front of you 67% of the time. Where it missed, you mostly stepped in more than the person needed.',
    );
    expect(fitLineOf(profile({}, { percent: 50, underDirecting: 2 }))).toContain('less help than they needed');
  });

  it('gives each dimension its reading, and "not seen" where the story never asked', () => {
    const result = interpret(profile({ 'control-empower': 0.7 }));
    expect(result.readings[0]).toMatchObject({ name: 'Control or empower', label: 'mostly leading', reading: readings.READINGS['control-empower']['strong-lead'] });
    expect(result.readings[1]).toMatchObject({ score: undefined, label: 'not seen', reading: readings.NOT_SEEN });
  });

  it('has a reading for every dimension and position, none of them a verdict', () => {
    for (const byPosition of Object.values(readings.READINGS)) {
      for (const text of Object.values(byPosition)) {
        expect(text.length).toBeGreaterThan(40);
        expect(text).not.toMatch(/\b(correct|incorrect|wrong|right answer|bad|good job|mistake)\b/i);
      }
    }
  });
});
