/**
 * Rectangles of the screen to redraw (render-on-change.ts): plain geometry, no engine, so that it
 * is tested in Node (test/presentation/areas.test.ts).
 */

/** A screen rectangle in game pixels: x0 ≤ x < x1, y0 ≤ y < y1. */
export interface Area {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The smallest area holding both. */
export function unionOf(a: Area, b: Area): Area {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

export function sizeOf(area: Area): number {
  return Math.max(0, area.x1 - area.x0) * Math.max(0, area.y1 - area.y0);
}

/**
 * Gather `areas` into at most `max` rectangles: overlapping ones (with `margin` around each) merge,
 * and past `max` the two whose union wastes least merge, until `max` are left (a meter at the top
 * right and a face at the bottom left stay two small rectangles rather than one across the screen).
 * Each is grown by `margin` and snapped outwards to whole pixels within `width`×`height`, since
 * filtering and anti-aliasing reach a pixel or two out.
 */
export function mergeAreas(areas: readonly Area[], width: number, height: number, margin: number, max: number): Area[] {
  let merged: Area[] = [];
  for (const area of areas) {
    let grown: Area = {
      x0: Math.max(0, Math.floor(area.x0 - margin)),
      y0: Math.max(0, Math.floor(area.y0 - margin)),
      x1: Math.min(width, Math.ceil(area.x1 + margin)),
      y1: Math.min(height, Math.ceil(area.y1 + margin)),
    };
    if (grown.x1 <= grown.x0 || grown.y1 <= grown.y0) continue;
    // Fold in everything it now touches, again until nothing more touches it.
    for (let folded = true; folded; ) {
      folded = false;
      const rest: Area[] = [];
      for (const other of merged) {
        if (other.x0 <= grown.x1 && grown.x0 <= other.x1 && other.y0 <= grown.y1 && grown.y0 <= other.y1) {
          grown = unionOf(grown, other);
          folded = true;
        } else rest.push(other);
      }
      merged = rest;
    }
    merged.push(grown);
  }
  while (merged.length > max) merged = mergeCheapestPair(merged);
  return merged;
}

function mergeCheapestPair(areas: readonly Area[]): Area[] {
  let best = { i: 0, j: 1, waste: Number.POSITIVE_INFINITY };
  for (let i = 0; i < areas.length; i++) {
    for (let j = i + 1; j < areas.length; j++) {
      const a = areas[i] as Area;
      const b = areas[j] as Area;
      const waste = sizeOf(unionOf(a, b)) - sizeOf(a) - sizeOf(b);
      if (waste < best.waste) best = { i, j, waste };
    }
  }
  const joined = unionOf(areas[best.i] as Area, areas[best.j] as Area);
  return [...areas.filter((_, k) => k !== best.i && k !== best.j), joined];
}
