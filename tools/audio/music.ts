/**
 * Three music states for `#music` tags: calm, tense, hopeful. Each is a short loop (13–15 s) of a
 * chord progression played by a soft pad, a bass and an electric-piano line whose notes are drawn
 * from the chord by a seeded random walk, so it sounds played rather than sequenced. Notes that
 * ring past the end of the loop wrap round to its start, so the loop has no seam.
 */
import type { MusicState } from '../../src/presentation/assets/asset-names.ts';
import { buffer, envelope, fmBell, lowpass, midiToHz, mixInto, RATE, reverb, seeded, tone, type Buffer } from './dsp.ts';

interface Song {
  readonly bpm: number;
  /** One chord per bar, as MIDI notes (the lowest is the bass). */
  readonly chords: readonly (readonly number[])[];
  readonly beatsPerBar: number;
}

function loopLength(song: Song): number {
  return Math.round(((song.chords.length * song.beatsPerBar * 60) / song.bpm) * RATE);
}

function pad(note: number, seconds: number, brightness: number): Buffer {
  const out = buffer(seconds);
  for (const cents of [-6, 0, 5]) {
    const voice = tone(midiToHz(note) * 2 ** (cents / 1200), seconds, [
      [1, 1],
      [2, 0.45 * brightness],
      [3, 0.22 * brightness],
      [4, 0.1 * brightness],
    ], cents);
    mixInto(out, voice, 0, 1 / 3);
  }
  return envelope(out, Math.min(1.2, seconds / 3), Math.min(1.4, seconds / 2.5));
}

function keys(note: number, seconds: number): Buffer {
  return envelope(fmBell(midiToHz(note), seconds, 1, 1.1, 2.5, 1.8), 0.004, 0.3);
}

function pluck(note: number, seconds: number): Buffer {
  return envelope(fmBell(midiToHz(note), seconds, 2, 1.4, 9, 5), 0.002, 0.08);
}

function bass(note: number, seconds: number): Buffer {
  return envelope(tone(midiToHz(note), seconds, [
    [1, 1],
    [2, 0.3],
    [3, 0.08],
  ]), 0.04, 0.5);
}

/** Shared arrangement: pad on each chord, bass on beats 1 and 3, a wandering piano line. */
function arrange(song: Song, opts: { seed: number; padGain: number; brightness: number; keysGain: number; density: number; keysLow: number; keysHigh: number; bassGain: number }): Buffer {
  const length = loopLength(song);
  const out = new Float32Array(length);
  const beat = 60 / song.bpm;
  const bar = beat * song.beatsPerBar;
  const random = seeded(opts.seed);
  let last = Math.round((opts.keysLow + opts.keysHigh) / 2);
  song.chords.forEach((chord, b) => {
    const start = Math.round(b * bar * RATE);
    const [root = 48, ...upper] = chord;
    for (const note of upper) mixInto(out, pad(note, bar + 1.2, opts.brightness), start - Math.round(0.3 * RATE), opts.padGain, true);
    mixInto(out, bass(root - 12, beat * 2.2), start, opts.bassGain, true);
    mixInto(out, bass(root - 12, beat * 1.8), start + Math.round(beat * 2 * RATE), opts.bassGain * 0.8, true);
    // The piano: eighth notes, some left out, each a step or two from the last along the chord's tones.
    const pool: number[] = [];
    for (let n = opts.keysLow; n <= opts.keysHigh; n++) if (chord.some((c) => (n - c) % 12 === 0)) pool.push(n);
    for (let e = 0; e < song.beatsPerBar * 2; e++) {
      if (random() > opts.density * (e % 2 === 0 ? 1.2 : 0.7)) continue;
      const near = pool.filter((n) => Math.abs(n - last) <= 5 && n !== last);
      const choice = (near.length ? near : pool)[Math.floor(random() * (near.length ? near.length : pool.length))] ?? last;
      last = choice;
      const when = start + Math.round((e * beat) / 2 * RATE + (random() - 0.5) * 0.012 * RATE);
      mixInto(out, keys(choice, 1.6), when, opts.keysGain * (0.6 + random() * 0.4), true);
    }
  });
  return out;
}

function calm(): Buffer {
  // F major, unhurried: Fmaj7 – Dm7 – B♭maj7 – C.
  const song: Song = {
    bpm: 64,
    beatsPerBar: 4,
    chords: [
      [53, 57, 60, 64],
      [50, 57, 60, 65],
      [46, 58, 62, 65],
      [48, 55, 60, 64],
    ],
  };
  const mixed = arrange(song, { seed: 3, padGain: 0.16, brightness: 0.6, keysGain: 0.2, density: 0.5, keysLow: 65, keysHigh: 81, bassGain: 0.22 });
  return reverb(lowpass(mixed, 3200, true), { wet: 0.55, room: 1, damp: 0.35, loop: true });
}

function hopeful(): Buffer {
  // G major, lifting: G – D/F♯ – Em7 – Cadd9, with a brighter, busier piano.
  const song: Song = {
    bpm: 72,
    beatsPerBar: 4,
    chords: [
      [55, 59, 62, 67],
      [54, 57, 62, 66],
      [52, 59, 62, 67],
      [48, 60, 62, 64],
    ],
  };
  const mixed = arrange(song, { seed: 8, padGain: 0.14, brightness: 0.8, keysGain: 0.22, density: 0.62, keysLow: 67, keysHigh: 86, bassGain: 0.2 });
  return reverb(lowpass(mixed, 4200, true), { wet: 0.5, room: 1, damp: 0.3, loop: true });
}

function tense(): Buffer {
  // D minor, a low muted ostinato over a drone, a soft pulse like a heartbeat; Dm – Dm – B♭ – A.
  const song: Song = {
    bpm: 96,
    beatsPerBar: 4,
    chords: [
      [50, 57, 62, 65],
      [50, 57, 62, 65],
      [46, 58, 62, 65],
      [45, 57, 61, 64],
      [50, 57, 62, 65],
      [45, 57, 61, 64],
    ],
  };
  const length = loopLength(song);
  const out = arrange(song, { seed: 5, padGain: 0.1, brightness: 0.35, keysGain: 0.07, density: 0.18, keysLow: 69, keysHigh: 77, bassGain: 0.16 });
  const beat = 60 / song.bpm;
  const eighth = Math.round((beat / 2) * RATE);
  const figure = [0, 7, 3, 7, 0, 7, 5, 7];
  song.chords.forEach((chord, b) => {
    const root = (chord[0] ?? 50) + 12;
    for (let e = 0; e < 8; e++) {
      const accent = e % 4 === 0 ? 1 : 0.65;
      mixInto(out, pluck(root + (figure[e] ?? 0) - (root > 56 ? 12 : 0), 0.45), b * 8 * eighth + e * eighth, 0.16 * accent, true);
    }
    // Two soft low thumps per bar.
    for (const at of [0, 4]) {
      const thump = envelope(tone(52, 0.4, [
        [1, 1, 9],
        [2, 0.2, 14],
      ]), 0.004, 0.2);
      mixInto(out, thump, b * 8 * eighth + at * eighth, 0.22, true);
    }
  });
  // A drone on D with a slow tremolo, whole cycles over the loop.
  // Its pitch nudged so a whole number of cycles fits the loop: no click where it joins.
  const seconds = length / RATE;
  const drone = tone(Math.round(midiToHz(38) * seconds) / seconds, seconds, [
    [1, 1],
    [2, 0.3],
  ]);
  const cycles = 6;
  for (let i = 0; i < drone.length; i++) drone[i] = (drone[i] ?? 0) * (0.6 + 0.4 * Math.sin((2 * Math.PI * cycles * i) / length));
  mixInto(out, drone, 0, 0.08);
  return reverb(lowpass(out, 2400, true), { wet: 0.45, room: 0.9, damp: 0.45, loop: true });
}

export const MUSIC_SOUNDS: Readonly<Record<MusicState, () => Buffer>> = { calm, tense, hopeful };
