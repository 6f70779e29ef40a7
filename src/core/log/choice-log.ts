/**
 * The choice log: an append-only record of one play-through. Scores, profiles and debriefs are
 * computed from it and never stored beside it, so the log is the single source of truth.
 */
import type { ReadinessLevel } from '../patterns/dimensions.ts';

export const CHOICE_LOG_SCHEMA = 1;

export type PlayMode = 'solo' | 'group';

export interface LoggedLine {
  readonly speaker?: string;
  readonly text: string;
}

export interface LoggedOption {
  readonly index: number;
  readonly text: string;
  /** The choice's tags as the author wrote them (parse with core/story/tags to read them). */
  readonly tags: readonly string[];
}

/** How a room voted on a decision in group mode. */
export interface VoteRecord {
  /** Hands counted for each option, in the story's order (as `options`), whatever order they were shown in. */
  readonly tallies: readonly number[];
  /** Whether the option with the most votes was taken, or the trainer picked (a tie, or their call). */
  readonly decidedBy: 'majority' | 'trainer';
}

export interface DecisionRecord {
  /** 1 for the first decision of the play-through. */
  readonly number: number;
  /** The lines the player read since the previous decision. */
  readonly situation: readonly LoggedLine[];
  /** The readiness the story declared for the person this decision is about, if any. */
  readonly readiness?: { readonly level: ReadinessLevel; readonly person?: string };
  /** Decision-level debrief prompts (never shown during play). */
  readonly prompts: readonly string[];
  /** The options in the story's order. */
  readonly options: readonly LoggedOption[];
  /** The story index of the option taken (not its place on screen: see `shownOrder`). */
  readonly chosen: number;
  /**
   * The options' story indices in the order the player saw them (src/core/option-order.ts); absent when
   * they were shown in the story's order (old logs, the authored-order setting).
   */
  readonly shownOrder?: readonly number[];
  /** ISO 8601 times: when the options appeared and when one was taken. */
  readonly offeredAt: string;
  readonly decidedAt: string;
  readonly msToDecide: number;
  /** Meter values when the decision was offered, and once its consequences had played out. */
  readonly metersBefore: Readonly<Record<string, number>>;
  readonly metersAfter?: Readonly<Record<string, number>>;
  /** The room's votes, in group mode. */
  readonly votes?: VoteRecord;
}

/**
 * What a replay ("play from here" in the debrief) started from: the original play-through, so a
 * trainer can tell the two apart and the replay's reveal can compare them. The original is never
 * changed; the replay is a play-through of its own.
 */
export interface ReplayOrigin {
  /** When the original started, and who played it: how a trainer finds it among the logs. */
  readonly startedAt: string;
  readonly alias?: string;
  /** The decision the replay takes over at, 1-based: the decisions before it are the original's. */
  readonly fromDecision: number;
  /** The original's choices (story indices), every one, to compare the two paths. */
  readonly choices: readonly number[];
  /** The original's ending, when it reached one. */
  readonly ending?: string;
  /** The original's fit percentage, when it has one. */
  readonly fitPercent?: number;
}

export interface ChoiceLog {
  readonly schema: typeof CHOICE_LOG_SCHEMA;
  /** The program that wrote the log. */
  readonly app: { readonly name: string; readonly version: string };
  readonly storyId: string;
  readonly storyTitle: string;
  /** A hash of the compiled story, so a log is never read against a different version of it. */
  readonly storyHash: string;
  readonly mode: PlayMode;
  /** The name the player or the group gave, if any. */
  readonly alias?: string;
  /**
   * The seed each decision's shown order is drawn from (src/core/option-order.ts); absent when every
   * decision was shown in the story's order (old logs, the authored-order setting).
   */
  readonly shuffleSeed?: number;
  /** Set when this play-through is a replay of another from one of its decisions. */
  readonly replayOf?: ReplayOrigin;
  readonly startedAt: string;
  readonly endedAt?: string;
  /** The `ending` tag of the ending reached, when the story marks it. */
  readonly ending?: string;
  readonly decisions: readonly DecisionRecord[];
  /** Meter values at the end (or now, for a play-through still going). */
  readonly meters: Readonly<Record<string, number>>;
}
