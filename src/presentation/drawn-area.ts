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
import type { Area } from './areas.ts';

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
