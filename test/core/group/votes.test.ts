import { describe, expect, it } from 'vitest';
import type { ChoiceLog, DecisionRecord } from '../../../src/core/log/choice-log.ts';
import { decideRoom, describeSplit, leaders, roomSplits, splitOf } from '../../../src/core/group/votes.ts';

describe('a room\'s votes', () => {
  it('finds the leading option, or the options tied for the lead', () => {
    expect(leaders([3, 7, 2])).toEqual([1]);
    expect(leaders([4, 4, 1])).toEqual([0, 1]);
    expect(leaders([0, 0])).toEqual([]);
  });

  it('takes the majority, asks the trainer on a tie, and records who decided', () => {
    expect(decideRoom([7, 5])).toEqual({ kind: 'ready', option: 0, votes: { tallies: [7, 5], decidedBy: 'majority' } });
    expect(decideRoom([4, 4, 1])).toEqual({ kind: 'tie', between: [0, 1] });
    expect(decideRoom([0, 0, 0])).toEqual({ kind: 'no-votes' });
    expect(decideRoom([4, 4, 1], 1)).toEqual({ kind: 'ready', option: 1, votes: { tallies: [4, 4, 1], decidedBy: 'trainer' } });
    // The trainer may also overrule a clear majority; the log says so.
    expect(decideRoom([9, 1], 1)).toEqual({ kind: 'ready', option: 1, votes: { tallies: [9, 1], decidedBy: 'trainer' } });
    expect(decideRoom([9, 1], 0)).toMatchObject({ votes: { decidedBy: 'majority' } });
  });

  it('measures how evenly the room split', () => {
    expect(splitOf([7, 5])).toBeCloseTo(5 / 7);
    expect(splitOf([12, 0, 0])).toBe(0);
    expect(splitOf([4, 4, 1])).toBe(1);
    expect(describeSplit([5, 0, 7])).toBe('7–5');
  });

  it('lists the decisions where the room split, most even first', () => {
    const record = (number: number, tallies?: number[]): DecisionRecord => ({
      number,
      situation: [],
      prompts: [],
      options: [],
      chosen: 0,
      offeredAt: '',
      decidedAt: '',
      msToDecide: 0,
      metersBefore: {},
      ...(tallies ? { votes: { tallies, decidedBy: 'majority' as const } } : {}),
    });
    const log = { decisions: [record(1, [10, 2]), record(2, [7, 5]), record(3, [6, 6]), record(4)] } as unknown as ChoiceLog;
    expect(roomSplits(log).map((d) => [d.record.number, d.label])).toEqual([
      [3, '6–6'],
      [2, '7–5'],
    ]);
  });
});
