/**
 * Keeps play-throughs between visits, through the storage port: each under a key of its own (so two
 * tabs never write over each other), listed in one index (save-index.ts).
 *
 *   manage-or-lead/saves            the index: ids in progress, finished and put to one side, newest first
 *   manage-or-lead/play/<id>        a play-through's save (save-file.ts), in progress or put to one side
 *   manage-or-lead/finished/<id>    a finished play-through's choice log, as a log file holds it
 *
 * Nothing here throws and nothing is deleted unasked, except by the caps below, which the title
 * screen states. Storage that fails turns into "saving is not available". Reading what a save holds
 * (and deciding what to offer) is saved-games.ts, loaded only when there is something to read.
 * docs/reliability.md sets out what is kept, where and for how long.
 */
import type { ChoiceLog } from '../log/choice-log.ts';
import type { Clock, KeyValueStorage } from '../ports.ts';
import { EMPTY_INDEX, ID_PATTERN, parseIndex, serialiseIndex, type IndexEntry, type SaveIndex, type SetAsideEntry } from './save-index.ts';
import { serialiseSave, type SaveFile } from './save-file.ts';

export const SAVES_INDEX_KEY = 'manage-or-lead/saves';
export const PLAY_KEY_PREFIX = 'manage-or-lead/play/';
export const FINISHED_KEY_PREFIX = 'manage-or-lead/finished/';
/** Before saves were kept per play-through: the one slot, and the one save put aside. Moved into the index on first look. */
export const LEGACY_SAVE_KEY = 'manage-or-lead/save';
export const LEGACY_SET_ASIDE_KEY = 'manage-or-lead/save-set-aside';

/** The newest this many finished play-throughs are kept; the title says so. */
export const FINISHED_KEPT = 10;
/** The newest this many saves put to one side are kept; the title says so. */
export const SET_ASIDE_KEPT = 5;

export const playKey = (id: string): string => PLAY_KEY_PREFIX + id;
export const finishedKey = (id: string): string => FINISHED_KEY_PREFIX + id;

export class SaveStore {
  private readonly storage: KeyValueStorage;
  private readonly newId: () => string;
  private readonly clock: Clock;
  private working = true;
  /** Whether what is kept outlasts the page (false for LMS mode's storage in memory: the learning system keeps the place). */
  readonly lasting: boolean;

  constructor(storage: KeyValueStorage, newId: () => string, clock: Clock, options: { readonly lasting?: boolean } = {}) {
    this.storage = storage;
    this.newId = newId;
    this.clock = clock;
    this.lasting = options.lasting ?? true;
  }

  /** False while the storage refuses: the game plays on, but progress is not kept. */
  get available(): boolean {
    return this.working;
  }

  /** A new play-through id. */
  createId(): string {
    return this.newId();
  }

  /**
   * Whether any save or log may be stored: cheap, for the title to know whether to look closer. An
   * index listing nothing counts as nothing; one that cannot be read, as something (its saves are found by their keys).
   */
  hasAnything(): boolean {
    if ([LEGACY_SAVE_KEY, LEGACY_SET_ASIDE_KEY].some((key) => this.attempt(() => this.storage.read(key)) != null)) return true;
    const text = this.attempt(() => this.storage.read(SAVES_INDEX_KEY));
    if (text == null) return false;
    const index = parseIndex(text);
    return !index || index.playing.length + index.finished.length + index.setAside.length > 0;
  }

  /** The index as it stands (empty when there is none or storage is off). */
  index(): SaveIndex {
    return parseIndex(this.attempt(() => this.storage.read(SAVES_INDEX_KEY)) ?? null) ?? EMPTY_INDEX;
  }

  /**
   * Before looking at the saves: move the old single slot's save (and the one it put aside) into the
   * index, so nobody loses progress on upgrading; and list any save the index lost track of (two tabs
   * writing the index in the same instant, or a damaged index). Returns the index.
   */
  prepare(): SaveIndex {
    const before = this.index();
    let index = before;
    const legacy: readonly [string, string | undefined][] = [
      [LEGACY_SAVE_KEY, undefined],
      [LEGACY_SET_ASIDE_KEY, 'an earlier version of the game put it to one side'],
    ];
    for (const [key, why] of legacy) {
      const text = this.attempt(() => this.storage.read(key));
      if (text == null) continue;
      const id = this.newId();
      if (!this.move(key, playKey(id), text)) continue;
      const entry = { id, at: this.now() };
      index = why === undefined ? { ...index, playing: [entry, ...index.playing] } : { ...index, setAside: [{ ...entry, why }, ...index.setAside] };
    }
    index = this.withLostSaves(index);
    if (serialiseIndex(index) !== serialiseIndex(before)) this.writeIndex(index);
    return index;
  }

  /** The stored text of a play-through's save (in progress or put to one side), or null. */
  readSave(id: string): string | null {
    return this.attempt(() => this.storage.read(playKey(id))) ?? null;
  }

  /** The stored text of a finished play-through's log, or null. */
  readFinished(id: string): string | null {
    return this.attempt(() => this.storage.read(finishedKey(id))) ?? null;
  }

  /** Keep this play-through in progress. Returns false when it could not be kept. */
  write(id: string, save: SaveFile): boolean {
    if (!this.tryTo(() => this.storage.write(playKey(id), serialiseSave(save)))) return false;
    const index = this.index();
    // Played again, so in progress (even if another tab had put it aside meanwhile).
    if (!index.playing.some((entry) => entry.id === id)) {
      this.writeIndex({ ...index, playing: [{ id, at: save.savedAt }, ...index.playing], setAside: without(index.setAside, id) });
    }
    return true;
  }

  /**
   * A play-through reached its end: keep its log among the recent ones (the newest FINISHED_KEPT)
   * and only then forget its save. Returns false when the log could not be kept; the save is then
   * left as it was, so the play-through can still be resumed to its end.
   */
  finish(id: string, log: ChoiceLog): boolean {
    if (!this.tryTo(() => this.storage.write(finishedKey(id), JSON.stringify(log)))) return false;
    const index = this.index();
    const finished = [{ id, at: log.endedAt ?? this.now() }, ...without(index.finished, id)];
    for (const dropped of finished.slice(FINISHED_KEPT)) this.tryTo(() => this.storage.remove(finishedKey(dropped.id)));
    this.writeIndex({ playing: without(index.playing, id), finished: finished.slice(0, FINISHED_KEPT), setAside: without(index.setAside, id) });
    this.tryTo(() => this.storage.remove(playKey(id)));
    return true;
  }

  /**
   * Put a save to one side: kept as it is (only the index changes, so a full storage cannot stop
   * it), no longer offered to resume, offered as a file instead. The newest SET_ASIDE_KEPT are kept.
   * Returns false when it could not be put aside (storage refused): it is then still where it was.
   */
  setAside(id: string, why: string): boolean {
    if (this.readSave(id) === null) return false;
    const index = this.index();
    const setAside: SetAsideEntry[] = [{ id, at: this.now(), why }, ...without(index.setAside, id)];
    if (!this.writeIndex({ ...index, playing: without(index.playing, id), setAside: setAside.slice(0, SET_ASIDE_KEPT) })) return false;
    for (const dropped of setAside.slice(SET_ASIDE_KEPT)) this.tryTo(() => this.storage.remove(playKey(dropped.id)));
    return true;
  }

  /** Delete a play-through for good, from whichever list holds it (the player asked). */
  remove(id: string): void {
    const index = this.index();
    this.writeIndex({ playing: without(index.playing, id), finished: without(index.finished, id), setAside: without(index.setAside, id) });
    this.tryTo(() => this.storage.remove(playKey(id)));
    this.tryTo(() => this.storage.remove(finishedKey(id)));
  }

  /** Every save and log under our keys that the index does not list, added to it; entries whose data is gone, dropped. */
  private withLostSaves(index: SaveIndex): SaveIndex {
    const keys = this.attempt(() => this.storage.keys?.());
    if (!keys) return index;
    const present = new Set(keys);
    const idsUnder = (prefix: string) => keys.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length)).filter((id) => ID_PATTERN.test(id));
    const listed = new Set([...index.playing, ...index.finished, ...index.setAside].map((entry) => entry.id));
    const lost = (ids: string[]) => ids.filter((id) => !listed.has(id)).map((id) => ({ id, at: '' }));
    const kept = <T extends IndexEntry>(entries: readonly T[], key: (id: string) => string) => entries.filter((entry) => present.has(key(entry.id)));
    return {
      playing: [...kept(index.playing, playKey), ...lost(idsUnder(PLAY_KEY_PREFIX))],
      finished: [...kept(index.finished, finishedKey), ...lost(idsUnder(FINISHED_KEY_PREFIX))],
      setAside: kept(index.setAside, playKey),
    };
  }

  /** Move a value to a new key: copied, then the old one removed; when storage is too full for a copy, freed first, then written. */
  private move(from: string, to: string, text: string): boolean {
    if (this.tryTo(() => this.storage.write(to, text))) return this.tryTo(() => this.storage.remove(from)) || true;
    if (!this.tryTo(() => this.storage.remove(from))) return false;
    if (this.tryTo(() => this.storage.write(to, text))) return true;
    this.tryTo(() => this.storage.write(from, text)); // put it back: it fitted there a moment ago
    return false;
  }

  private writeIndex(index: SaveIndex): boolean {
    return this.tryTo(() => this.storage.write(SAVES_INDEX_KEY, serialiseIndex(index)));
  }

  private now(): string {
    return new Date(this.clock.now()).toISOString();
  }

  /** Read through the storage; on a throw, note that storage is not working and return undefined. */
  private attempt<T>(call: () => T): T | undefined {
    try {
      return call();
    } catch {
      this.working = false;
      return undefined;
    }
  }

  /** Change the storage; whether it took (which is also whether saving is working now). */
  private tryTo(change: () => void): boolean {
    try {
      change();
      this.working = true;
      return true;
    } catch {
      this.working = false;
      return false;
    }
  }
}

function without<T extends IndexEntry>(entries: readonly T[], id: string): T[] {
  return entries.filter((entry) => entry.id !== id);
}
