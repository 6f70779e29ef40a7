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
  /** Every key stored, so saves that an index lost track of can be found again; optional (not every store can list). */
  keys?(): string[];
}

/** The three volume channels the player controls. */
export type AudioChannel = 'master' | 'music' | 'effects';

/**
 * Sound, by name: the story's `#sfx`, `#music` and `#scene` tags become calls here. The adapter
 * (Howler in the game) finds the files; a name it cannot play is silence, never an error.
 */
export interface AudioPort {
  /** Browsers keep sound suspended until the first key press or click; call this then. */
  unlock(): void;
  playCue(cue: string): void;
  /** The background of a place; undefined for none. */
  setAmbience(scene: string | undefined): void;
  /** A music state (`calm`, `tense`, …), cross-faded; `off` or undefined for silence. */
  setMusic(state: string | undefined): void;
  setVolume(channel: AudioChannel, volume: number): void;
  setMuted(muted: boolean): void;
}

/**
 * Messages between the game's pages open in this browser (other tabs and windows of the same site),
 * BroadcastChannel in the game. A page never hears its own messages; what arrives is unchecked.
 */
export interface TabMessages {
  post(message: unknown): void;
  /** Hear what the other pages post, until the returned function is called. */
  listen(handler: (message: unknown) => void): () => void;
}
