/**
 * Running a decision with a room: option letters, the discussion timer, what the show of hands
 * means so far. Pure (no DOM, no Phaser), so it is tested in Node and the screen only draws it.
 */
import { decideRoom } from '../../core/group/votes.ts';
import type { ChoiceLog, VoteRecord } from '../../core/log/choice-log.ts';
import { describeDuration } from '../../core/log/facts.ts';

/** "A" for the first option, "B" for the second … "Z", then "AA", "AB" … (no story has that many). */
export function optionLetter(index: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const whole = Math.max(0, Math.floor(index));
  const last = letters[whole % 26] as string;
  return whole < 26 ? last : `${optionLetter(Math.floor(whole / 26) - 1)}${last}`;
}

/** "A", "A and B", "A, B and C". */
export function letterList(indexes: readonly number[]): string {
  const letters = indexes.map(optionLetter);
  if (letters.length <= 1) return letters.join('');
  return `${letters.slice(0, -1).join(', ')} and ${letters.at(-1)}`;
}

/** The most hands anyone will count in one room; more is a typing slip. */
export const MAX_VOTES = 999;

/** A count typed or stepped into a vote box, made a whole number from 0 to MAX_VOTES. */
export function clampVotes(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(MAX_VOTES, Math.max(0, Math.trunc(value)));
}

/** What a vote box holds, as a count: empty or nonsense is 0. */
export function parseVotes(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : clampVotes(Number(trimmed));
}

/** What the trainer sees under the options, and what confirming would do. */
export type RoomStatus =
  | { readonly kind: 'no-votes'; readonly text: string }
  | { readonly kind: 'ready'; readonly option: number; readonly votes: VoteRecord; readonly text: string; readonly confirm: string }
  | { readonly kind: 'tie'; readonly between: readonly number[]; readonly text: string };

export function roomStatus(tallies: readonly number[]): RoomStatus {
  const decision = decideRoom(tallies);
  const total = tallies.reduce((sum, n) => sum + n, 0);
  switch (decision.kind) {
    case 'no-votes':
      return { kind: 'no-votes', text: 'Count the hands for each option, then go on.' };
    case 'tie': {
      const count = tallies[decision.between[0] as number] ?? 0;
      return {
        kind: 'tie',
        between: decision.between,
        text: `${letterList(decision.between)} are tied on ${hands(count)} each. Trainer, which way does the room go?`,
      };
    }
    case 'ready': {
      const letter = optionLetter(decision.option);
      return {
        kind: 'ready',
        option: decision.option,
        votes: decision.votes,
        text: `${letter} leads with ${tallies[decision.option] ?? 0} of ${hands(total)}.`,
        confirm: `Go with ${letter}`,
      };
    }
  }
}

function hands(count: number): string {
  return `${count} ${count === 1 ? 'vote' : 'votes'}`;
}

/** The discussion timer's default, its step, and its limits. */
export const DEFAULT_DISCUSSION_MS = 90_000;
export const TIMER_STEP_MS = 15_000;
export const MIN_DISCUSSION_MS = 15_000;
export const MAX_DISCUSSION_MS = 20 * 60_000;

/** "1:30", "0:05", "12:00": whole seconds, rounded up, so "0:00" means the time is really up. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * A countdown for the room's discussion. It keeps no clock of its own: whoever owns it calls `tick`
 * with the time that passed (the play scene, at each frame), so it is easy to test and
 * stops when its owner does.
 */
export class DiscussionTimer {
  private duration: number;
  private remaining: number;
  private isRunning = false;

  constructor(durationMs = DEFAULT_DISCUSSION_MS) {
    this.duration = clampDuration(durationMs);
    this.remaining = this.duration;
  }

  get durationMs(): number {
    return this.duration;
  }

  get remainingMs(): number {
    return this.remaining;
  }

  get running(): boolean {
    return this.isRunning;
  }

  get finished(): boolean {
    return this.remaining <= 0;
  }

  /** Neither started nor changed since the last reset. */
  get fresh(): boolean {
    return !this.isRunning && this.remaining === this.duration;
  }

  /** Start, or carry on after a pause; a finished timer starts again from the top. */
  start(): void {
    if (this.finished) this.remaining = this.duration;
    this.isRunning = true;
  }

  pause(): void {
    this.isRunning = false;
  }

  toggle(): void {
    if (this.isRunning) this.pause();
    else this.start();
  }

  /** Back to the full time, stopped. */
  reset(): void {
    this.isRunning = false;
    this.remaining = this.duration;
  }

  /** Longer or shorter by `deltaMs`, now and for the next decisions; the time left moves with it. */
  adjust(deltaMs: number): void {
    const next = clampDuration(this.duration + deltaMs);
    const change = next - this.duration;
    this.duration = next;
    this.remaining = Math.max(0, Math.min(next, this.remaining + change));
    if (this.remaining === 0) this.isRunning = false;
  }

  /** Let `elapsedMs` pass; true when this tick ran the time out. */
  tick(elapsedMs: number): boolean {
    if (!this.isRunning || elapsedMs <= 0) return false;
    this.remaining = Math.max(0, this.remaining - elapsedMs);
    if (this.remaining > 0) return false;
    this.isRunning = false;
    return true;
  }
}

function clampDuration(ms: number): number {
  const stepped = Math.round(ms / TIMER_STEP_MS) * TIMER_STEP_MS;
  return Math.min(MAX_DISCUSSION_MS, Math.max(MIN_DISCUSSION_MS, stepped));
}

/** "The room made 6 decisions in 14 minutes.": the reveal's facts line, for a group's log. */
export function roomFactsOf(log: ChoiceLog, now: number = Date.now()): string {
  const count = log.decisions.length;
  return `The room made ${count} ${count === 1 ? 'decision' : 'decisions'} in ${describeDuration(log, now)}.`;
}
