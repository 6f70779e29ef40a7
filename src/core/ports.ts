/**
 * What the core needs from the world outside it. Adapters in src/adapters implement these;
 * tests pass simple fakes. Further ports (storage, audio) join here as the features that need them land.
 */

/** Wall-clock time in milliseconds since the epoch. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
