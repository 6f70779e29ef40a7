/** The player's sound settings, remembered between visits through the storage port. Never throws. */
import type { AudioChannel, AudioPort, KeyValueStorage } from '../ports.ts';

export interface AudioSettings {
  readonly master: number;
  readonly music: number;
  readonly effects: number;
  readonly muted: boolean;
}

export const DEFAULT_AUDIO_SETTINGS: AudioSettings = { master: 0.8, music: 0.6, effects: 0.8, muted: false };
export const AUDIO_SETTINGS_KEY = 'manage-or-lead/audio';

const unit = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : fallback;

export function readAudioSettings(storage: KeyValueStorage): AudioSettings {
  try {
    const data = JSON.parse(storage.read(AUDIO_SETTINGS_KEY) ?? '{}') as Partial<Record<keyof AudioSettings, unknown>>;
    return {
      master: unit(data.master, DEFAULT_AUDIO_SETTINGS.master),
      music: unit(data.music, DEFAULT_AUDIO_SETTINGS.music),
      effects: unit(data.effects, DEFAULT_AUDIO_SETTINGS.effects),
      muted: typeof data.muted === 'boolean' ? data.muted : DEFAULT_AUDIO_SETTINGS.muted,
    };
  } catch {
    return DEFAULT_AUDIO_SETTINGS;
  }
}

export function writeAudioSettings(storage: KeyValueStorage, settings: AudioSettings): void {
  try {
    storage.write(AUDIO_SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Not kept between visits; the sound itself still follows the settings this time.
  }
}

/** Settings applied to the audio port and kept in storage as they change. */
export class AudioSettingsStore {
  private current: AudioSettings;

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly audio: AudioPort,
  ) {
    this.current = readAudioSettings(storage);
    this.apply();
  }

  get settings(): AudioSettings {
    return this.current;
  }

  setVolume(channel: AudioChannel, volume: number): void {
    this.update({ ...this.current, [channel]: unit(volume, this.current[channel]) });
  }

  setMuted(muted: boolean): void {
    this.update({ ...this.current, muted });
  }

  private update(next: AudioSettings): void {
    this.current = next;
    writeAudioSettings(this.storage, next);
    this.apply();
  }

  private apply(): void {
    for (const channel of ['master', 'music', 'effects'] as const) this.audio.setVolume(channel, this.current[channel]);
    this.audio.setMuted(this.current.muted);
  }
}
