/**
 * One logged decision made ready for review: each option with its poles, approach and fit, the one
 * chosen marked. Used by the debrief screen and the exports.
 */
import type { DecisionRecord, LoggedLine, VoteRecord } from '../log/choice-log.ts';
import { filterTags, findTag, parseTags, type ChoiceTag } from '../story/tags.ts';
import { shownPosition } from '../option-order.ts';
import { situationalApproach, type ApproachChoice, type DimensionId, type Pole, type ReadinessLevel, type Side } from './dimensions.ts';
import { POLE_NAMES } from './readings.ts';
import { fitOf, type FitDirection } from './profile.ts';

export interface ReviewedOption {
  readonly index: number;
  /** Where the player saw it: 0 for the first place on screen (see option-order.ts). */
  readonly shown: number;
  readonly text: string;
  readonly chosen: boolean;
  readonly poles: readonly { readonly side: Side; readonly pole: string; readonly dimension: DimensionId; readonly weight: number }[];
  readonly approach: ApproachChoice | undefined;
  /** Fit to the declared readiness (0–1), when the decision declares one and the option an approach other than `none`. */
  readonly fit: number | undefined;
  readonly direction: FitDirection | undefined;
  /** Debrief prompts about this option. */
  readonly prompts: readonly string[];
  /** Hands raised for this option, in group mode. */
  readonly votes: number | undefined;
}

export interface ReviewedDecision {
  readonly number: number;
  readonly situation: readonly LoggedLine[];
  readonly readiness: { readonly level: ReadinessLevel; readonly person?: string } | undefined;
  readonly prompts: readonly string[];
  /** In the story's order, as the log keeps them (`shownOptions` gives the order the player saw). */
  readonly options: readonly ReviewedOption[];
  readonly msToDecide: number;
  /** How the room voted, in group mode. */
  readonly votes: VoteRecord | undefined;
}

export function reviewDecision(record: DecisionRecord): ReviewedDecision {
  return {
    number: record.number,
    situation: record.situation,
    readiness: record.readiness,
    prompts: record.prompts,
    msToDecide: record.msToDecide,
    votes: record.votes,
    options: record.options.map((option, position) => {
      const { tags } = parseTags(option.tags, 'choice', `decision ${record.number}`);
      const approach = findTag<ChoiceTag, 'approach'>(tags, 'approach')?.approach;
      const situational = situationalApproach(approach);
      const fit = record.readiness && situational ? fitOf(record.readiness.level, situational) : undefined;
      return {
        index: option.index,
        shown: shownPosition(record, option.index),
        text: option.text,
        chosen: option.index === record.chosen,
        poles: filterTags<ChoiceTag, 'pattern'>(tags, 'pattern').map(({ side, pole, dimension, weight }) => ({ side, pole, dimension, weight })),
        approach,
        fit: fit?.fit,
        direction: fit?.direction,
        prompts: filterTags<ChoiceTag, 'debrief'>(tags, 'debrief').map((tag) => tag.prompt),
        votes: record.votes?.tallies[position],
      };
    }),
  };
}

/** The options in the order the player saw them (the debrief and the report show them so). */
export function shownOptions(decision: ReviewedDecision): ReviewedOption[] {
  return [...decision.options].sort((a, b) => a.shown - b.shown);
}

/** "Manage · Control ×2": how the debrief, the spreadsheet and the report name a pole an option carries. */
export function poleLabel(pole: { readonly side: Side; readonly pole: string; readonly weight: number }): string {
  return `${pole.side === 'lead' ? 'Lead' : 'Manage'} · ${POLE_NAMES[pole.pole as Pole] ?? pole.pole}${pole.weight > 1 ? ` ×${pole.weight}` : ''}`;
}

/** "7 votes", "1 vote". */
export function votesLabel(count: number): string {
  return `${count} ${count === 1 ? 'vote' : 'votes'}`;
}

/** Who took a decision in group mode, in words. */
export const DECIDED_BY_LABELS = {
  majority: 'The room’s vote decided',
  trainer: 'The trainer decided',
} as const;

/** Each option's share of the votes, 0–1 (all 0 when nobody voted). */
export function voteShares(tallies: readonly number[]): number[] {
  const total = tallies.reduce((a, b) => a + b, 0);
  return tallies.map((n) => (total === 0 ? 0 : n / total));
}
