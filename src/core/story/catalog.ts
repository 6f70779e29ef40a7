import type { StoryInfo } from './info.ts';

/** One playable scenario as the build lists it: what it is about, and how to fetch its compiled JSON. */
export interface CatalogEntry {
  /** Project-relative source path, e.g. `stories/forecast.ink`. */
  readonly file: string;
  readonly info: StoryInfo;
  /** Hash of the compiled story (see storyHashOf), to recognise saves and logs made with this version. */
  readonly hash: string;
  /** Loads the compiled story (a separate chunk, fetched only when the scenario is chosen). */
  readonly load: () => Promise<string>;
  /** A story the player opened from their own files this session (see own-stories.ts), not one of the build's. */
  readonly own?: boolean;
}
