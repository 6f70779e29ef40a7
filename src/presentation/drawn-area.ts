/**
 * Where on the canvas an object draws, so that a frame in which only it changed redraws only that
 * part of the screen (src/presentation/render-on-change.ts).
 *
 * Images and Texts know their own bounds. A Graphics object does not (its drawing is a list of
 * commands), so the code that draws one says where: `declareDrawnArea(graphics, x, y, w, h)` in the
 * graphics' own coordinates, covering everything its commands touch (strokes included). A Graphics
 * that has declared nothing counts as the whole screen: always correct, only slower.
 */
import Phaser from 'phaser';

/** A screen rectangle in game pixels, edges included: x0 ≤ x < x1, y0 ≤ y < y1. */
export interface Area {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const declared = new WeakMap<Phaser.GameObjects.Graphics, Area>();

/** Say that `graphics` draws only within x, y, width, height of its own coordinates (until it says otherwise). */
export function declareDrawnArea(graphics: Phaser.GameObjects.Graphics, x: number, y: number, width: number, height: number): void {
  declared.set(graphics, { x0: x, y0: y, x1: x + width, y1: y + height });
}

/**
 * The area `object` covers on screen: null when it draws nothing, undefined when that cannot be
 * known here (the caller then redraws everything).
 */
export function drawnArea(object: Phaser.GameObjects.GameObject): Area | null | undefined {
  const o = object as Phaser.GameObjects.GameObject & { visible?: boolean; alpha?: number; parentContainer?: unknown };
  if (o.visible === false || o.alpha === 0) return null;
  if (o.parentContainer) return undefined;
  if (object instanceof Phaser.GameObjects.Graphics) {
    const area = declared.get(object);
    if (!area || object.scaleX !== 1 || object.scaleY !== 1 || object.rotation !== 0) return undefined;
    return { x0: area.x0 + object.x, y0: area.y0 + object.y, x1: area.x1 + object.x, y1: area.y1 + object.y };
  }
  if (object instanceof Phaser.GameObjects.Image || object instanceof Phaser.GameObjects.Text) {
    const bounds = object.getBounds();
    return { x0: bounds.x, y0: bounds.y, x1: bounds.x + bounds.width, y1: bounds.y + bounds.height };
  }
  return undefined;
}

const opaque = new WeakSet<Phaser.GameObjects.Image>();

/**
 * Say that every pixel of `image`'s pictures is opaque (the painted places are: each is a full-frame
 * painting). Only such a picture can be faded in over the last frame (render-on-change.ts): where a
 * picture is partly transparent, at its soft edges, that step would not give the frame drawn whole.
 */
export function declareOpaque(image: Phaser.GameObjects.Image): void {
  opaque.add(image);
}

export function isOpaque(object: Phaser.GameObjects.GameObject): boolean {
  return object instanceof Phaser.GameObjects.Image && opaque.has(object);
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
