/**
 * `npx tsx tools/audio/generate.ts [--wav]`: synthesises every sound into assets/audio/ as Ogg
 * Vorbis plus an MP3 fallback (and WAVs into test-results/audio/ with --wav, for listening).
 * Deterministic: the same code writes the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CUES, MUSIC_STATES, SCENES } from '../../src/presentation/assets/asset-names.ts';
import { AMBIENCE_SOUNDS } from './ambience.ts';
import { CUE_SOUNDS } from './cues.ts';
import { level, peak, RATE, rms, type Buffer } from './dsp.ts';
import { toMp3, toOgg, toWav } from './encode.ts';
import { MUSIC_SOUNDS } from './music.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const AUDIO = join(ROOT, 'assets/audio');
const WAV = join(ROOT, 'test-results/audio');
const wantWav = process.argv.includes('--wav');

interface Job {
  readonly folder: 'cues' | 'ambience' | 'music';
  readonly name: string;
  readonly make: () => Buffer;
  /** Loudness (RMS, dBFS) and the ceiling for peaks. */
  readonly loudness: number;
  readonly ceiling: number;
  readonly quality: number;
  readonly mp3: 24 | 32 | 40 | 48;
}

const jobs: Job[] = [
  ...CUES.map((name): Job => ({ folder: 'cues', name, make: CUE_SOUNDS[name], loudness: -18, ceiling: -3, quality: 2, mp3: 48 })),
  ...SCENES.map((name): Job => ({ folder: 'ambience', name, make: AMBIENCE_SOUNDS[name], loudness: -30, ceiling: -12, quality: 0, mp3: 32 })),
  ...MUSIC_STATES.map((name): Job => ({ folder: 'music', name, make: MUSIC_SOUNDS[name], loudness: -22, ceiling: -6, quality: 3, mp3: 32 })),
];

const dbfs = (v: number): string => (20 * Math.log10(Math.max(v, 1e-9))).toFixed(1);

let total = 0;
for (const job of jobs) {
  const pcm = level(job.make(), job.loudness, job.ceiling);
  const dir = join(AUDIO, job.folder);
  mkdirSync(dir, { recursive: true });
  const ogg = await toOgg(pcm, job.quality);
  const mp3 = await toMp3(pcm, job.mp3);
  writeFileSync(join(dir, `${job.name}.ogg`), ogg);
  writeFileSync(join(dir, `${job.name}.mp3`), mp3);
  if (wantWav) {
    mkdirSync(join(WAV, job.folder), { recursive: true });
    writeFileSync(join(WAV, job.folder, `${job.name}.wav`), toWav(pcm));
  }
  total += ogg.length + mp3.length;
  console.log(
    `${job.folder}/${job.name}`.padEnd(24),
    `${(pcm.length / RATE).toFixed(2)} s`.padStart(8),
    `rms ${dbfs(rms(pcm))} peak ${dbfs(peak(pcm))} dBFS`.padEnd(30),
    `ogg ${(ogg.length / 1024).toFixed(1)} KB, mp3 ${(mp3.length / 1024).toFixed(1)} KB`,
  );
}
console.log(`assets/audio: ${jobs.length} sounds, ${(total / 1024).toFixed(0)} KB in all`);
