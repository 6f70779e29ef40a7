/**
 * Every picture and sound the game ships, and how a story's tags find them.
 *
 * The files are made by tools/art/generate.ts and tools/audio/generate.ts (see assets/art/README.md
 * and assets/audio/README.md). Vite bundles them through the globs of asset-files.ts: each becomes a
 * hashed file in the hosted build, and a data URL inside the page in the single-file build.
 *
 * Pure data and pure functions: no Phaser, no Howler, no DOM. The lookups never throw; what they
 * cannot resolve comes back as a documented fallback or `undefined`.
 */
import {
  CUE_ALIASES,
  CUE_CAPTIONS,
  CUES,
  MOOD_ALIASES,
  MOODS,
  MUSIC_ALIASES,
  MUSIC_SILENCE,
  MUSIC_STATES,
  PEOPLE,
  PERSON_INFO,
  SCENE_ALIASES,
  SCENES,
  type CueId,
  type MoodId,
  type MusicState,
  type PersonId,
  type SceneId,
} from './asset-names.ts';
import { audioUrls, portraitUrls, sceneUrls } from './asset-files.ts';

export * from './asset-names.ts';

export interface ImageAsset {
  /** A stable key, e.g. for a Phaser texture: `bg-office`, `portrait-ruth-pleased`. */
  readonly key: string;
  /** The URL to load, as Vite built it. */
  readonly url: string;
  /** The source file, relative to the repository root. */
  readonly file: string;
  /** The SVG's own size in pixels: rasterise at this size (or a multiple of it). */
  readonly width: number;
  readonly height: number;
  /** What the picture shows, for a screen reader. */
  readonly alt: string;
}

export interface AudioAsset {
  readonly key: string;
  /** Ogg Vorbis first, MP3 second: give both to Howler's `src`, it plays the first the browser supports. */
  readonly urls: readonly string[];
  /** The format of each URL (`ogg`, `mp3`): Howler cannot tell it from a data URL. */
  readonly formats: readonly string[];
  readonly files: readonly string[];
  readonly loop: boolean;
  /** A suggested starting volume (0…1) within its channel, before the player's own settings. */
  readonly volume: number;
}

export interface CueAsset extends AudioAsset {
  /** What to show in a caption when the cue plays. */
  readonly caption: string;
}

export const SCENE_SIZE = { width: 1920, height: 1080 } as const;
export const PORTRAIT_SIZE = { width: 600, height: 600 } as const;

// ---- The files, through Vite ------------------------------------------------------------

const GLOB_ROOT = '../../../';

/** The URL of a file under assets/, or '' if the build does not have it (the manifest tests catch that). */
function urlOf(table: Readonly<Record<string, string>>, file: string): string {
  return table[GLOB_ROOT + file] ?? '';
}

function image(table: Readonly<Record<string, string>>, key: string, file: string, size: { width: number; height: number }, alt: string): ImageAsset {
  return { key, url: urlOf(table, file), file, width: size.width, height: size.height, alt };
}

function audio(key: string, base: string, loop: boolean, volume: number): AudioAsset {
  const files = [`${base}.ogg`, `${base}.mp3`];
  // The single-file build carries the MP3s only: offer the formats this build has.
  const built = files.filter((file) => urlOf(audioUrls, file) !== '');
  return { key, urls: built.map((file) => urlOf(audioUrls, file)), formats: built.map((file) => file.replace(/^.*\./, '')), files, loop, volume };
}

function table<K extends string, V>(keys: readonly K[], make: (key: K) => V): Readonly<Record<K, V>> {
  return Object.fromEntries(keys.map((key) => [key, make(key)])) as Record<K, V>;
}

const SCENE_ALT: Readonly<Record<SceneId, string>> = {
  office: 'The sales floor late in the afternoon: desks in front of a wall of windows, the city outside',
  'meeting-room': 'A small meeting room: a wall screen with a pipeline chart, a table with a laptop and coffee',
  'video-call': 'A video call: the call on a monitor at a desk, four people in tiles',
  cafe: 'A café: a counter with a coffee machine, a chalkboard menu, a window onto the street',
  car: 'In the car, parked outside the office in the morning, a phone in its holder on the dashboard',
};

export const BACKGROUNDS: Readonly<Record<SceneId, ImageAsset>> = table(SCENES, (scene) =>
  image(sceneUrls, `bg-${scene}`, `assets/art/scenes/${scene}.svg`, SCENE_SIZE, SCENE_ALT[scene]),
);

export const PORTRAITS: Readonly<Record<PersonId, Readonly<Record<MoodId, ImageAsset>>>> = table(PEOPLE, (person) =>
  table(MOODS, (mood) =>
    image(portraitUrls, `portrait-${person}-${mood}`, `assets/art/portraits/${person}-${mood}.svg`, PORTRAIT_SIZE, `${PERSON_INFO[person].description}, looking ${mood}`),
  ),
);

export const CUE_SOUNDS: Readonly<Record<CueId, CueAsset>> = table(CUES, (cue) => ({
  ...audio(`sfx-${cue}`, `assets/audio/cues/${cue}`, false, 0.9),
  caption: CUE_CAPTIONS[cue],
}));

export const AMBIENCE: Readonly<Record<SceneId, AudioAsset>> = table(SCENES, (scene) => audio(`ambience-${scene}`, `assets/audio/ambience/${scene}`, true, 0.5));

export const MUSIC: Readonly<Record<MusicState, AudioAsset>> = table(MUSIC_STATES, (state) => audio(`music-${state}`, `assets/audio/music/${state}`, true, 0.6));

/** Everything, for a loader or a test. */
export const ALL_IMAGES: readonly ImageAsset[] = [...Object.values(BACKGROUNDS), ...Object.values(PORTRAITS).flatMap((moods) => Object.values(moods))];
export const ALL_SOUNDS: readonly AudioAsset[] = [...Object.values(CUE_SOUNDS), ...Object.values(AMBIENCE), ...Object.values(MUSIC)];

// ---- Resolving tag values -----------------------------------------------------------------

/** Lower case, no accents, single spaces: "Tomás " → "tomas". */
function normalise(value: string | undefined | null): string {
  return typeof value === 'string'
    ? value
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .trim()
        .toLowerCase()
        .replace(/\s+/g, ' ')
    : '';
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Names a speaker might be written as: first name, full name, surname (all normalised). */
const SPEAKER_INDEX: ReadonlyMap<string, PersonId> = new Map(
  PEOPLE.flatMap((person) => {
    const info = PERSON_INFO[person];
    const full = normalise(info.full);
    const surname = full.split(' ').slice(1).join(' ');
    return [normalise(info.first), full, surname, person].filter(Boolean).map((name) => [name, person] as const);
  }),
);

/** The person a `#speaker` names, or undefined for someone without a portrait. */
export function resolvePerson(speaker: string | undefined | null): PersonId | undefined {
  return SPEAKER_INDEX.get(normalise(speaker));
}

/** The face for a `#mood`: itself, its closest known mood, or neutral. */
export function resolveMood(mood: string | undefined | null): MoodId {
  const m = normalise(mood);
  return isOneOf(MOODS, m) ? m : (own(MOOD_ALIASES, m) ?? 'neutral');
}

/** The place a `#scene` names (or a synonym of it), or undefined. */
export function resolveScene(scene: string | undefined | null): SceneId | undefined {
  const s = normalise(scene);
  return isOneOf(SCENES, s) ? s : own(SCENE_ALIASES, s);
}

export function resolveCue(sfx: string | undefined | null): CueId | undefined {
  const c = normalise(sfx);
  return isOneOf(CUES, c) ? c : own(CUE_ALIASES, c);
}

/** A `#music` value: a state, `'off'` for silence, or undefined when the word is not known. */
export function resolveMusic(state: string | undefined | null): MusicState | 'off' | undefined {
  const m = normalise(state);
  if (isOneOf(MUSIC_STATES, m)) return m;
  if ((MUSIC_SILENCE as readonly string[]).includes(m)) return 'off';
  return own(MUSIC_ALIASES, m);
}

// ---- The lookups the scenes and the audio adapter use ---------------------------------------

/** The background for a `#scene`; undefined for a place we have no picture of (draw the plain backdrop). */
export function backgroundFor(scene: string | undefined | null): ImageAsset | undefined {
  const id = resolveScene(scene);
  return id && BACKGROUNDS[id];
}

/**
 * The portrait for a `#speaker` with a `#mood`. An unknown or missing mood shows the closest
 * expression, or neutral; an unknown speaker (or narration, `undefined`) has no portrait:
 * undefined, so the caller falls back to the initials badge.
 */
export function portraitFor(speaker: string | undefined | null, mood?: string | null): ImageAsset | undefined {
  const person = resolvePerson(speaker);
  return person && PORTRAITS[person][resolveMood(mood)];
}

/** The sound for a `#sfx`; undefined for a cue we have no sound for (show its caption only, or nothing). */
export function cueFor(sfx: string | undefined | null): CueAsset | undefined {
  const id = resolveCue(sfx);
  return id && CUE_SOUNDS[id];
}

/** The ambience loop for a `#scene`; undefined means quiet. */
export function ambienceFor(scene: string | undefined | null): AudioAsset | undefined {
  const id = resolveScene(scene);
  return id && AMBIENCE[id];
}

/** The music loop for a `#music` state; undefined means silence (`off`, or a state we do not know). */
export function musicFor(state: string | undefined | null): AudioAsset | undefined {
  const id = resolveMusic(state);
  return id && id !== 'off' ? MUSIC[id] : undefined;
}
