/**
 * The save: one play-through in progress, versioned. Writing one is here (it runs after every
 * choice); reading one back, which checks it whole, is save-schema.ts, loaded only when there is a
 * save to read.
 */
import type { SessionSnapshot } from '../session.ts';

export const SAVE_SCHEMA = 1;

export interface SaveFile {
  readonly schema: typeof SAVE_SCHEMA;
  readonly savedAt: string;
  /** Project-relative story file, e.g. `stories/forecast.ink`. */
  readonly file: string;
  readonly storyId: string;
  readonly storyTitle: string;
  readonly storyHash: string;
  readonly snapshot: SessionSnapshot;
}

/** Why a stored save cannot be read; `message` completes "Your saved game could not be opened: …". */
export type SaveProblem =
  | { readonly kind: 'not-json'; readonly message: string }
  | { readonly kind: 'old-schema'; readonly message: string }
  | { readonly kind: 'not-a-save'; readonly message: string }
  | { readonly kind: 'damaged'; readonly message: string };

export function serialiseSave(save: SaveFile): string {
  return JSON.stringify(save);
}

/** A save as kept: the play-through's id (its key in storage) and what the save holds, checked. */
export interface KeptSave {
  readonly id: string;
  readonly save: SaveFile;
}
