import { describe, expect, it } from 'vitest';
import type { ChoiceLog } from '../../../src/core/log/choice-log.ts';
import {
  clampVotes,
  DEFAULT_DISCUSSION_MS,
  DiscussionTimer,
  formatClock,
  letterList,
  MAX_DISCUSSION_MS,
  MIN_DISCUSSION_MS,
  optionLetter,
  parseVotes,
  roomFactsOf,
  roomStatus,
} from '../../../src/presentation/group/facilitation.ts';

describe('option letters', () => {
  it('letters options A, B, C … and lists them in words', () => {
    expect([0, 1, 2, 25].map(optionLetter)).toEqual(['A', 'B', 'C', 'Z']);
    expect([26, 27, 51, 52].map(optionLetter)).toEqual(['AA', 'AB', 'AZ', 'BA']);
    expect(letterList([0])).toBe('A');
    expect(letterList([0, 2])).toBe('A and C');
    expect(letterList([0, 1, 3])).toBe('A, B and D');
  });
});

describe('vote counts', () => {
  it('keeps counts whole, from 0 to 999', () => {
    expect(clampVotes(7.8)).toBe(7);
    expect(clampVotes(-3)).toBe(0);
    expect(clampVotes(1200)).toBe(999);
    expect(clampVotes(Number.NaN)).toBe(0);
    expect(parseVotes('')).toBe(0);
    expect(parseVotes(' 12 ')).toBe(12);
    expect(parseVotes('abc')).toBe(0);
  });
});

describe('what the show of hands says', () => {
  it('asks for votes when there are none', () => {
    expect(roomStatus([0, 0, 0])).toEqual({ kind: 'no-votes', text: 'Count the hands for each option, then go on.' });
  });

  it('names the leading option and what confirming does, with the majority deciding', () => {
    expect(roomStatus([7, 5])).toEqual({
      kind: 'ready',
      option: 0,
      votes: { tallies: [7, 5], decidedBy: 'majority' },
      text: 'A leads with 7 of 12 votes.',
      confirm: 'Go with A',
    });
    expect(roomStatus([0, 1, 0])).toMatchObject({ kind: 'ready', option: 1, text: 'B leads with 1 of 1 vote.' });
  });

  it('hands a tie to the trainer', () => {
    expect(roomStatus([4, 1, 4])).toEqual({ kind: 'tie', between: [0, 2], text: 'A and C are tied on 4 votes each. Trainer, which way does the room go?' });
    expect(roomStatus([1, 1])).toMatchObject({ text: 'A and B are tied on 1 vote each. Trainer, which way does the room go?' });
  });
});

describe('the discussion timer', () => {
  it('shows whole seconds, rounded up', () => {
    expect(formatClock(DEFAULT_DISCUSSION_MS)).toBe('1:30');
    expect(formatClock(89_001)).toBe('1:30');
    expect(formatClock(89_000)).toBe('1:29');
    expect(formatClock(5_000)).toBe('0:05');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-20)).toBe('0:00');
    expect(formatClock(12 * 60_000)).toBe('12:00');
  });

  it('counts down only while running, and says when it runs out', () => {
    const timer = new DiscussionTimer();
    expect(timer.fresh).toBe(true);
    expect(timer.tick(1000)).toBe(false);
    expect(timer.remainingMs).toBe(90_000);
    timer.start();
    expect(timer.tick(30_000)).toBe(false);
    expect(timer.remainingMs).toBe(60_000);
    timer.toggle(); // pause
    timer.tick(10_000);
    expect(timer.remainingMs).toBe(60_000);
    expect(timer.fresh).toBe(false);
    timer.toggle(); // carry on
    expect(timer.tick(70_000)).toBe(true);
    expect(timer.finished).toBe(true);
    expect(timer.running).toBe(false);
    timer.start(); // a finished timer starts again from the top
    expect(timer.remainingMs).toBe(90_000);
    timer.reset();
    expect(timer.fresh).toBe(true);
  });

  it('is adjusted in steps of 15 seconds, within limits, and the time left moves with it', () => {
    const timer = new DiscussionTimer();
    timer.start();
    timer.tick(30_000);
    timer.adjust(15_000);
    expect(timer.durationMs).toBe(105_000);
    expect(timer.remainingMs).toBe(75_000);
    timer.adjust(-60_000);
    expect(timer.durationMs).toBe(45_000);
    expect(timer.remainingMs).toBe(15_000);
    timer.adjust(-60_000);
    expect(timer.durationMs).toBe(MIN_DISCUSSION_MS);
    expect(timer.remainingMs).toBe(0);
    expect(timer.running).toBe(false);
    expect(new DiscussionTimer(60 * 60_000).durationMs).toBe(MAX_DISCUSSION_MS);
    expect(new DiscussionTimer(50_000).durationMs).toBe(45_000);
  });
});

describe('the room’s facts line', () => {
  it('says what the room did and how long it took', () => {
    const log = { startedAt: '2026-01-01T10:00:00.000Z', endedAt: '2026-01-01T10:14:10.000Z', decisions: [{}, {}, {}] } as unknown as ChoiceLog;
    expect(roomFactsOf(log)).toBe('The room made 3 decisions in 14 minutes.');
  });
});
