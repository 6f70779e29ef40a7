/** What the title screen should offer for a play-through in progress, given the stories this build contains. */
import type { SaveFile } from './save-file.ts';

export interface KnownStory {
  readonly id: string;
  readonly hash: string;
}

export type ResumeOffer =
  | { readonly kind: 'resume'; readonly id: string; readonly save: SaveFile }
  /** The story was edited since the save: its position may no longer exist. */
  | { readonly kind: 'story-changed'; readonly id: string; readonly save: SaveFile }
  /** This build has no story with the save's id. */
  | { readonly kind: 'story-missing'; readonly id: string; readonly save: SaveFile }
  /** The save's place in the story is damaged, though its choices are intact. */
  | { readonly kind: 'cannot-restore'; readonly id: string; readonly save: SaveFile };

/** `placeWhole`: whether the save's place in the story looks restorable (save-schema.ts, placeLooksWhole). */
export function resumeOffer(id: string, save: SaveFile, stories: readonly KnownStory[], placeWhole: boolean): ResumeOffer {
  const story = stories.find((s) => s.id === save.storyId);
  if (!story) return { kind: 'story-missing', id, save };
  if (story.hash !== save.storyHash) return { kind: 'story-changed', id, save };
  return placeWhole ? { kind: 'resume', id, save } : { kind: 'cannot-restore', id, save };
}
