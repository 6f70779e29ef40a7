/**
 * One decision as a learning system is told about it (a SCORM interaction, an xAPI statement): stable
 * ids for the decision and its options, the dimensions it touches and how far the choice moved each,
 * and its situational fit. Both the SCORM and the xAPI reporting read decisions through this.
 */
import type { DecisionRecord } from '../log/choice-log.ts';
import { reviewDecision } from '../patterns/decision-review.ts';
import { DIMENSIONS, type ApproachChoice, type DimensionId, type ReadinessLevel } from '../patterns/dimensions.ts';
import { signedWeight } from '../patterns/profile.ts';
import { maxOf } from '../arrays.ts';

export interface ReportedOption {
  /** The story's choice index. */
  readonly index: number;
  readonly text: string;
  /** The option's id within its decision, from ink's choice label (`c-2`): the same on every play-through. */
  readonly id: string;
  /** One character (0–9, a–z) for SCORM 1.2, whose choice responses are single characters. */
  readonly char: string;
}

export interface DecisionReport {
  readonly number: number;
  /** The decision's place in the story (`flags.0`), the same on every play-through; `decision-N` if unknown. */
  readonly key: string;
  /** The last line before the decision, to recognise it by. */
  readonly situation: string;
  readonly options: readonly ReportedOption[];
  readonly chosen: ReportedOption;
  /** The dimensions the options span (a pole on at least one of them). */
  readonly dimensions: readonly DimensionId[];
  /** For each of those: the chosen option's signed weight over the largest on offer, −1 … +1 (the score's own measure). */
  readonly deltas: Readonly<Partial<Record<DimensionId, number>>>;
  readonly readiness: { readonly level: ReadinessLevel; readonly person?: string } | undefined;
  /** The chosen option's approach; `none` claims no fit (doing the task yourself). */
  readonly approach: ApproachChoice | undefined;
  /** 0 … 1, when the decision declares readiness and the chosen option an approach. */
  readonly fit: number | undefined;
  readonly decidedAt: string;
  readonly msToDecide: number;
}

/**
 * `paths`: each option's ink path (StoryChoice.path), by story choice index, when known. Without
 * them the options are named by their index.
 */
export function reportDecision(record: DecisionRecord, paths: ReadonlyMap<number, string> = new Map()): DecisionReport {
  const review = reviewDecision(record);
  const options = record.options.map((option): ReportedOption => optionIds(option.index, option.text, paths.get(option.index)));
  const chosen = options.find((option) => option.index === record.chosen) ?? optionIds(record.chosen, '', undefined);
  const reviewed = review.options.find((option) => option.chosen);
  const dimensions: DimensionId[] = [];
  const deltas: Partial<Record<DimensionId, number>> = {};
  for (const { id } of DIMENSIONS) {
    const largest = maxOf(review.options.map((option) => Math.abs(signedWeight(option, id))), 0);
    if (largest === 0) continue;
    dimensions.push(id);
    deltas[id] = reviewed ? signedWeight(reviewed, id) / largest : 0;
  }
  const chosenPath = paths.get(record.chosen);
  return {
    number: record.number,
    key: chosenPath ? decisionKey(chosenPath) : `decision-${record.number}`,
    situation: record.situation.at(-1)?.text ?? '',
    options,
    chosen,
    dimensions,
    deltas,
    readiness: record.readiness,
    approach: reviewed?.approach,
    fit: reviewed?.fit,
    decidedAt: record.decidedAt,
    msToDecide: record.msToDecide,
  };
}

/** `flags.0.c-2` → `flags.0`: the decision's part of an option's path. */
function decisionKey(path: string): string {
  const cut = path.lastIndexOf('.');
  return cut > 0 ? path.slice(0, cut) : path;
}

function optionIds(index: number, text: string, path: string | undefined): ReportedOption {
  const label = path ? path.slice(path.lastIndexOf('.') + 1) : undefined;
  const labelNumber = label && /^c-(\d+)$/.test(label) ? Number(label.slice(2)) : undefined;
  const id = label && /^[\w-]+$/.test(label) ? label : `c-${index}`;
  const number = labelNumber !== undefined && labelNumber < 36 ? labelNumber : index;
  return { index, text, id, char: number < 36 ? number.toString(36) : 'z' };
}
