/**
 * The pattern model of DESIGN §2, computed from a choice log: a score per dimension, situational fit,
 * and the key moments. Always recomputed from the log, never stored beside it.
 */
import type { ChoiceLog, DecisionRecord } from '../log/choice-log.ts';
import { recordOf } from '../names.ts';
import { filterTags, findTag, parseTags, type ChoiceTag } from '../story/tags.ts';
import { APPROACH_LEVEL, DIMENSIONS, situationalApproach, type Approach, type ApproachChoice, type DimensionId, type ReadinessLevel, type Side } from './dimensions.ts';
import { maxOf } from '../arrays.ts';

export interface DimensionScore {
  readonly dimension: DimensionId;
  /** −1 (all manage) … +1 (all lead); undefined when no decision touched this dimension ("not seen"). */
  readonly score: number | undefined;
  /** How many decisions offered a pole on this dimension. */
  readonly decisions: number;
}

export type FitDirection = 'over-directing' | 'under-directing';

export interface DecisionFit {
  readonly decision: number;
  readonly person: string | undefined;
  readonly readiness: ReadinessLevel;
  readonly approach: Approach;
  /** 1 − |S − R| / 3: 1 is a perfect fit, 0 the furthest miss. */
  readonly fit: number;
  readonly direction: FitDirection | undefined;
}

export interface FitSummary {
  /** Mean fit as a whole percentage, or undefined when no decision declared readiness. */
  readonly percent: number | undefined;
  readonly decisions: readonly DecisionFit[];
  readonly overDirecting: number;
  readonly underDirecting: number;
  /**
   * Decisions about a person where you did the task yourself (`#approach:none`): no fit is claimed for
   * them, so they are left out of `percent` and counted here instead.
   */
  readonly tookOver: number;
}

export interface OptionSummary {
  readonly index: number;
  readonly text: string;
  readonly poles: readonly { side: Side; pole: string; dimension: DimensionId; weight: number }[];
  readonly approach: ApproachChoice | undefined;
}

export interface KeyMoment {
  readonly decision: number;
  readonly kind: 'both-poles' | 'fit-miss';
  /** For both-poles moments, the dimension the options spanned. */
  readonly dimension: DimensionId | undefined;
  /** The last thing said before the decision, to place it. */
  readonly situation: string;
  readonly chosen: OptionSummary;
  /** The option at the other pole, or the best-fitting one for a fit miss. */
  readonly alternative: OptionSummary;
  readonly fit: DecisionFit | undefined;
}

export interface Profile {
  readonly storyId: string;
  readonly decisions: number;
  readonly dimensions: readonly DimensionScore[];
  readonly fit: FitSummary;
  /** Every key moment, most telling first; a screen shows the first two or three. */
  readonly keyMoments: readonly KeyMoment[];
  readonly meters: Readonly<Record<string, number>>;
}

interface ReadDecision {
  readonly record: DecisionRecord;
  readonly options: readonly (OptionSummary & { readonly tags: readonly ChoiceTag[] })[];
  readonly chosen: (OptionSummary & { readonly tags: readonly ChoiceTag[] }) | undefined;
}

function readDecision(record: DecisionRecord): ReadDecision {
  const options = record.options.map((option) => {
    const { tags } = parseTags(option.tags, 'choice', `decision ${record.number}`);
    const poles = filterTags<ChoiceTag, 'pattern'>(tags, 'pattern').map(({ side, pole, dimension, weight }) => ({ side, pole, dimension, weight }));
    return { index: option.index, text: option.text, poles, approach: findTag<ChoiceTag, 'approach'>(tags, 'approach')?.approach, tags };
  });
  return { record, options, chosen: options.find((option) => option.index === record.chosen) };
}

/** The signed weight of an option on a dimension: manage poles count negative, lead poles positive. */
export function signedWeight(option: Pick<OptionSummary, 'poles'>, dimension: DimensionId): number {
  return option.poles
    .filter((pole) => pole.dimension === dimension)
    .reduce((sum, pole) => sum + (pole.side === 'lead' ? pole.weight : -pole.weight), 0);
}

function scoreDimension(decisions: readonly ReadDecision[], dimension: DimensionId): DimensionScore {
  const scores: number[] = [];
  for (const decision of decisions) {
    const largest = maxOf(decision.options.map((option) => Math.abs(signedWeight(option, dimension))), 0);
    if (largest === 0 || !decision.chosen) continue;
    scores.push(signedWeight(decision.chosen, dimension) / largest);
  }
  const score = scores.length === 0 ? undefined : clampUnit(scores.reduce((a, b) => a + b, 0) / scores.length);
  return { dimension, score, decisions: scores.length };
}

/** Fit of an approach to a readiness: 1 − |S − R| / 3, with the direction of a miss. */
export function fitOf(readiness: ReadinessLevel, approach: Approach): { fit: number; direction: FitDirection | undefined } {
  const s = APPROACH_LEVEL[approach];
  const fit = 1 - Math.abs(s - readiness) / 3;
  return { fit, direction: s < readiness ? 'over-directing' : s > readiness ? 'under-directing' : undefined };
}

function decisionFit(decision: ReadDecision): DecisionFit | undefined {
  const readiness = decision.record.readiness;
  const approach = situationalApproach(decision.chosen?.approach);
  if (!readiness || !approach) return undefined;
  return { decision: decision.record.number, person: readiness.person, readiness: readiness.level, approach, ...fitOf(readiness.level, approach) };
}

function summariseFit(fits: readonly DecisionFit[], tookOver: number): FitSummary {
  const mean = fits.length === 0 ? undefined : fits.reduce((sum, f) => sum + f.fit, 0) / fits.length;
  return {
    percent: mean === undefined ? undefined : Math.round(mean * 100),
    decisions: fits,
    overDirecting: fits.filter((f) => f.direction === 'over-directing').length,
    underDirecting: fits.filter((f) => f.direction === 'under-directing').length,
    tookOver,
  };
}

const plain = ({ tags: _tags, ...option }: OptionSummary & { tags: readonly ChoiceTag[] }): OptionSummary => option;

function situationOf(record: DecisionRecord): string {
  return record.situation.at(-1)?.text ?? '';
}

function keyMoments(decisions: readonly ReadDecision[], fits: readonly DecisionFit[]): KeyMoment[] {
  const misses: KeyMoment[] = [];
  for (const fit of [...fits].filter((f) => f.fit < 1).sort((a, b) => a.fit - b.fit || a.decision - b.decision)) {
    const decision = decisions.find((d) => d.record.number === fit.decision);
    const best = decision?.options
      .filter((option) => situationalApproach(option.approach) !== undefined && option.index !== decision.record.chosen)
      .sort((a, b) => fitOf(fit.readiness, b.approach as Approach).fit - fitOf(fit.readiness, a.approach as Approach).fit)[0];
    if (!decision?.chosen || !best) continue;
    misses.push({ decision: fit.decision, kind: 'fit-miss', dimension: undefined, situation: situationOf(decision.record), chosen: plain(decision.chosen), alternative: plain(best), fit });
  }
  const spans: KeyMoment[] = [];
  for (const decision of decisions) {
    const chosen = decision.chosen;
    if (!chosen) continue;
    for (const { id } of DIMENSIONS) {
      const weights = decision.options.map((option) => signedWeight(option, id));
      if (!(weights.some((w) => w < 0) && weights.some((w) => w > 0))) continue;
      const mine = signedWeight(chosen, id);
      // The road not taken: the strongest option on the other side (or either side, if the choice was neutral here).
      const other = decision.options
        .filter((option) => option.index !== chosen.index)
        .map((option) => ({ option, w: signedWeight(option, id) }))
        .filter(({ w }) => (mine < 0 ? w > 0 : mine > 0 ? w < 0 : w !== 0))
        .sort((a, b) => Math.abs(b.w) - Math.abs(a.w))[0];
      if (!other) continue;
      spans.push({
        decision: decision.record.number,
        kind: 'both-poles',
        dimension: id,
        situation: situationOf(decision.record),
        chosen: plain(chosen),
        alternative: plain(other.option),
        fit: fits.find((f) => f.decision === decision.record.number),
      });
    }
  }
  // Most telling first: the worst fit misses, then one both-poles moment per dimension, then the rest.
  const firstPerDimension = DIMENSIONS.map(({ id }) => spans.find((m) => m.dimension === id)).filter((m): m is KeyMoment => m !== undefined);
  const ordered = [...misses, ...firstPerDimension.filter((m) => !misses.some((x) => x.decision === m.decision)), ...spans.filter((m) => !firstPerDimension.includes(m))];
  return ordered;
}

/** Compute the whole profile of a play-through from its log. */
export function profileOf(log: ChoiceLog): Profile {
  const decisions = log.decisions.map(readDecision);
  const fits = decisions.map(decisionFit).filter((f): f is DecisionFit => f !== undefined);
  return {
    storyId: log.storyId,
    decisions: log.decisions.length,
    dimensions: DIMENSIONS.map(({ id }) => scoreDimension(decisions, id)),
    fit: summariseFit(fits, decisions.filter((d) => d.record.readiness && d.chosen?.approach === 'none').length),
    keyMoments: keyMoments(decisions, fits),
    meters: recordOf(Object.entries(log.meters)),
  };
}

function clampUnit(x: number): number {
  return Math.max(-1, Math.min(1, x));
}
