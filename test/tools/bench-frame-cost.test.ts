import { describe, expect, it } from 'vitest';
import { FRAME_EVENT, frameCostOf, type TraceEvent } from '../../bench/frame-cost.ts';

describe("the bench's reading of the browser's frames (bench/frame-cost.ts)", () => {
  const frame = (ts: number, durMs: number): TraceEvent => ({ name: FRAME_EVENT, ph: 'X', ts, dur: durMs * 1000 });

  it('takes each frame drawn, in the order drawn, and the share of the time spent on them', () => {
    const events: TraceEvent[] = [
      frame(50_000, 10),
      { name: 'ThreadControllerImpl::RunTask', ph: 'X', ts: 1_000, dur: 90_000 },
      frame(5_000, 20),
      { name: FRAME_EVENT, ph: 'B', ts: 60_000 },
    ];
    const cost = frameCostOf(events, 100);
    expect(cost.frameMs).toEqual([20, 10]);
    expect(cost.busyShare).toBeCloseTo(0.3);
  });

  it('says nothing of the share when no time was traced, and never more than all of it', () => {
    expect(frameCostOf([frame(0, 5)], 0).busyShare).toBeNaN();
    expect(frameCostOf([frame(0, 50), frame(60_000, 80)], 100).busyShare).toBe(1);
    expect(frameCostOf([], 100)).toEqual({ frameMs: [], busyShare: 0 });
  });
});
