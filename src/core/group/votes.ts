/**
 * A room's show of hands: who leads, whether it is a tie, and how the decision was made.
 * Pure, so the group screen, the log and the group reveal all agree.
 */
import type { ChoiceLog, DecisionRecord, VoteRecord } from '../log/choice-log.ts';
import { maxOf } from '../arrays.ts';

/** The most votes any one option got; 0 when nobody has voted. */
export function topCount(tallies: readonly number[]): number {
  return maxOf(tallies, 0);
}

/** Indexes (into the tallies) of the options with the most votes; empty when nobody has voted. */
export function leaders(tallies: readonly number[]): number[] {
  const top = topCount(tallies);
  if (top === 0) return [];
  return tallies.flatMap((count, i) => (count === top ? [i] : []));
}

export type RoomDecision =
  | { readonly kind: 'ready'; readonly option: number; readonly votes: VoteRecord }
  /** Two or more options share the most votes: the trainer picks one of them. */
  | { readonly kind: 'tie'; readonly between: readonly number[] }
  | { readonly kind: 'no-votes' };

/**
 * What confirming would do: take the majority, or — on a tie, or when the trainer overrides — the
 * trainer's pick. `trainerPick` is an index into the tallies.
 */
export function decideRoom(tallies: readonly number[], trainerPick?: number): RoomDecision {
  const top = leaders(tallies);
  if (trainerPick !== undefined && trainerPick >= 0 && trainerPick < tallies.length) {
    const decidedBy = top.length === 1 && top[0] === trainerPick ? 'majority' : 'trainer';
    return { kind: 'ready', option: trainerPick, votes: { tallies: [...tallies], decidedBy } };
  }
  if (top.length === 0) return { kind: 'no-votes' };
  if (top.length > 1) return { kind: 'tie', between: top };
  return { kind: 'ready', option: top[0] as number, votes: { tallies: [...tallies], decidedBy: 'majority' } };
}

/** How evenly a room split, 0 (everyone agreed) to 1 (the two biggest camps were equal). */
export function splitOf(tallies: readonly number[]): number {
  const [first = 0, second = 0] = [...tallies].sort((a, b) => b - a);
  return first === 0 ? 0 : second / first;
}

/** "7–5" or "4–4–3": the camps, biggest first, ignoring options nobody chose. */
export function describeSplit(tallies: readonly number[]): string {
  return [...tallies].filter((n) => n > 0).sort((a, b) => b - a).join('–');
}

export interface SplitDecision {
  readonly record: DecisionRecord;
  readonly split: number;
  readonly label: string;
}

/** The decisions where a room divided, most even first: discussion starters for the group reveal. */
export function roomSplits(log: ChoiceLog, threshold = 0.5): SplitDecision[] {
  return log.decisions
    .flatMap((record) => (record.votes ? [{ record, split: splitOf(record.votes.tallies), label: describeSplit(record.votes.tallies) }] : []))
    .filter((d) => d.split >= threshold)
    .sort((a, b) => b.split - a.split || a.record.number - b.record.number);
}
