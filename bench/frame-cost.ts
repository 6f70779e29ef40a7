/**
 * What the browser's own frames cost while a page is played, from a trace of its GPU process.
 *
 * On the bench machine (headless Chromium, SwiftShader: no GPU) every frame in which anything on the
 * screen changed is composited whole and read back on the GPU process's main thread, inside one
 * task per frame (its SwapBuffers). A key pressed while such a frame is being drawn waits for it
 * before the frame that paints its text can begin: how long a frame takes, and how much of a
 * play-through the process spends drawing them, is what "key → next frame" waits on
 * (docs/performance.md, "Frames"). The floor is traced the same way.
 */
import type { CDPSession } from 'playwright-core';

/** The trace event of one frame drawn and handed on by the display compositor (seen in Chromium 150 and 156). */
export const FRAME_EVENT = 'SkiaOutputSurfaceImplOnGpu::SwapBuffers';
/** Trace categories that carry it: small enough to leave a play-through's timing alone. */
const CATEGORIES = ['gpu', 'viz'];

export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
}

export interface FrameCost {
  /** The GPU process's time on each frame the browser drew, ms, in the order drawn. */
  readonly frameMs: readonly number[];
  /** The share of the traced time the GPU process spent drawing frames (0–1). */
  readonly busyShare: number;
}

/** The frames of a trace that lasted `spanMs`. */
export function frameCostOf(events: readonly TraceEvent[], spanMs: number): FrameCost {
  const frames = events.filter((event) => event.name === FRAME_EVENT && event.ph === 'X' && event.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const frameMs = frames.map((event) => (event.dur ?? 0) / 1000);
  const busy = frameMs.reduce((sum, ms) => sum + ms, 0);
  return { frameMs, busyShare: spanMs > 0 ? Math.min(1, busy / spanMs) : Number.NaN };
}

/** Run `play` under a trace of the browser's frames; returns what it returned and what the frames cost. */
export async function traceFrames<T>(cdp: CDPSession, play: () => Promise<T>): Promise<{ result: T; cost: FrameCost }> {
  const events: TraceEvent[] = [];
  // The protocol types trace events as plain objects; these fields are what every one carries.
  const collect = (data: { value: object[] }) => {
    for (const event of data.value) events.push(event as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  const started = performance.now();
  try {
    const result = await play();
    const spanMs = performance.now() - started;
    await cdp.send('Tracing.end');
    await complete;
    return { result, cost: frameCostOf(events, spanMs) };
  } finally {
    cdp.off('Tracing.dataCollected', collect);
  }
}
