/**
 * A very small synthesiser: mono Float32 buffers, a few oscillators, noise, envelopes, filters and
 * a reverb. Everything is seeded, so the same code writes the same sound on every machine.
 *
 * Loops are "circular": a sound written past the end of a loop buffer wraps to its start, and
 * filters and the reverb run over the loop twice so their tails wrap too. The PCM then repeats
 * without a seam.
 */

export const RATE = 22050;

export type Buffer = Float32Array;

export function buffer(seconds: number): Buffer {
  return new Float32Array(Math.round(seconds * RATE));
}

/** Deterministic pseudo-random numbers (the game's mulberry32), so the output is the same on every run. */
export { seededRandom as seeded } from '../seeded-random.ts';

export const midiToHz = (note: number): number => 440 * 2 ** ((note - 69) / 12);
export const dbToGain = (db: number): number => 10 ** (db / 20);

/** Add `source` into `target` at sample `offset`, scaled by `gain`; with `wrap`, past the end comes round to the start. */
export function mixInto(target: Buffer, source: Buffer, offset: number, gain = 1, wrap = false): void {
  for (let i = 0; i < source.length; i++) {
    let j = offset + i;
    if (wrap) j = ((j % target.length) + target.length) % target.length;
    else if (j < 0 || j >= target.length) continue;
    target[j] = (target[j] ?? 0) + (source[i] ?? 0) * gain;
  }
}

// ---- Sources -------------------------------------------------------------------

export function whiteNoise(length: number, random: () => number): Buffer {
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) out[i] = random() * 2 - 1;
  return out;
}

/** Pink-ish noise (Paul Kellet's economy filter): softer than white, closer to air and rooms. */
export function pinkNoise(length: number, random: () => number): Buffer {
  const out = new Float32Array(length);
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  for (let i = 0; i < length; i++) {
    const w = random() * 2 - 1;
    b0 = 0.99765 * b0 + w * 0.099046;
    b1 = 0.963 * b1 + w * 0.2965164;
    b2 = 0.57 * b2 + w * 1.0526913;
    out[i] = (b0 + b1 + b2 + w * 0.1848) * 0.2;
  }
  return out;
}

/** Brown noise: a random walk, the rumble of a road or a building. */
export function brownNoise(length: number, random: () => number): Buffer {
  const out = new Float32Array(length);
  let last = 0;
  for (let i = 0; i < length; i++) {
    last = (last + (random() * 2 - 1) * 0.02) / 1.002;
    out[i] = last * 3.5;
  }
  return out;
}

/** A tone built from harmonics: `partials` is [multiple of the frequency, amplitude, decay per second (0 = none)]. */
export function tone(freq: number, seconds: number, partials: readonly (readonly [number, number, number?])[], phase = 0): Buffer {
  const out = buffer(seconds);
  for (const [mult, amp, decay = 0] of partials) {
    const w = (2 * Math.PI * freq * mult) / RATE;
    for (let i = 0; i < out.length; i++) {
      out[i] = (out[i] ?? 0) + Math.sin(w * i + phase * mult) * amp * (decay ? Math.exp((-decay * i) / RATE) : 1);
    }
  }
  return out;
}

/** A soft FM bell or electric piano: a sine whose brightness fades faster than its body. */
export function fmBell(freq: number, seconds: number, ratio: number, index: number, indexDecay: number, ampDecay: number): Buffer {
  const out = buffer(seconds);
  const wc = (2 * Math.PI * freq) / RATE;
  const wm = wc * ratio;
  for (let i = 0; i < out.length; i++) {
    const t = i / RATE;
    const mod = Math.sin(wm * i) * index * Math.exp(-indexDecay * t);
    out[i] = Math.sin(wc * i + mod) * Math.exp(-ampDecay * t);
  }
  return out;
}

// ---- Shaping -------------------------------------------------------------------

/** Attack, hold at full level, then release, in seconds; multiplies in place. */
export function envelope(b: Buffer, attack: number, release: number, curve = 1): Buffer {
  const a = Math.max(1, Math.round(attack * RATE));
  const r = Math.max(1, Math.round(release * RATE));
  for (let i = 0; i < b.length; i++) {
    let g = 1;
    if (i < a) g = i / a;
    const fromEnd = b.length - 1 - i;
    if (fromEnd < r) g = Math.min(g, fromEnd / r);
    b[i] = (b[i] ?? 0) * g ** curve;
  }
  return b;
}

/** Multiply by a slowly varying gain from `lfo(t)` (t in seconds). */
export function modulate(b: Buffer, lfo: (t: number) => number): Buffer {
  for (let i = 0; i < b.length; i++) b[i] = (b[i] ?? 0) * lfo(i / RATE);
  return b;
}

/** One-pole low-pass, in place; `passes` over the buffer so a loop's filter state wraps. */
export function lowpass(b: Buffer, cutoff: number, loop = false): Buffer {
  const x = Math.exp((-2 * Math.PI * cutoff) / RATE);
  let y = 0;
  const passes = loop ? 2 : 1;
  for (let p = 0; p < passes; p++) {
    for (let i = 0; i < b.length; i++) {
      y = (1 - x) * (b[i] ?? 0) + x * y;
      if (p === passes - 1) b[i] = y;
    }
  }
  return b;
}

export function highpass(b: Buffer, cutoff: number, loop = false): Buffer {
  const copy = Float32Array.from(b);
  lowpass(copy, cutoff, loop);
  for (let i = 0; i < b.length; i++) b[i] = (b[i] ?? 0) - (copy[i] ?? 0);
  return b;
}

/** A resonant band-pass (RBJ biquad), in place. */
export function bandpass(b: Buffer, centre: number, q: number, loop = false): Buffer {
  const w0 = (2 * Math.PI * centre) / RATE;
  const alpha = Math.sin(w0) / (2 * q);
  const a0 = 1 + alpha;
  const b0 = alpha / a0;
  const b2 = -alpha / a0;
  const a1 = (-2 * Math.cos(w0)) / a0;
  const a2 = (1 - alpha) / a0;
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  const input = Float32Array.from(b);
  const passes = loop ? 2 : 1;
  for (let p = 0; p < passes; p++) {
    for (let i = 0; i < b.length; i++) {
      const x0 = input[i] ?? 0;
      const y0 = b0 * x0 + b2 * x2 - a1 * y1 - a2 * y2;
      x2 = x1;
      x1 = x0;
      y2 = y1;
      y1 = y0;
      if (p === passes - 1) b[i] = y0;
    }
  }
  return b;
}

/**
 * A small Schroeder reverb (four combs, two all-passes). With `loop`, the input is fed round
 * twice and the second pass is kept, so the tail of the end rings on over the start.
 * Returns a new buffer: dry + wet.
 */
export function reverb(b: Buffer, opts: { wet: number; room: number; damp: number; loop?: boolean; tail?: number }): Buffer {
  const combs = [1116, 1188, 1277, 1356].map((n) => Math.round((n * RATE) / 44100 * opts.room));
  const allpasses = [556, 441].map((n) => Math.round((n * RATE) / 44100));
  const tail = opts.loop ? 0 : Math.round((opts.tail ?? 1.5) * RATE);
  const length = b.length + tail;
  const passes = opts.loop ? 2 : 1;
  const out = new Float32Array(length);
  const combBufs = combs.map((n) => new Float32Array(n));
  const combIdx = combs.map(() => 0);
  const combLow = combs.map(() => 0);
  const apBufs = allpasses.map((n) => new Float32Array(n));
  const apIdx = allpasses.map(() => 0);
  const feedback = 0.84;
  for (let p = 0; p < passes; p++) {
    for (let i = 0; i < length; i++) {
      const x = (opts.loop ? b[i % b.length] : b[i]) ?? 0;
      let sum = 0;
      for (let c = 0; c < combs.length; c++) {
        const buf = combBufs[c] as Float32Array;
        const idx = combIdx[c] as number;
        const y = buf[idx] ?? 0;
        combLow[c] = y * (1 - opts.damp) + (combLow[c] ?? 0) * opts.damp;
        buf[idx] = x * 0.015 + (combLow[c] ?? 0) * feedback;
        combIdx[c] = (idx + 1) % buf.length;
        sum += y;
      }
      for (let a = 0; a < allpasses.length; a++) {
        const buf = apBufs[a] as Float32Array;
        const idx = apIdx[a] as number;
        const delayed = buf[idx] ?? 0;
        const y = -sum + delayed;
        buf[idx] = sum + delayed * 0.5;
        apIdx[a] = (idx + 1) % buf.length;
        sum = y;
      }
      if (p === passes - 1) out[i] = ((opts.loop ? b[i] : b[i]) ?? 0) + sum * opts.wet;
    }
  }
  return out;
}

// ---- Levels -----------------------------------------------------------------------

export function peak(b: Buffer): number {
  let m = 0;
  for (const v of b) m = Math.max(m, Math.abs(v));
  return m;
}

export function rms(b: Buffer): number {
  let s = 0;
  for (const v of b) s += v * v;
  return Math.sqrt(s / Math.max(1, b.length));
}

/** Scale so the loudness (RMS) is `db` dBFS, but never let the peak pass `ceilingDb`. */
export function level(b: Buffer, db: number, ceilingDb = -1): Buffer {
  const r = rms(b);
  const p = peak(b);
  if (r === 0 || p === 0) return b;
  const gain = Math.min(dbToGain(db) / r, dbToGain(ceilingDb) / p);
  for (let i = 0; i < b.length; i++) b[i] = (b[i] ?? 0) * gain;
  return b;
}

/** Short fades at both ends (for one-shot cues), so nothing clicks. */
export function fadeEnds(b: Buffer, seconds = 0.005): Buffer {
  const n = Math.min(Math.round(seconds * RATE), Math.floor(b.length / 2));
  for (let i = 0; i < n; i++) {
    const g = i / n;
    b[i] = (b[i] ?? 0) * g;
    b[b.length - 1 - i] = (b[b.length - 1 - i] ?? 0) * g;
  }
  return b;
}

/** Cut trailing near-silence from a one-shot, keeping a short fade. */
export function trim(b: Buffer, thresholdDb = -60): Buffer {
  const limit = dbToGain(thresholdDb) * peak(b);
  let end = b.length;
  while (end > 1 && Math.abs(b[end - 1] ?? 0) < limit) end--;
  return fadeEnds(b.slice(0, Math.min(b.length, end + Math.round(0.02 * RATE))), 0.004);
}

/** Make any noise buffer loop seamlessly: the last `fade` seconds are cross-faded into the start. */
export function loopCrossfade(b: Buffer, seconds: number, fade: number): Buffer {
  const n = Math.round(seconds * RATE);
  const f = Math.round(fade * RATE);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = b[i] ?? 0;
  for (let i = 0; i < f; i++) {
    const g = i / f;
    // Equal-power blend of the material just past the loop end into the loop's beginning.
    out[i] = (b[i] ?? 0) * Math.sin((g * Math.PI) / 2) + (b[n + i] ?? 0) * Math.cos((g * Math.PI) / 2);
  }
  return out;
}
