/**
 * PCM to files: Ogg Vorbis (what the game asks Howler for first) and MP3 (the fallback for
 * browsers without Vorbis), both through wasm-media-encoders (the reference libvorbis and LAME
 * compiled to WebAssembly; runs in plain Node, nothing to install). WAV for listening while working.
 */
import { createMp3Encoder, createOggEncoder } from 'wasm-media-encoders';
import { RATE, type Buffer } from './dsp.ts';

type Encoder = Awaited<ReturnType<typeof createOggEncoder>> | Awaited<ReturnType<typeof createMp3Encoder>>;

function run(encoder: Encoder, pcm: Buffer): Uint8Array {
  const chunks: Uint8Array[] = [];
  const step = 4096;
  for (let i = 0; i < pcm.length; i += step) chunks.push(encoder.encode([pcm.subarray(i, Math.min(pcm.length, i + step))]).slice());
  chunks.push(encoder.finalize().slice());
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/** Ogg Vorbis, mono. `quality` −1…10 (libvorbis's scale /10); 0 is about 40 kbit/s at this rate. A fixed serial number keeps the output identical between runs. */
export async function toOgg(pcm: Buffer, quality: number): Promise<Uint8Array> {
  const encoder = await createOggEncoder();
  encoder.configure({ channels: 1, sampleRate: RATE, vbrQuality: quality, oggSerialNo: 0x4d4f4c });
  return run(encoder, pcm);
}

/** MP3, mono, constant bit rate. */
export async function toMp3(pcm: Buffer, bitrate: 24 | 32 | 40 | 48 | 64): Promise<Uint8Array> {
  const encoder = await createMp3Encoder();
  encoder.configure({ channels: 1, sampleRate: RATE, bitrate });
  return run(encoder, pcm);
}

/** 16-bit PCM WAV, for checking a sound by ear or with sox. */
export function toWav(pcm: Buffer): Uint8Array {
  const data = new DataView(new ArrayBuffer(44 + pcm.length * 2));
  const text = (offset: number, s: string): void => [...s].forEach((c, i) => data.setUint8(offset + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  data.setUint32(4, 36 + pcm.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  data.setUint32(16, 16, true);
  data.setUint16(20, 1, true);
  data.setUint16(22, 1, true);
  data.setUint32(24, RATE, true);
  data.setUint32(28, RATE * 2, true);
  data.setUint16(32, 2, true);
  data.setUint16(34, 16, true);
  text(36, 'data');
  data.setUint32(40, pcm.length * 2, true);
  pcm.forEach((v, i) => data.setInt16(44 + i * 2, Math.max(-1, Math.min(1, v)) * 32767, true));
  return new Uint8Array(data.buffer);
}
