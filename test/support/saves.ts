/** Storage and play-throughs for the save tests: a real session over the sample story, saving into a storage in memory. */
import type { KeyValueStorage } from '../../src/core/ports.ts';
import { autosave, type Autosave } from '../../src/core/save/autosave.ts';
import { SaveStore } from '../../src/core/save/save-store.ts';
import { openSession, type Session } from '../../src/core/session.ts';
import { compiledOnce } from './logs.ts';

export const SAMPLE = 'test/fixtures/stories/sample.ink';
export const SAMPLE_JSON = compiledOnce(SAMPLE);

let now = Date.parse('2026-05-04T10:00:00Z');
/** A clock that moves a second per reading. */
export const clock = { now: () => (now += 1000) };

/** localStorage as a map, listing its keys as the browser's does. */
export class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  read(key: string) {
    return this.data.get(key) ?? null;
  }
  write(key: string, value: string) {
    this.data.set(key, value);
  }
  remove(key: string) {
    this.data.delete(key);
  }
  keys() {
    return [...this.data.keys()];
  }
}

/** A storage that refuses writes past `limit` characters in all, as a full quota does. */
export class SmallStorage extends MemoryStorage {
  constructor(private readonly limit: number) {
    super();
  }
  override write(key: string, value: string) {
    const used = [...this.data].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    super.write(key, value);
  }
}

/** Storage that refuses everything, as in some private windows. */
export const brokenStorage: KeyValueStorage = {
  read: () => {
    throw new Error('SecurityError');
  },
  write: () => {
    throw new Error('QuotaExceededError');
  },
  remove: () => {
    throw new Error('SecurityError');
  },
  keys: () => {
    throw new Error('SecurityError');
  },
};

let ids = 0;
export const newStore = (storage: KeyValueStorage) => new SaveStore(storage, () => `id-${++ids}`, clock);

export function newSession(): Session {
  const opened = openSession(SAMPLE_JSON, SAMPLE, clock, { alias: 'Sam' });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

/** Play `choices` of a new play-through `id`, autosaving into `store`. */
export function playSaving(store: SaveStore, id: string, choices: readonly number[]): { session: Session; saving: Autosave } {
  const session = newSession();
  const saving = autosave(session, store, { id, file: SAMPLE }, clock);
  session.begin();
  for (const choice of choices) session.choose(choice);
  return { session, saving };
}
