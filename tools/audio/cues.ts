/**
 * The one-shot cues for `#sfx` tags. Short (under two seconds), soft-edged, recognisable without
 * being literal: a ringtone, a phone buzzing on a desk, a door, a knock, a call connecting and ending.
 */
import type { CueId } from '../../src/presentation/assets/asset-names.ts';
import {
  bandpass,
  buffer,
  envelope,
  fmBell,
  lowpass,
  midiToHz,
  mixInto,
  pinkNoise,
  RATE,
  reverb,
  seeded,
  tone,
  trim,
  whiteNoise,
  type Buffer,
} from './dsp.ts';

const at = (seconds: number): number => Math.round(seconds * RATE);

/** A soft marimba-like note: an FM bell with a quick brightness decay. */
function mallet(note: number, seconds = 0.9): Buffer {
  return envelope(fmBell(midiToHz(note), seconds, 4, 1.6, 18, 5.5), 0.004, 0.2);
}

/** A phone ringing: a friendly four-note figure, played twice. */
function phone(): Buffer {
  const out = buffer(2.2);
  const figure = [76, 79, 83, 79];
  for (let rep = 0; rep < 2; rep++) {
    figure.forEach((note, i) => {
      mixInto(out, mallet(note, 0.7), at(rep * 1.05 + i * 0.13), 0.5);
      mixInto(out, mallet(note - 12, 0.7), at(rep * 1.05 + i * 0.13), 0.18);
    });
  }
  return trim(reverb(out, { wet: 0.22, room: 0.7, damp: 0.4, tail: 0.6 }));
}

/** A phone buzzing on a desk: two short bursts of a low, rough vibration. */
function message(): Buffer {
  const out = buffer(1.0);
  const random = seeded(21);
  for (const start of [0, 0.32]) {
    const len = 0.2;
    const hum = tone(165, len, [
      [1, 0.6],
      [2, 0.3],
      [3, 0.18],
    ]);
    // The rattle of the phone against the desk: noise chopped at the motor's speed.
    const rattle = bandpass(whiteNoise(at(len), random), 900, 1.2);
    for (let i = 0; i < rattle.length; i++) rattle[i] = (rattle[i] ?? 0) * (0.5 + 0.5 * Math.sin((2 * Math.PI * 82 * i) / RATE)) * 0.8;
    const burst = envelope(hum, 0.015, 0.04);
    mixInto(burst, envelope(rattle, 0.015, 0.04), 0, 0.7);
    mixInto(out, burst, at(start));
  }
  // A soft two-note ping after the buzz, so "message" differs from "phone" even on small speakers.
  mixInto(out, mallet(88, 0.5), at(0.62), 0.14);
  mixInto(out, mallet(93, 0.5), at(0.72), 0.12);
  return trim(lowpass(out, 5000));
}

/** A door: the latch, a short swing of air, and the soft thud of it closing. */
function door(): Buffer {
  const out = buffer(1.6);
  const random = seeded(33);
  const click = (when: number, centre: number, gain: number): void => {
    const c = envelope(bandpass(whiteNoise(at(0.03), random), centre, 3), 0.001, 0.025, 2);
    mixInto(out, c, at(when), gain);
  };
  click(0, 2200, 1.0);
  click(0.05, 1400, 0.7);
  const swing = envelope(bandpass(pinkNoise(at(0.7), random), 500, 0.8), 0.25, 0.35);
  mixInto(out, swing, at(0.1), 0.35);
  const thud = envelope(tone(70, 0.5, [
    [1, 1, 9],
    [2.1, 0.4, 16],
  ]), 0.003, 0.2);
  mixInto(out, thud, at(0.85), 0.9);
  mixInto(out, envelope(lowpass(whiteNoise(at(0.12), random), 900), 0.002, 0.1, 2), at(0.85), 0.6);
  click(0.9, 1800, 0.5);
  return trim(reverb(out, { wet: 0.3, room: 0.6, damp: 0.5, tail: 0.5 }));
}

/** Three knocks on a wooden door. */
function knock(): Buffer {
  const out = buffer(1.0);
  const random = seeded(44);
  [0, 0.2, 0.38].forEach((when, i) => {
    const body = tone(150 + i * 4, 0.18, [
      [1, 1, 30],
      [2.3, 0.5, 45],
    ]);
    const wood = envelope(bandpass(whiteNoise(at(0.08), random), 420, 2), 0.001, 0.07, 2);
    const hit = envelope(body, 0.001, 0.1);
    mixInto(hit, wood, 0, 0.9);
    mixInto(out, hit, at(when), i === 2 ? 0.85 : 1);
  });
  return trim(reverb(out, { wet: 0.25, room: 0.5, damp: 0.5, tail: 0.4 }));
}

function chime(notes: readonly number[]): Buffer {
  const out = buffer(1.1);
  notes.forEach((note, i) => {
    mixInto(out, envelope(fmBell(midiToHz(note), 0.8, 2, 0.8, 8, 4.5), 0.006, 0.3), at(i * 0.16), 0.5);
  });
  return trim(reverb(out, { wet: 0.25, room: 0.7, damp: 0.3, tail: 0.5 }));
}

export const CUE_SOUNDS: Readonly<Record<CueId, () => Buffer>> = {
  phone,
  message,
  door,
  knock,
  'call-join': () => chime([72, 76, 79]),
  'call-end': () => chime([79, 76, 72]),
};
