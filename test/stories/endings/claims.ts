/**
 * What a trainer note says about an ending, written as data a test can hold every play-through to.
 * One file per story, `test/stories/endings/<story-id>.ts`, exporting `endings: EndingClaims`.
 * A note such as "Sam learned nothing: the deal was yours" implies a low fit; the test fails when some
 * path reaches that ending with a fit or a dimension score the note contradicts.
 */
import type { DimensionId } from '../../../src/core/patterns/dimensions.ts';

/** An inclusive range; either end may be left open. */
export interface Range {
  readonly min?: number;
  readonly max?: number;
}

export interface EndingClaim {
  /** The trainer note for this ending, as docs/scenarios.md gives it (the test quotes it on failure). */
  readonly note: string;
  /** Fit over the path, 0…1 (paths with no fit claimed at all are exempt). */
  readonly fit?: Range;
  /** Dimension scores over the path, −1 (all manage) … +1 (all lead); a dimension not seen is exempt. */
  readonly dimensions?: Partial<Record<DimensionId, Range>>;
}

/** Every ending id of one story → what its note claims. */
export type EndingClaims = Readonly<Record<string, EndingClaim>>;
