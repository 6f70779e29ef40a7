import type { AudioPort } from '../../src/core/ports.ts';

/** An audio port that writes down what it was asked to do, in order. */
export function recordingAudio(): AudioPort & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    unlock: () => calls.push('unlock'),
    playCue: (cue) => calls.push(`cue ${cue}`),
    setAmbience: (scene) => calls.push(`ambience ${scene ?? 'none'}`),
    setMusic: (state) => calls.push(`music ${state ?? 'none'}`),
    setVolume: (channel, volume) => calls.push(`volume ${channel} ${volume}`),
    setMuted: (muted) => calls.push(`muted ${muted}`),
  };
}
