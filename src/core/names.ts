/**
 * Values named by something from outside the game: a log file's meters, an own story's `# meters:`.
 * A plain object already answers to `toString`, `constructor`, `valueOf` and the like, and assigning
 * `__proto__` changes the object rather than adding a name, so a name from a file is never looked up
 * on, or written to, a plain object: read through a Map, write into an object with no prototype.
 */

/** The names `record` itself holds, with their values, in its order; nothing it inherits. */
export function namesIn<V>(record: Readonly<Record<string, V>> | undefined): Map<string, V> {
  return new Map(record === undefined ? [] : Object.entries(record));
}

/**
 * An object holding exactly `entries`, with no prototype: `__proto__` is a name like any other, a
 * missing name reads as undefined, and JSON.stringify and Object.entries see just these names.
 */
export function recordOf<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const record = Object.create(null) as Record<string, V>;
  for (const [name, value] of entries) Object.defineProperty(record, name, { value, enumerable: true, writable: true, configurable: true });
  return record;
}
