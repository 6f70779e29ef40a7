import { describe, expect, it } from 'vitest';
import { AudioSettingsStore, AUDIO_SETTINGS_KEY, DEFAULT_AUDIO_SETTINGS, readAudioSettings } from '../../../src/core/audio/settings.ts';
import { attachStorySound, soundCommandsFor } from '../../../src/core/audio/story-sound.ts';
import type { KeyValueStorage } from '../../../src/core/ports.ts';
import { recordingAudio } from '../../support/audio.ts';
import { openSession } from '../../../src/core/session.ts';
import { compiledSource } from '../../support/stories.ts';

function memory(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, read: (k) => data.get(k) ?? null, write: (k, v) => void data.set(k, v), remove: (k) => void data.delete(k) };
}

describe('story sound', () => {
  it('turns scene, sfx and music tags into sound commands in order', () => {
    expect(
      soundCommandsFor([
        { text: 'The office.', tags: [{ kind: 'scene', scene: 'office' }, { kind: 'music', state: 'calm' }] },
        { text: 'Ring.', tags: [{ kind: 'sfx', cue: 'phone' }, { kind: 'speaker', name: 'Dev' }] },
      ]),
    ).toEqual([
      { kind: 'ambience', scene: 'office' },
      { kind: 'music', state: 'calm' },
      { kind: 'cue', cue: 'phone' },
    ]);
  });

  it('plays each beat\'s tags through the audio port as the story runs, and stops the music at the end', () => {
    const source = '# title: S\n# id: s\nOffice. #scene: office #music: tense\n* [Answer #lead:ask]\n  It rings. #sfx: phone #music: off\n  -> END\n';
    const opened = openSession(compiledSource(source), 's.ink', { now: () => 0 });
    if (!opened.ok) throw new Error(opened.error.message);
    const audio = recordingAudio();
    attachStorySound(opened.value, audio);
    opened.value.begin();
    expect(audio.calls).toEqual(['ambience office', 'music tense']);
    opened.value.choose(0);
    expect(audio.calls.slice(2)).toEqual(['cue phone', 'music none', 'music none', 'ambience none']);
  });

  it('leaves the timing to a scheduler when given one, keeping the order (the browser plays after the text is painted)', () => {
    const source = '# title: S\n# id: s\nOffice. #scene: office #music: tense\n* [Answer #lead:ask]\n  It rings. #sfx: phone #music: off\n  -> END\n';
    const opened = openSession(compiledSource(source), 's.ink', { now: () => 0 });
    if (!opened.ok) throw new Error(opened.error.message);
    const audio = recordingAudio();
    const queued: (() => void)[] = [];
    attachStorySound(opened.value, audio, (work) => queued.push(work));
    opened.value.begin();
    opened.value.choose(0);
    expect(audio.calls).toEqual([]);
    for (const work of queued) work();
    // The end's silence comes after the last beat's sounds, never before them.
    expect(audio.calls).toEqual(['ambience office', 'music tense', 'cue phone', 'music none', 'music none', 'ambience none']);
  });
});

describe('sound settings', () => {
  it('start from the defaults and are applied to the port', () => {
    const audio = recordingAudio();
    const store = new AudioSettingsStore(memory(), audio);
    expect(store.settings).toEqual(DEFAULT_AUDIO_SETTINGS);
    expect(audio.calls).toEqual(['volume master 0.8', 'volume music 0.6', 'volume effects 0.8', 'muted false']);
  });

  it('are remembered between visits', () => {
    const storage = memory();
    const first = new AudioSettingsStore(storage, recordingAudio());
    first.setVolume('music', 0.25);
    first.setMuted(true);
    const again = new AudioSettingsStore(storage, recordingAudio());
    expect(again.settings).toEqual({ ...DEFAULT_AUDIO_SETTINGS, music: 0.25, muted: true });
  });

  it('ignore damaged or out-of-range stored values, and survive storage that throws', () => {
    expect(readAudioSettings(memory({ [AUDIO_SETTINGS_KEY]: '{"master": 7, "music": "loud", "muted": 1' }))).toEqual(DEFAULT_AUDIO_SETTINGS);
    expect(readAudioSettings(memory({ [AUDIO_SETTINGS_KEY]: '{"master": 7, "music": -1}' }))).toMatchObject({ master: 1, music: 0 });
    const throwing: KeyValueStorage = {
      read: () => {
        throw new Error('denied');
      },
      write: () => {
        throw new Error('denied');
      },
      remove: () => undefined,
    };
    const store = new AudioSettingsStore(throwing, recordingAudio());
    expect(() => store.setMuted(true)).not.toThrow();
    expect(store.settings.muted).toBe(true);
  });
});

describe('text size', () => {
  it('starts normal, applies the scale, and is remembered between visits', async () => {
    const { TextSizeStore } = await import('../../../src/core/text-size.ts');
    const storage = memory();
    const applied: number[] = [];
    const store = new TextSizeStore(storage, (scale) => applied.push(scale));
    expect(store.size).toBe('normal');
    store.set('largest');
    expect(applied).toEqual([1, 1.4]);
    expect(new TextSizeStore(storage, () => undefined).size).toBe('largest');
    expect(new TextSizeStore(memory({ 'manage-or-lead/text-size': 'huge' }), () => undefined).size).toBe('normal');
  });
});
