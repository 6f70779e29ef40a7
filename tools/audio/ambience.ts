/**
 * A quiet bed of sound under each scene: abstract and gentle, a few seconds long, looping without
 * a seam. Noise shaped by filters and slow swells, and a few small events (keys, cups) placed
 * round the loop, wrapping past its end to its start.
 */
import type { SceneId } from '../../src/presentation/assets/asset-names.ts';
import {
  bandpass,
  brownNoise,
  buffer,
  envelope,
  fmBell,
  highpass,
  loopCrossfade,
  lowpass,
  mixInto,
  pinkNoise,
  RATE,
  reverb,
  seeded,
  tone,
  whiteNoise,
  type Buffer,
} from './dsp.ts';

export const AMBIENCE_SECONDS = 8;
const FADE = 1.5;

/** Noise long enough to be cross-faded into a seamless loop. */
function bed(kind: 'pink' | 'brown' | 'white', seed: number): Buffer {
  const random = seeded(seed);
  const n = Math.round((AMBIENCE_SECONDS + FADE) * RATE);
  return kind === 'pink' ? pinkNoise(n, random) : kind === 'brown' ? brownNoise(n, random) : whiteNoise(n, random);
}

/** A slow swell that repeats a whole number of times per loop, so it joins up. */
const swell =
  (cycles: number, depth: number, phase = 0) =>
  (t: number): number =>
    1 - depth / 2 + (depth / 2) * Math.sin((2 * Math.PI * cycles * t) / AMBIENCE_SECONDS + phase);

function steadyHum(freq: number, gain: number): Buffer {
  const b = tone(freq, AMBIENCE_SECONDS, [
    [1, 1],
    [2, 0.35],
    [3, 0.12],
  ]);
  for (let i = 0; i < b.length; i++) b[i] = (b[i] ?? 0) * gain;
  return b;
}

/** Office: the building's hum, air, and bursts of keyboard typing from across the floor. */
function office(): Buffer {
  const air = loopCrossfade(lowpass(bed('pink', 1), 900), AMBIENCE_SECONDS, FADE);
  const out = Float32Array.from(air, (v) => v * 0.5);
  // 100 Hz: twice the mains frequency, the note of fluorescent tubes and transformers. 8 s holds whole cycles.
  mixInto(out, steadyHum(100, 0.012), 0);
  const random = seeded(2);
  const key = (): Buffer => envelope(highpass(bandpass(whiteNoise(Math.round(0.025 * RATE), random), 2600 + random() * 1400, 2.5), 800), 0.001, 0.02, 2);
  // Three bursts of typing at different distances.
  for (const [start, count, gain] of [
    [0.6, 14, 0.16],
    [3.9, 9, 0.1],
    [6.1, 18, 0.13],
  ] as const) {
    let t = start;
    for (let k = 0; k < count; k++) {
      mixInto(out, key(), Math.round(t * RATE), gain * (0.7 + random() * 0.5), true);
      t += 0.08 + random() * 0.12 + (random() < 0.12 ? 0.3 : 0);
    }
  }
  return reverb(out, { wet: 0.35, room: 0.9, damp: 0.5, loop: true });
}

/** Café: a murmur of voices (bands of noise rising and falling like speech), cups, a distant hiss. */
function cafe(): Buffer {
  const out = buffer(AMBIENCE_SECONDS);
  [
    [280, 7, 0.9],
    [520, 5, 0.7],
    [900, 9, 0.45],
    [1500, 11, 0.25],
  ].forEach(([centre = 500, cycles = 5, gain = 0.5], i) => {
    const voice = loopCrossfade(bandpass(bed('pink', 10 + i), centre, 1.4), AMBIENCE_SECONDS, FADE);
    const random = seeded(50 + i);
    const phases = [random() * 6, random() * 6, random() * 6];
    // Syllable-rate wobble on top of slower swells: the shape of talk without words.
    const lfo = (t: number): number =>
      Math.max(0, 0.55 + 0.25 * Math.sin((2 * Math.PI * cycles * t) / AMBIENCE_SECONDS + (phases[0] ?? 0)) + 0.2 * Math.sin((2 * Math.PI * cycles * 5 * t) / AMBIENCE_SECONDS + (phases[1] ?? 0)));
    for (let k = 0; k < voice.length; k++) voice[k] = (voice[k] ?? 0) * lfo(k / RATE) * gain;
    mixInto(out, voice, 0);
  });
  const random = seeded(61);
  for (const [when, note] of [
    [1.3, 3100],
    [1.42, 4200],
    [4.7, 3600],
    [6.9, 2900],
  ] as const) {
    const clink = envelope(fmBell(note + random() * 100, 0.35, 1.41, 1.2, 20, 14), 0.001, 0.1);
    mixInto(out, clink, Math.round(when * RATE), 0.05, true);
  }
  return reverb(lowpass(out, 3500, true), { wet: 0.45, room: 1, damp: 0.45, loop: true });
}

/** Car: the low rumble of an engine idling and a little tyre and wind noise outside. */
function car(): Buffer {
  const rumble = loopCrossfade(lowpass(bed('brown', 3), 220), AMBIENCE_SECONDS, FADE);
  const out = Float32Array.from(rumble, (v) => v * 0.9);
  // The engine: 30 Hz and its harmonics, very low. 8 s holds whole cycles of each.
  mixInto(out, steadyHum(30, 0.05), 0);
  mixInto(out, steadyHum(45, 0.02), 0);
  const outside = loopCrossfade(bandpass(bed('pink', 4), 700, 0.7), AMBIENCE_SECONDS, FADE);
  for (let i = 0; i < outside.length; i++) outside[i] = (outside[i] ?? 0) * 0.12 * swell(1, 0.6)(i / RATE);
  mixInto(out, outside, 0);
  return out;
}

/** Meeting room: ventilation air, very still. */
function meetingRoom(): Buffer {
  const air = loopCrossfade(lowpass(highpass(bed('pink', 5), 120), 1200), AMBIENCE_SECONDS, FADE);
  const out = Float32Array.from(air, (v, i) => v * 0.6 * swell(2, 0.2)(i / RATE));
  mixInto(out, steadyHum(50, 0.006), 0);
  return out;
}

/** Video call: a soft room tone and the whisper of a laptop fan. */
function videoCall(): Buffer {
  const room = loopCrossfade(lowpass(bed('pink', 6), 600), AMBIENCE_SECONDS, FADE);
  const fan = loopCrossfade(bandpass(bed('white', 7), 1800, 1.5), AMBIENCE_SECONDS, FADE);
  const out = Float32Array.from(room, (v, i) => v * 0.5 + (fan[i] ?? 0) * 0.03 * swell(1, 0.3)(i / RATE));
  return out;
}

export const AMBIENCE_SOUNDS: Readonly<Record<SceneId, () => Buffer>> = {
  office,
  cafe,
  car,
  'meeting-room': meetingRoom,
  'video-call': videoCall,
};
