/**
 * One logged decision made ready for review: each option with its poles, approach and fit, the one
 * chosen marked. Used by the debrief screen and the exports.
 */
import type { DecisionRecord, LoggedLine } from '../log/choice-log.ts';
import { filterTags, findTag, parseTags, type ChoiceTag } from '../story/tags.ts';
import type { Approach, DimensionId, ReadinessLevel, Side } from './dimensions.ts';
import { fitOf, type FitDirection } from './profile.ts';

export interface ReviewedOption {
  readonly index: number;
  readonly text: string;
  readonly chosen: boolean;
  readonly poles: readonly { readonly side: Side; readonly pole: string; readonly dimension: DimensionId; readonly weight: number }[];
  readonly approach: Approach | undefined;
  /** Fit to the declared readiness (0–1), when the decision declares one and the option an approach. */
  readonly fit: number | undefined;
  readonly direction: FitDirection | undefined;
  /** Debrief prompts about this option. */
  readonly prompts: readonly string[];
}

export interface ReviewedDecision {
  readonly number: number;
  readonly situation: readonly LoggedLine[];
  readonly readiness: { readonly level: ReadinessLevel; readonly person?: string } | undefined;
  readonly prompts: readonly string[];
  readonly options: readonly ReviewedOption[];
  readonly msToDecide: number;
}

export function reviewDecision(record: DecisionRecord): ReviewedDecision {
  return {
    number: record.number,
    situation: record.situation,
    readiness: record.readiness,
    prompts: record.prompts,
    msToDecide: record.msToDecide,
    options: record.options.map((option) => {
      const { tags } = parseTags(option.tags, 'choice', `decision ${record.number}`);
      const approach = findTag<ChoiceTag, 'approach'>(tags, 'approach')?.approach;
      const fit = record.readiness && approach ? fitOf(record.readiness.level, approach) : undefined;
      return {
        index: option.index,
        text: option.text,
        chosen: option.index === record.chosen,
        poles: filterTags<ChoiceTag, 'pattern'>(tags, 'pattern').map(({ side, pole, dimension, weight }) => ({ side, pole, dimension, weight })),
        approach,
        fit: fit?.fit,
        direction: fit?.direction,
        prompts: filterTags<ChoiceTag, 'debrief'>(tags, 'debrief').map((tag) => tag.prompt),
      };
    }),
  };
}
