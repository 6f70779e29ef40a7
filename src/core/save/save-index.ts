/**
 * The index of saved play-throughs: which ids are in progress, finished or put to one side, newest
 * first. The saves themselves live under a key per id (save-store.ts); the index says what each is
 * and in which order, so the title can list them without guessing. It is small, written often and
 * read back by hand here (no schema library: it is part of the title's small script), and reading it
 * never throws: an entry that does not look right is dropped, and the store finds its save again.
 */
import { parseJson } from '../json.ts';

export interface IndexEntry {
  readonly id: string;
  /** When it entered this list (ISO 8601): the order, newest first. */
  readonly at: string;
}

export interface SetAsideEntry extends IndexEntry {
  /** Why it was put to one side, as the end of a sentence: "you started over", "it could not be read: …". */
  readonly why: string;
}

export interface SaveIndex {
  readonly playing: readonly IndexEntry[];
  readonly finished: readonly IndexEntry[];
  readonly setAside: readonly SetAsideEntry[];
}

export const EMPTY_INDEX: SaveIndex = { playing: [], finished: [], setAside: [] };

/** Play-through ids are made by the game (adapters/random-id.ts): short, lower-case, safe in a key. */
export const ID_PATTERN = /^[a-z0-9-]{1,64}$/;
/** More than the caps allow (save-store.ts), so nothing kept is dropped, but bounded. */
const MAX_ENTRIES = 200;
const MAX_WHY = 300;

export function serialiseIndex(index: SaveIndex): string {
  return JSON.stringify({ version: 1, ...index });
}

/** The index as stored, or undefined when there is none or it cannot be read at all. */
export function parseIndex(text: string | null): SaveIndex | undefined {
  if (text === null) return undefined;
  const parsed = parseJson(text, 4);
  if (!parsed.ok || !isRecord(parsed.value)) return undefined;
  const data = parsed.value;
  const seen = new Set<string>();
  const entries = (value: unknown): IndexEntry[] => (Array.isArray(value) ? value.slice(0, MAX_ENTRIES) : []).flatMap((item: unknown) => {
    if (!isRecord(item) || typeof item.id !== 'string' || !ID_PATTERN.test(item.id) || seen.has(item.id)) return [];
    seen.add(item.id);
    return [{ id: item.id, at: typeof item.at === 'string' ? item.at.slice(0, 40) : '', ...(typeof item.why === 'string' ? { why: item.why.slice(0, MAX_WHY) } : {}) }];
  });
  return {
    playing: entries(data.playing).map(({ id, at }) => ({ id, at })),
    finished: entries(data.finished).map(({ id, at }) => ({ id, at })),
    setAside: entries(data.setAside).map((entry) => ({ id: entry.id, at: entry.at, why: (entry as Partial<SetAsideEntry>).why ?? 'it was put to one side' })),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
