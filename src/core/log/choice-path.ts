/**
 * A play-through as the list of its choices (with the option-order seed and the times): what
 * src/core/replay.ts plays again, and what an LMS keeps between launches. Kept apart from the replay
 * itself, which needs the story runtime, so that code which only stores paths does not load it.
 */
import type { ChoiceLog, VoteRecord } from './choice-log.ts';

/** When one decision was put on screen and when it was taken, in ms since the epoch. */
export interface DecisionTimes {
  readonly offeredAt: number;
  readonly decidedAt: number;
}

/** A play-through as the list of its choices: enough to play it again. */
export interface ChoicePath {
  /** The story's choice index taken at each decision, in order (DecisionRecord.chosen). */
  readonly choices: readonly number[];
  /** The seed of the shuffled option order (ChoiceLog.shuffleSeed); absent = the authored order. */
  readonly shuffleSeed?: number;
  /** When the play-through started and each decision's times; absent, the replay's own clock is used. */
  readonly times?: { readonly startedAt: number; readonly decisions: readonly DecisionTimes[] };
  /** The room's votes at each decision, in group mode (undefined where there were none). */
  readonly votes?: readonly (VoteRecord | undefined)[];
}

/** The choice path of a log (or of its first `decisions` decisions). */
export function pathOf(log: ChoiceLog, decisions = log.decisions.length): ChoicePath {
  const taken = log.decisions.slice(0, Math.max(0, decisions));
  const votes = taken.map((decision) => decision.votes);
  return {
    choices: taken.map((decision) => decision.chosen),
    ...(log.shuffleSeed === undefined ? {} : { shuffleSeed: log.shuffleSeed }),
    times: {
      startedAt: Date.parse(log.startedAt),
      decisions: taken.map((decision) => ({ offeredAt: Date.parse(decision.offeredAt), decidedAt: Date.parse(decision.decidedAt) })),
    },
    ...(votes.some((vote) => vote !== undefined) ? { votes } : {}),
  };
}

