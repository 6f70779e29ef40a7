/**
 * What the core needs from the world outside it. Adapters in src/adapters implement these;
 * tests pass simple fakes. Further ports (storage, audio) join here as the features that need them land.
 */

/** Wall-clock time in milliseconds since the epoch. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/**
 * A place to keep small strings between visits (the browser's localStorage in the game). Any call may
 * throw — private browsing, a full quota, storage switched off — and callers must carry on regardless.
 */
export interface KeyValueStorage {
  read(key: string): string | null;
  write(key: string, value: string): void;
  remove(key: string): void;
}
