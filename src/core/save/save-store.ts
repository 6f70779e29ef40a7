/**
 * Keeps one play-through in progress between visits, through the storage port. Nothing here throws:
 * storage that fails turns into "saving is not available", and a save that cannot be read is moved
 * aside (never deleted) until the player decides what to do with it.
 */
import type { KeyValueStorage } from '../ports.ts';
import { parseSave, serialiseSave, type SaveFile, type SaveProblem } from './save-file.ts';

export const SAVE_KEY = 'manage-or-lead/save';
export const SET_ASIDE_KEY = 'manage-or-lead/save-set-aside';

export type SaveStatus =
  | { readonly kind: 'none' }
  | { readonly kind: 'found'; readonly save: SaveFile }
  | { readonly kind: 'unreadable'; readonly problem: SaveProblem }
  | { readonly kind: 'no-storage' };

export class SaveStore {
  private readonly storage: KeyValueStorage;
  private working = true;

  constructor(storage: KeyValueStorage) {
    this.storage = storage;
  }

  /** False once the storage has refused anything: the game plays on, but progress is not kept. */
  get available(): boolean {
    return this.working;
  }

  /** Look for a play-through to resume. An unreadable save is moved aside, not lost. */
  check(): SaveStatus {
    const text = this.attempt(() => this.storage.read(SAVE_KEY));
    if (text === undefined) return { kind: 'no-storage' };
    if (text === null) return { kind: 'none' };
    const parsed = parseSave(text);
    if (parsed.ok) return { kind: 'found', save: parsed.value };
    this.attempt(() => {
      this.storage.write(SET_ASIDE_KEY, text);
      this.storage.remove(SAVE_KEY);
    });
    return { kind: 'unreadable', problem: parsed.error };
  }

  /** Keep this play-through. Returns false when it could not be kept. */
  write(save: SaveFile): boolean {
    return this.attempt(() => this.storage.write(SAVE_KEY, serialiseSave(save))) !== undefined;
  }

  /** Forget the play-through in progress (finished, or the player started over). */
  clear(): void {
    this.attempt(() => this.storage.remove(SAVE_KEY));
  }

  /** Move the current save aside (kept, in case the player wants its log later) and start clean. */
  setCurrentAside(): void {
    this.attempt(() => {
      const text = this.storage.read(SAVE_KEY);
      if (text !== null) this.storage.write(SET_ASIDE_KEY, text);
      this.storage.remove(SAVE_KEY);
    });
  }

  /** The save that was set aside, as it was stored, if any. */
  setAside(): string | null {
    return this.attempt(() => this.storage.read(SET_ASIDE_KEY)) ?? null;
  }

  discardSetAside(): void {
    this.attempt(() => this.storage.remove(SET_ASIDE_KEY));
  }

  /** Run a storage call; on any throw, note that storage is not working and return undefined. */
  private attempt<T>(call: () => T): T | undefined {
    try {
      return call();
    } catch {
      this.working = false;
      return undefined;
    }
  }
}
