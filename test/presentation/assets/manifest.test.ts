import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ALL_IMAGES,
  ALL_SOUNDS,
  AMBIENCE,
  BACKGROUNDS,
  CUE_SOUNDS,
  CUES,
  MOODS,
  MUSIC,
  PEOPLE,
  PORTRAITS,
  SCENES,
  ambienceFor,
  backgroundFor,
  cueFor,
  musicFor,
  portraitFor,
  resolveMood,
  resolveMusic,
  resolvePerson,
} from '../../../src/presentation/assets/manifest.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Every value of a line tag in the stories, with where it was seen. */
function tagValues(key: string): Map<string, string> {
  const found = new Map<string, string>();
  const dir = join(ROOT, 'stories');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ink'));
  const pattern = new RegExp(`#\\s*${key}\\s*:\\s*([^#\\n]+)`, 'g');
  for (const file of files) {
    // Ink comments (`// …` and `/* … */`) may mention tags as examples: leave them out.
    const text = readFileSync(join(dir, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|\s)\/\/.*$/gm, '$1');
    for (const match of text.matchAll(pattern)) {
      const value = (match[1] ?? '').trim();
      if (value && !found.has(value)) found.set(value, `stories/${file}`);
    }
  }
  return found;
}

describe('the asset manifest', () => {
  it('names every file that exists on disk, small enough to ship', () => {
    const files = [...ALL_IMAGES.map((i) => i.file), ...ALL_SOUNDS.flatMap((s) => s.files)];
    expect(files.length).toBe(SCENES.length + PEOPLE.length * MOODS.length + (CUES.length + SCENES.length + 3) * 2);
    for (const file of files) {
      expect(existsSync(join(ROOT, file)), file).toBe(true);
      const size = statSync(join(ROOT, file)).size;
      expect(size, file).toBeGreaterThan(500);
      expect(size, file).toBeLessThan(file.endsWith('.svg') ? 20_000 : 120_000);
    }
    const audioTotal = ALL_SOUNDS.flatMap((s) => s.files).reduce((sum, file) => sum + statSync(join(ROOT, file)).size, 0);
    expect(audioTotal).toBeLessThan(1_500_000);
  });

  it('gives every file a URL from Vite, never an inline data URL', () => {
    for (const image of ALL_IMAGES) {
      expect(image.url, image.file).toContain(basename(image.file, '.svg'));
      expect(image.url.startsWith('data:'), image.file).toBe(false);
    }
    for (const sound of ALL_SOUNDS) {
      expect(sound.urls).toHaveLength(2);
      sound.urls.forEach((url, i) => {
        expect(url, sound.files[i]).toContain(basename(sound.files[i] ?? '-').replace(/\.\w+$/, ''));
        expect(url.startsWith('data:')).toBe(false);
      });
      expect(sound.urls[0]).toMatch(/\.ogg/);
      expect(sound.urls[1]).toMatch(/\.mp3/);
    }
  });

  it('has unique keys', () => {
    const keys = [...ALL_IMAGES.map((i) => i.key), ...ALL_SOUNDS.map((s) => s.key)];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('writes SVGs the browser can read: one root, a title, a view box of the promised size', () => {
    for (const image of ALL_IMAGES) {
      const text = readFileSync(join(ROOT, image.file), 'utf8');
      expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), image.file).toBe(true);
      expect(text).toContain(`viewBox="0 0 ${image.width} ${image.height}"`);
      expect(text).toMatch(/<title>[^<]+<\/title>/);
      expect(text.trim().endsWith('</svg>')).toBe(true);
      expect(text).not.toMatch(/NaN|undefined|Infinity/);
    }
  });

  it('loops ambience and music, and plays cues once', () => {
    expect(Object.values(AMBIENCE).every((a) => a.loop)).toBe(true);
    expect(Object.values(MUSIC).every((m) => m.loop)).toBe(true);
    expect(Object.values(CUE_SOUNDS).every((c) => !c.loop && c.caption.length > 0)).toBe(true);
  });
});

describe('lookups', () => {
  it('finds the background and ambience for each scene, and a synonym', () => {
    expect(backgroundFor('office')).toBe(BACKGROUNDS.office);
    expect(backgroundFor('meeting-room')?.file).toBe('assets/art/scenes/meeting-room.svg');
    expect(backgroundFor('boardroom')).toBe(BACKGROUNDS['meeting-room']);
    expect(backgroundFor(' Cafe ')).toBe(BACKGROUNDS.cafe);
    expect(ambienceFor('car')).toBe(AMBIENCE.car);
    expect(ambienceFor('coffee-shop')).toBe(AMBIENCE.cafe);
  });

  it('returns undefined for a place it does not know, and never throws', () => {
    for (const odd of ['moon-base', '', undefined, null, 'constructor', '__proto__', 'toString']) {
      expect(backgroundFor(odd)).toBeUndefined();
      expect(ambienceFor(odd)).toBeUndefined();
    }
  });

  it('finds a portrait by first name, full name, surname, in any case, with or without accents', () => {
    expect(portraitFor('Tomás', 'worried')).toBe(PORTRAITS.tomas.worried);
    expect(portraitFor('Tomas', 'worried')).toBe(PORTRAITS.tomas.worried);
    expect(portraitFor('tomás ruiz', 'pleased')).toBe(PORTRAITS.tomas.pleased);
    expect(portraitFor('Okafor', 'tense')).toBe(PORTRAITS.ruth.tense);
    expect(portraitFor('  PRIYA ', 'relieved')).toBe(PORTRAITS.priya.relieved);
    expect(resolvePerson('Helen Park')).toBe('helen');
  });

  it('falls back to the closest mood, then to neutral', () => {
    expect(portraitFor('Dev', 'happy')).toBe(PORTRAITS.dev.pleased);
    expect(portraitFor('Dev', 'frustrated')).toBe(PORTRAITS.dev.annoyed);
    expect(portraitFor('Dev', 'Anxious')).toBe(PORTRAITS.dev.worried);
    expect(portraitFor('Dev', 'bewildered')).toBe(PORTRAITS.dev.neutral);
    expect(portraitFor('Dev')).toBe(PORTRAITS.dev.neutral);
    expect(portraitFor('Dev', null)).toBe(PORTRAITS.dev.neutral);
    expect(resolveMood('constructor')).toBe('neutral');
  });

  it('has no portrait for narration or a stranger, so the caller shows the initials badge', () => {
    expect(portraitFor(undefined, 'pleased')).toBeUndefined();
    expect(portraitFor('Anita', 'pleased')).toBeUndefined();
    expect(portraitFor('', 'pleased')).toBeUndefined();
  });

  it('finds cues, with captions, by name or synonym', () => {
    expect(cueFor('phone')).toBe(CUE_SOUNDS.phone);
    expect(cueFor('message')?.caption).toMatch(/buzz/i);
    expect(cueFor('notification')).toBe(CUE_SOUNDS.message);
    expect(cueFor('door-knock')).toBe(CUE_SOUNDS.knock);
    expect(cueFor('thunder')).toBeUndefined();
    expect(cueFor(undefined)).toBeUndefined();
  });

  it('plays music for a state, and silence for off or a word it does not know', () => {
    expect(musicFor('calm')).toBe(MUSIC.calm);
    expect(musicFor('Tense')).toBe(MUSIC.tense);
    expect(musicFor('upbeat')).toBe(MUSIC.hopeful);
    expect(musicFor('off')).toBeUndefined();
    expect(resolveMusic('off')).toBe('off');
    expect(musicFor('polka')).toBeUndefined();
    expect(resolveMusic('polka')).toBeUndefined();
    expect(musicFor(undefined)).toBeUndefined();
  });
});

describe('every tag value the stories use', () => {
  it('has a background and an ambience for each #scene', () => {
    const scenes = tagValues('scene');
    expect(scenes.size).toBeGreaterThan(0);
    for (const [scene, where] of scenes) {
      expect(backgroundFor(scene), `#scene: ${scene} in ${where}`).toBeDefined();
      expect(ambienceFor(scene), `#scene: ${scene} in ${where}`).toBeDefined();
    }
  });

  it('has a face of its own for each #mood (not the neutral fallback)', () => {
    const moods = tagValues('mood');
    expect(moods.size).toBeGreaterThan(0);
    for (const [mood, where] of moods) {
      expect(mood === 'neutral' || resolveMood(mood) !== 'neutral', `#mood: ${mood} in ${where} falls back to neutral`).toBe(true);
    }
  });

  it('has a sound for each #sfx', () => {
    for (const [sfx, where] of tagValues('sfx')) expect(cueFor(sfx), `#sfx: ${sfx} in ${where}`).toBeDefined();
  });

  it('knows each #music state (a loop, or off)', () => {
    for (const [state, where] of tagValues('music')) expect(resolveMusic(state), `#music: ${state} in ${where}`).toBeDefined();
  });

  // Regulars and recurring customers have portraits (PEOPLE in asset-names.ts, drawn by tools/art/generate.ts);
  // someone who speaks in one story only gets the badge with their initials, and must be in the cast bible.
  it('has a portrait for each #speaker, or finds them in the cast bible (docs/cast.md)', () => {
    const bible = readFileSync(resolve(ROOT, 'docs/cast.md'), 'utf8');
    for (const [speaker, where] of tagValues('speaker')) expect(resolvePerson(speaker) !== undefined || new RegExp(`\\b${speaker}\\b`).test(bible), `#speaker: ${speaker} in ${where}`).toBe(true);
  });
});
