/**
 * The map of a story for the debrief: its decisions as nodes, each option an edge to the decisions
 * (or endings) it can lead to. Built from the story checker's bounded exploration
 * (tools/story-check/story-map.ts), so the map and `npm run stories:check` see the same story.
 *
 * A decision on the map is a place in the story, not a state of it: the explorer meets the same
 * decision many times with different meters and flags, and the map folds those together. Where the
 * same option leads to different places depending on what happened before, it has several targets.
 */

/** Where an option can lead. */
export type MapTarget =
  | { readonly kind: 'decision'; readonly id: string }
  | { readonly kind: 'ending'; readonly id: string }
  /** The story stopped without an ending here (a dead end or an error the checker also reports). */
  | { readonly kind: 'stop' };

export interface MapOption {
  /** The option's place in the story (ink's path of the choice), the same in every state. */
  readonly id: string;
  /** The text most often shown (numbers in it can change with the state). */
  readonly text: string;
  /** Every text it was shown with, to recognise it in a log. */
  readonly texts: readonly string[];
  /** The option's raw tags (pattern poles, approach), as the story writes them. */
  readonly tags: readonly string[];
  readonly targets: readonly MapTarget[];
  /** Some state of the story reached this option and the exploration stopped before trying it. */
  readonly untried: boolean;
}

export interface MapDecision {
  /** The decision's place in the story: the ink containers its options are written in. */
  readonly id: string;
  /** A short label: the last line before the options, as the first way there shows it. */
  readonly label: string;
  /** The people it is about: the readiness tag's person first, then who speaks just before it. */
  readonly people: readonly string[];
  /** Fewest choices from the start to reach it (1 for the first decision). */
  readonly step: number;
  readonly options: readonly MapOption[];
}

export interface StoryMap {
  /** The compiled story's hash (storyHashOf), to tell logs of this version from others. */
  readonly storyHash: string;
  /** The first decision; undefined for a story with no decision at all. */
  readonly start: string | undefined;
  /** In order of first discovery (breadth first: earlier decisions first). */
  readonly decisions: readonly MapDecision[];
  /** Ending ids, in order of first discovery. */
  readonly endings: readonly string[];
  /** The exploration stopped at a cap: some decisions, options or endings may be missing. */
  readonly partial: boolean;
  readonly cappedBy?: 'states' | 'depth' | 'time';
  /** How many states of the story the exploration met, for the map's notes. */
  readonly statesExplored: number;
}

/** The key of an edge, for counts: decision, option and where it led. */
export function edgeKey(decision: string, option: string, target: MapTarget): string {
  return `${decision}\u0000${option}\u0000${targetKey(target)}`;
}

export function targetKey(target: MapTarget): string {
  return target.kind === 'stop' ? 'stop' : `${target.kind}:${target.id}`;
}

/** The map's edges, in the order of their decisions and options. */
export function edgesOf(map: StoryMap): { decision: MapDecision; option: MapOption; target: MapTarget }[] {
  return map.decisions.flatMap((decision) => decision.options.flatMap((option) => option.targets.map((target) => ({ decision, option, target }))));
}
