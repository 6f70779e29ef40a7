/**
 * An audio port that stands in for the real one until it is made. Making the real one opens the
 * browser's audio (an AudioContext), which can hold the page for a few hundred milliseconds on a
 * slow machine; the game does it when the player pauses, not while they are pressing keys. Until
 * then this keeps what was asked: the settings, the unlock, the place's ambience and the music as
 * they stand, and cues recent enough still to belong to what is on screen. `connect` hands them over
 * in that order (volumes first, so nothing starts loud) and passes everything on from then.
 */
import type { AudioChannel, AudioPort, Clock } from '../ports.ts';

/** A cue asked for longer ago than this is dropped, not played late (its caption was shown). */
export const FRESH_CUE_MS = 1500;

export class DeferredAudio implements AudioPort {
  private target: AudioPort | undefined;
  private readonly volumes = new Map<AudioChannel, number>();
  private muted: boolean | undefined;
  private unlocked = false;
  private ambience: { readonly scene: string | undefined } | undefined;
  private music: { readonly state: string | undefined } | undefined;
  private cues: { readonly cue: string; readonly at: number }[] = [];

  constructor(private readonly clock: Clock) {}

  /** True once the real port is connected. */
  get connected(): boolean {
    return this.target !== undefined;
  }

  /** Hand over to `target` what was asked so far, and pass everything on to it from now. Once only. */
  connect(target: AudioPort): void {
    if (this.target) return;
    this.target = target;
    for (const [channel, volume] of this.volumes) target.setVolume(channel, volume);
    if (this.muted !== undefined) target.setMuted(this.muted);
    if (this.unlocked) target.unlock();
    if (this.ambience) target.setAmbience(this.ambience.scene);
    if (this.music) target.setMusic(this.music.state);
    const now = this.clock.now();
    for (const { cue, at } of this.cues) if (now - at <= FRESH_CUE_MS) target.playCue(cue);
    this.volumes.clear();
    this.cues = [];
  }

  unlock(): void {
    if (this.target) this.target.unlock();
    else this.unlocked = true;
  }

  playCue(cue: string): void {
    if (this.target) this.target.playCue(cue);
    else this.cues.push({ cue, at: this.clock.now() });
  }

  setAmbience(scene: string | undefined): void {
    if (this.target) this.target.setAmbience(scene);
    else this.ambience = { scene };
  }

  setMusic(state: string | undefined): void {
    if (this.target) this.target.setMusic(state);
    else this.music = { state };
  }

  setVolume(channel: AudioChannel, volume: number): void {
    if (this.target) this.target.setVolume(channel, volume);
    else this.volumes.set(channel, volume);
  }

  setMuted(muted: boolean): void {
    if (this.target) this.target.setMuted(muted);
    else this.muted = muted;
  }
}
