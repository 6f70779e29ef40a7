/** Turns a profile into words, using only the data in readings.ts. */
import { DIMENSIONS, type DimensionId, type Pole } from './dimensions.ts';
import type { Profile } from './profile.ts';
import {
  DIMENSION_NAMES,
  FIT_LINES,
  HEADLINE_ADJECTIVES,
  HEADLINE_ALL_BALANCED,
  HEADLINE_CLAUSES,
  HEADLINE_NONE,
  HEADLINE_UNTAGGED,
  HEADLINE_NOUNS,
  NOT_SEEN,
  TIMES_WORDS,
  POSITION_LABELS,
  POSITION_THRESHOLDS,
  READINGS,
  type Position,
} from './readings.ts';

export interface DimensionReading {
  readonly dimension: DimensionId;
  readonly name: string;
  readonly score: number | undefined;
  readonly position: Position | undefined;
  /** e.g. "leaning to leading", or "not seen". */
  readonly label: string;
  readonly reading: string;
}

export interface Interpretation {
  readonly headline: string;
  readonly readings: readonly DimensionReading[];
  readonly fitLine: string;
}

export function positionOf(score: number): Position {
  return POSITION_THRESHOLDS.find((threshold) => score >= threshold.from)?.position ?? 'strong-manage';
}

function poleOf(dimension: DimensionId, score: number): Pole {
  const found = DIMENSIONS.find((d) => d.id === dimension);
  if (!found) throw new Error(`unknown dimension ${dimension}`);
  return score < 0 ? found.manage : found.lead;
}

export function headlineOf(profile: Profile): string {
  const seen = profile.dimensions
    .filter((d): d is typeof d & { score: number } => d.score !== undefined)
    .sort((a, b) => Math.abs(b.score) - Math.abs(a.score));
  const [first, second] = seen;
  if (!first) return profile.decisions > 0 ? HEADLINE_UNTAGGED : HEADLINE_NONE;
  if (Math.abs(first.score) < 0.2) return HEADLINE_ALL_BALANCED;
  const mean = seen.reduce((sum, d) => sum + d.score, 0) / seen.length;
  const noun = mean <= -0.2 ? HEADLINE_NOUNS.manage : mean >= 0.2 ? HEADLINE_NOUNS.lead : HEADLINE_NOUNS.balanced;
  const adjective = HEADLINE_ADJECTIVES[poleOf(first.dimension, first.score)];
  const clause = second && Math.abs(second.score) >= 0.2 ? ` ${HEADLINE_CLAUSES[poleOf(second.dimension, second.score)]}` : '';
  return `${/^[aeiou]/i.test(adjective) ? 'An' : 'A'} ${adjective} ${noun}${clause}`;
}

export function fitLineOf(profile: Profile): string {
  const { percent, overDirecting, underDirecting, tookOver } = profile.fit;
  if (percent === undefined) return tookOver > 0 ? tookOverLine(FIT_LINES.allTookOver, tookOver) : FIT_LINES.none;
  const figure = FIT_LINES.figure.replace('{percent}', String(percent));
  const misses =
    overDirecting + underDirecting === 0
      ? FIT_LINES.perfect
      : overDirecting > underDirecting ? FIT_LINES.mostlyOver : underDirecting > overDirecting ? FIT_LINES.mostlyUnder : FIT_LINES.mixed;
  return [figure, misses, tookOver > 0 ? tookOverLine(FIT_LINES.tookOver, tookOver) : ''].filter(Boolean).join(' ');
}

/** "Twice you did the work yourself instead of the person: no fit is scored for those." */
function tookOverLine(template: string, times: number): string {
  return template.replace('{times}', TIMES_WORDS[times - 1] ?? `${times} times`).replace('{those}', times === 1 ? 'that decision' : 'those');
}

export function interpret(profile: Profile): Interpretation {
  return {
    headline: headlineOf(profile),
    readings: profile.dimensions.map(({ dimension, score }) => {
      const position = score === undefined ? undefined : positionOf(score);
      return {
        dimension,
        name: DIMENSION_NAMES[dimension],
        score,
        position,
        label: position ? POSITION_LABELS[position] : 'not seen',
        reading: position ? READINGS[dimension][position] : NOT_SEEN,
      };
    }),
    fitLine: fitLineOf(profile),
  };
}
