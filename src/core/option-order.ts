/**
 * The order a decision's options are shown in. A room that votes learns fast when the hands-on option
 * is always A, so each play-through shows every decision's options shuffled, from a seed kept in its
 * log (and so in its save: a reload shows the same order). The log keeps the options in the story's
 * order and `chosen` as the story's index; `shownOrder` says what the player saw. Pure and
 * deterministic: the same seed, decision number and option count always give the same order.
 */
import type { DecisionRecord } from './log/choice-log.ts';
import { seededRandom } from './seeded-random.ts';

/** A new play-through's seed: a whole number from 0 to 2³² − 1. */
export function newShuffleSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 4294967296) >>> 0;
}

/**
 * The story's choice indices 0 … count − 1 in the order decision `decision` (1 for the first) shows
 * them, under `seed`. Fisher–Yates over a generator seeded from both, so decisions differ from each
 * other and one decision's order never depends on how many were before it in the generator's stream.
 */
export function shuffledOrder(seed: number, decision: number, count: number): number[] {
  const order = Array.from({ length: Math.max(0, count) }, (_, i) => i);
  const random = seededRandom((seed ^ Math.imul(decision + 1, 0x9e3779b1)) >>> 0);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/** The story's choice indices of `record`'s options in the order the player saw them (the story's order for old logs). */
export function shownOrderOf(record: Pick<DecisionRecord, 'options' | 'shownOrder'>): number[] {
  return record.shownOrder ? [...record.shownOrder] : record.options.map((option) => option.index);
}

/** Where the option with story index `index` was shown: 0 for the first place on screen, −1 if it was not offered. */
export function shownPosition(record: Pick<DecisionRecord, 'options' | 'shownOrder'>, index: number): number {
  return shownOrderOf(record).indexOf(index);
}

/**
 * `record`'s options (or anything kept in the options' order, such as vote tallies) in the order the
 * player saw them, each with its place in the story's order.
 */
export function inShownOrder<T>(record: Pick<DecisionRecord, 'options' | 'shownOrder'>, items: readonly T[]): { item: T; storyPosition: number }[] {
  return shownOrderOf(record).flatMap((index) => {
    const storyPosition = record.options.findIndex((option) => option.index === index);
    const item = items[storyPosition];
    return storyPosition < 0 || item === undefined ? [] : [{ item, storyPosition }];
  });
}

/**
 * Counts taken in the order shown (a room's votes, entered row by row) put back in the story's order:
 * `shown` is the story index of each row; the result has one count per story index 0 … n − 1.
 */
export function toStoryOrder(shown: readonly number[], counts: readonly number[]): number[] {
  const result = Array<number>(shown.length).fill(0);
  shown.forEach((index, row) => {
    if (index >= 0 && index < result.length) result[index] = counts[row] ?? 0;
  });
  return result;
}

/** Whether `order` is a rearrangement of `indices` (every one once, nothing else). */
export function isRearrangementOf(order: readonly number[], indices: readonly number[]): boolean {
  if (order.length !== indices.length) return false;
  const sorted = (list: readonly number[]) => [...list].sort((a, b) => a - b).join(',');
  return sorted(order) === sorted(indices);
}
