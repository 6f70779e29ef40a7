/**
 * The audio port over Howler. Sounds are created the first time they are needed; a file that is
 * missing or cannot be decoded is remembered as silent and never stops the game.
 */
import { Howl, Howler } from 'howler';
import type { AudioChannel, AudioPort } from '../core/ports.ts';

export interface SoundFile {
  /** Alternatives in order of preference (e.g. Ogg then MP3); Howler plays the first it can. */
  readonly urls: readonly string[];
  /** The format of each URL (`ogg`, `mp3`): Howler reads it from the file name, which a data URL does not have. */
  readonly formats?: readonly string[];
  readonly loop: boolean;
  /** The file's own level, 0…1, before the player's settings. */
  readonly volume: number;
}

/** Where the adapter finds the files for the names the story uses (the asset manifest, in the game). */
export interface SoundLibrary {
  cue(name: string): SoundFile | undefined;
  ambience(scene: string): SoundFile | undefined;
  music(state: string): SoundFile | undefined;
}

const FADE_MS = 1200;

interface Playing {
  readonly name: string;
  readonly howl: Howl;
  readonly file: SoundFile;
}

export function createHowlerAudio(library: SoundLibrary): AudioPort {
  const howls = new Map<string, Howl | null>();
  const levels: Record<AudioChannel, number> = { master: 1, music: 1, effects: 1 };
  let music: Playing | undefined;
  let ambience: Playing | undefined;

  const howlFor = (key: string, file: SoundFile): Howl | null => {
    if (howls.has(key)) return howls.get(key) ?? null;
    try {
      const howl = new Howl({ src: [...file.urls], ...(file.formats ? { format: [...file.formats] } : {}), loop: file.loop, preload: true, volume: 0 });
      // A file that will not load or play is silence from now on.
      howl.once('loaderror', () => howls.set(key, null));
      howl.once('playerror', () => howls.set(key, null));
      howls.set(key, howl);
      return howl;
    } catch {
      howls.set(key, null);
      return null;
    }
  };

  const level = (channel: 'music' | 'effects', file: SoundFile) => levels[channel] * file.volume;

  /** Fade out what is playing on a loop channel and fade in `next` (or nothing). */
  const crossFade = (current: Playing | undefined, name: string | undefined, file: SoundFile | undefined, channel: 'music' | 'effects'): Playing | undefined => {
    if (current && current.name === name) return current;
    if (current) {
      const old = current.howl;
      old.fade(old.volume(), 0, FADE_MS);
      old.once('fade', () => old.stop());
    }
    if (!name || !file) return undefined;
    const howl = howlFor(`${channel}:${name}`, file);
    if (!howl) return undefined;
    howl.volume(0);
    howl.play();
    howl.fade(0, level(channel, file), FADE_MS);
    return { name, howl, file };
  };

  return {
    unlock() {
      const context = Howler.ctx;
      if (context && context.state === 'suspended') void context.resume().catch(() => undefined);
    },
    playCue(name) {
      const file = library.cue(name);
      const howl = file && howlFor(`cue:${name}`, file);
      if (!file || !howl) return;
      howl.volume(level('effects', file));
      howl.play();
    },
    setAmbience(scene) {
      ambience = crossFade(ambience, scene, scene ? library.ambience(scene) : undefined, 'effects');
    },
    setMusic(state) {
      music = crossFade(music, state, state ? library.music(state) : undefined, 'music');
    },
    setVolume(channel, volume) {
      levels[channel] = volume;
      if (channel === 'master') Howler.volume(volume);
      if (music) music.howl.volume(level('music', music.file));
      if (ambience) ambience.howl.volume(level('effects', ambience.file));
    },
    setMuted(muted) {
      Howler.mute(muted);
    },
  };
}
