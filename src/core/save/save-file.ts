/**
 * The save: one play-through in progress, versioned. Reading one never throws; whatever is wrong with
 * it comes back as a problem with a plain message.
 */
import { CHOICE_LOG_SCHEMA } from '../log/choice-log.ts';
import { err, ok, type Result } from '../result.ts';
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

export type SaveProblem =
  | { readonly kind: 'not-json'; readonly message: string }
  | { readonly kind: 'old-schema'; readonly message: string }
  | { readonly kind: 'not-a-save'; readonly message: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';

export function serialiseSave(save: SaveFile): string {
  return JSON.stringify(save);
}

export function parseSave(text: string): Result<SaveFile, SaveProblem> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return err({ kind: 'not-json', message: 'the saved game is damaged (it may have been cut short while saving)' });
  }
  if (!isObject(data)) return err({ kind: 'not-a-save', message: 'the saved game is not in a form this game understands' });
  if (data.schema !== SAVE_SCHEMA) {
    return err({ kind: 'old-schema', message: `the saved game comes from a different version of the game (format ${String(data.schema)}, this one reads ${SAVE_SCHEMA})` });
  }
  const snapshot = data.snapshot;
  const fieldsOk =
    isString(data.savedAt) && isString(data.file) && isString(data.storyId) && isString(data.storyTitle) && isString(data.storyHash) &&
    isObject(snapshot) && isObject(snapshot.runner) && isString(snapshot.runner.ink) && Array.isArray(snapshot.runner.echo) &&
    isObject(snapshot.log) && snapshot.log.schema === CHOICE_LOG_SCHEMA && Array.isArray(snapshot.log.decisions) &&
    snapshot.log.storyId === data.storyId && snapshot.log.storyHash === data.storyHash;
  if (!fieldsOk) return err({ kind: 'not-a-save', message: 'the saved game is missing parts it needs' });
  return ok(data as unknown as SaveFile);
}
