/**
 * What the canvas would show, as numbers (src/presentation/render-on-change.ts decides from them
 * whether to draw, and what): a fingerprint of the frame (the screen's size, the scenes drawn, their
 * cameras, which objects they hold and in what order) and one of each object on screen (its place,
 * size, look, texture, text, and a Graphics object's drawing commands), with the area it covers.
 */
import Phaser from 'phaser';
import type { Area } from './areas.ts';
import { drawnArea, isOpaque } from './drawn-area.ts';
import { Fingerprint } from './fingerprint.ts';

type AnyObject = Phaser.GameObjects.GameObject & Record<string, unknown>;

/** An object's fingerprint; its own opacity is left out at the top level (`printGame` adds it last). */
function printObject(print: Fingerprint, object: AnyObject, withAlpha = true): void {
  const o = object as AnyObject & { list?: AnyObject[]; commandBuffer?: unknown[]; texture?: { key: string }; frame?: { name: string | number }; style?: Record<string, unknown> };
  print.number(o.visible);
  if (o.visible === false) return;
  if (withAlpha) print.number(o.alpha);
  for (const key of ['x', 'y', 'z', 'w', 'h', 'width', 'height', 'scaleX', 'scaleY', 'rotation', 'depth', 'originX', 'originY', 'scrollFactorX', 'scrollFactorY', 'blendMode', 'tint', 'tintMode', 'flipX', 'flipY']) {
    print.number(o[key]);
  }
  print.string(o.texture?.key);
  print.string(typeof o.frame?.name === 'number' ? String(o.frame.name) : o.frame?.name);
  if (typeof o.text === 'string') {
    print.string(o.text);
    const style = o.style ?? {};
    for (const key of ['fontSize', 'fontFamily', 'fontStyle', 'color', 'stroke', 'strokeThickness', 'align', 'backgroundColor']) print.string(String(style[key]));
  }
  if (o.commandBuffer) {
    print.number(o.commandBuffer.length);
    for (const command of o.commandBuffer) print.number(command);
  }
  if (o.list) {
    print.number(o.list.length);
    for (const child of o.list) printObject(print, child);
  }
}

function printCamera(print: Fingerprint, camera: Phaser.Cameras.Scene2D.Camera): boolean {
  for (const n of [camera.x, camera.y, camera.width, camera.height, camera.scrollX, camera.scrollY, camera.zoom, (camera as unknown as { rotation: number }).rotation, camera.alpha, camera.backgroundColor.color32]) print.number(n);
  print.number(camera.visible);
  // A camera effect in progress animates by itself.
  return camera.fadeEffect.isRunning || camera.flashEffect.isRunning || camera.shakeEffect.isRunning || camera.panEffect.isRunning || camera.zoomEffect.isRunning;
}

/** One object on screen, as last drawn: what it looked like, and where it drew. */
export interface ObjectPrint {
  readonly value: number;
  /** The same without its opacity: equal to the last frame's when an object only fades. */
  readonly valueWithoutAlpha: number;
  readonly alpha: number;
  readonly area: Area | null | undefined;
}

/**
 * The fingerprint of everything that would be drawn, split in two: the frame (the screen's size,
 * the scenes drawn, their cameras and which objects they hold, in order) and each object's own.
 * `moving` when something animates by itself; `plainCameras` when every camera shows the world
 * one to one over the whole screen, the only case in which part of the screen can be redrawn.
 */
export function printGame(game: Phaser.Game): { frame: number; objects: Map<object, ObjectPrint>; moving: boolean; plainCameras: boolean; scenes: number } {
  const frame = new Fingerprint();
  const objects = new Map<object, ObjectPrint>();
  let moving = false;
  let plainCameras = true;
  let scenes = 0;
  const { width, height } = game.scale;
  frame.number(width);
  frame.number(height);
  for (const scene of game.scene.getScenes(false)) {
    const sys = scene.sys;
    // The scenes SceneManager#render draws.
    if (!sys.settings.visible || sys.settings.status < Phaser.Scenes.LOADING || sys.settings.status >= Phaser.Scenes.SLEEPING) continue;
    frame.string(sys.settings.key);
    scenes += 1;
    // In the order they are drawn (fadeOver reads the objects in that order).
    sys.displayList.depthSort();
    for (const camera of sys.cameras.cameras) {
      moving = printCamera(frame, camera) || moving;
      plainCameras &&= isPlain(camera, width, height);
    }
    const list = sys.displayList.list as AnyObject[];
    frame.number(list.length);
    for (const object of list) {
      // Which object stands where in the list: a new one, or one moved, redraws the whole frame.
      frame.number(objectIds.get(object) ?? objectIds.set(object, nextObjectId++).get(object));
      // One pass: everything but the object's own opacity, then the opacity on top.
      const own = new Fingerprint();
      printObject(own, object, false);
      const valueWithoutAlpha = own.value;
      own.number(object.alpha);
      objects.set(object, { value: own.value, valueWithoutAlpha, alpha: Number(object.alpha ?? 1), area: drawnArea(object) });
    }
  }
  return { frame: frame.value, objects, moving, plainCameras, scenes };
}

/** A camera over the whole screen with no scroll, zoom, rotation, fade or filter. */
function isPlain(camera: Phaser.Cameras.Scene2D.Camera, width: number, height: number): boolean {
  const filters = (camera as unknown as { filters?: { internal: { getActive(): unknown[] }; external: { getActive(): unknown[] } } }).filters;
  return (
    camera.x === 0 && camera.y === 0 && camera.width === width && camera.height === height &&
    camera.scrollX === 0 && camera.scrollY === 0 && camera.zoom === 1 && (camera as unknown as { rotation: number }).rotation === 0 && camera.alpha === 1 &&
    (!filters || (filters.internal.getActive().length === 0 && filters.external.getActive().length === 0))
  );
}

const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;

/**
 * The parts of the screen to redraw between two frames' prints: every object whose print changed,
 * where it was and where it is. Undefined means the whole screen (the frame itself changed, or an
 * object changed whose area cannot be known).
 */
export function changedAreas(before: ReadonlyMap<object, ObjectPrint>, after: ReadonlyMap<object, ObjectPrint>): Area[] | undefined {
  const areas: Area[] = [];
  for (const [object, now] of after) {
    const was = before.get(object);
    if (!was) return undefined;
    if (was.value === now.value) continue;
    if (was.area === undefined || now.area === undefined) return undefined;
    if (was.area) areas.push(was.area);
    if (now.area) areas.push(now.area);
  }
  return areas;
}

/** A picture fading in, by itself, over a screen otherwise as it was: see `fadeOver`. */
export interface FadeStep {
  readonly picture: Phaser.GameObjects.GameObject & { setAlpha(alpha: number): unknown };
  /** Its opacity in the frame last drawn, and now. */
  readonly from: number;
  readonly to: number;
  /** Where everything drawn above it lies, now and in the frame last drawn. */
  readonly above: Area[];
}

/**
 * Whether the only change since the frame last drawn is one opaque Image (drawn-area.ts) fading in, with
 * nothing under it changed and everything over it of a known area (one scene drawn). Then the
 * canvas, which holds the last frame, can be brought to the new one by laying the picture over it
 * once at a lower opacity and redrawing only the areas above it (render-on-change.ts).
 */
export function fadeOver(before: ReadonlyMap<object, ObjectPrint>, after: ReadonlyMap<object, ObjectPrint>): FadeStep | undefined {
  let fading: Omit<FadeStep, 'above'> | undefined;
  const above: Area[] = [];
  for (const [object, now] of after) {
    const was = before.get(object);
    if (!was) return undefined;
    if (!fading) {
      if (was.value === now.value) continue;
      const onlyFading = was.valueWithoutAlpha === now.valueWithoutAlpha && now.alpha > was.alpha && was.alpha < 1;
      if (!onlyFading || !isOpaque(object as Phaser.GameObjects.GameObject) || !now.area) return undefined;
      fading = { picture: object as FadeStep['picture'], from: was.alpha, to: now.alpha };
      continue;
    }
    if (now.area === undefined || was.area === undefined) return undefined;
    if (now.area) above.push(now.area);
    if (was.area && was.value !== now.value) above.push(was.area);
  }
  return fading && { ...fading, above };
}
