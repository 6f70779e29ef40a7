/**
 * Draw the canvas only in frames where something on it changed.
 *
 * Phaser redraws the whole canvas every frame. Most of the time this game shows still pictures
 * under HTML text, and on the machines it is made for (no GPU: WebGL is software, SwiftShader)
 * a redraw costs the processor several milliseconds a frame, which starves the page and makes its
 * own frames late even while nothing moves. So the game still updates every frame (tweens, timers,
 * scenes), but draws only when a fingerprint of what would be drawn differs from the last frame
 * drawn: every visible object's place, size, look, texture and text, every Graphics object's
 * drawing commands, and every camera. A resize, a texture removed, or a restored WebGL context
 * also forces a draw. (A texture added does not: nothing shows it until an object is given it, which
 * changes that object's fingerprint; pictures fetched ahead of time no longer cost a redraw each.)
 * A WebGL canvas that is not drawn to keeps showing its last frame.
 *
 * And it draws only the parts that changed. A full redraw, on software WebGL, is one full-screen
 * picture filled pixel by pixel: about a frame's time on its own on a 2-core machine, so a meter
 * sliding or a face fading up kept the canvas redrawing the whole office for most of a second after
 * each choice, and the frame that showed the next text waited behind it. So when only objects with
 * known areas changed (src/presentation/drawn-area.ts) and every camera is plain, the frame is drawn
 * again through a scissor around those areas, where each object was and where it is now, and the
 * rest of the canvas keeps its pixels (the game keeps its drawing buffer: game.ts). A change of
 * frame (the screen's size, the scenes, an object added, removed or moved in the list), a camera
 * effect, or an object whose area is unknown redraws the whole canvas, as before.
 *
 * The fingerprint covers what the game's scenes use (Graphics, Text, Image, Sprite, Container,
 * camera effects). Something drawn that it cannot see, e.g. a shader animating by itself, would
 * call `redraw()`.
 */
import Phaser from 'phaser';
import { drawnArea, mergeAreas, sizeOf, type Area } from './drawn-area.ts';
import { scissorClamp, type ScissorClamp } from './scissor-clamp.ts';

type AnyObject = Phaser.GameObjects.GameObject & Record<string, unknown>;

class Fingerprint {
  value = 0x811c9dc5;

  number(n: unknown): void {
    const x = typeof n === 'number' ? (Number.isFinite(n) ? Math.round(n * 256) : 7) : n === true ? 1 : n ? 3 : 0;
    this.value = Math.imul(this.value ^ x, 0x01000193);
  }

  string(s: unknown): void {
    if (typeof s !== 'string') return this.number(s);
    this.number(s.length);
    for (let i = 0; i < s.length; i++) this.value = Math.imul(this.value ^ s.charCodeAt(i), 0x01000193);
  }
}

function printObject(print: Fingerprint, object: AnyObject): void {
  const o = object as AnyObject & { list?: AnyObject[]; commandBuffer?: unknown[]; texture?: { key: string }; frame?: { name: string | number }; style?: Record<string, unknown> };
  print.number(o.visible);
  if (o.visible === false) return;
  for (const key of ['x', 'y', 'z', 'w', 'h', 'width', 'height', 'scaleX', 'scaleY', 'rotation', 'alpha', 'depth', 'originX', 'originY', 'scrollFactorX', 'scrollFactorY', 'blendMode', 'tint', 'tintMode', 'flipX', 'flipY']) {
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
interface ObjectPrint {
  readonly value: number;
  readonly area: Area | null | undefined;
}

/**
 * The fingerprint of everything that would be drawn, split in two: the frame (the screen's size,
 * the scenes drawn, their cameras and which objects they hold, in order) and each object's own.
 * `moving` when something animates by itself; `plainCameras` when every camera shows the world
 * one to one over the whole screen, the only case in which part of the screen can be redrawn.
 */
function printGame(game: Phaser.Game): { frame: number; objects: Map<object, ObjectPrint>; moving: boolean; plainCameras: boolean } {
  const frame = new Fingerprint();
  const objects = new Map<object, ObjectPrint>();
  let moving = false;
  let plainCameras = true;
  const { width, height } = game.scale;
  frame.number(width);
  frame.number(height);
  for (const scene of game.scene.getScenes(false)) {
    const sys = scene.sys;
    // The scenes SceneManager#render draws.
    if (!sys.settings.visible || sys.settings.status < Phaser.Scenes.LOADING || sys.settings.status >= Phaser.Scenes.SLEEPING) continue;
    frame.string(sys.settings.key);
    for (const camera of sys.cameras.cameras) {
      moving = printCamera(frame, camera) || moving;
      plainCameras &&= isPlain(camera, width, height);
    }
    const list = sys.displayList.list as AnyObject[];
    frame.number(list.length);
    for (const object of list) {
      // Which object stands where in the list: a new one, or one moved, redraws the whole frame.
      frame.number(objectIds.get(object) ?? objectIds.set(object, nextObjectId++).get(object));
      const own = new Fingerprint();
      printObject(own, object);
      objects.set(object, { value: own.value, area: drawnArea(object) });
    }
  }
  return { frame: frame.value, objects, moving, plainCameras };
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
function changedAreas(before: ReadonlyMap<object, ObjectPrint>, after: ReadonlyMap<object, ObjectPrint>): Area[] | undefined {
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

/** Parts of Phaser.Game that its typings keep private. */
interface GameInternals {
  readonly pendingDestroy: boolean;
  runDestroy(): void;
}

export interface RenderOnChange {
  /** Draw the next frames whatever the fingerprint says. */
  redraw(): void;
  /**
   * Since the start: frames drawn (of which how many in part), skipped as nothing changed, and held
   * back for the text a key or click brought.
   */
  readonly counts: { drawn: number; partial: number; skipped: number; held: number };
}

/**
 * Margin around each changed area, in game pixels: linear filtering and anti-aliased edges reach a
 * pixel or so past an object's bounds, and a rounded position can land half a pixel either way.
 */
const AREA_MARGIN = 3;
/** Part redraws per frame at most; more changed areas are redrawn as one rectangle around them all. */
const MAX_AREAS = 3;
/** Past this share of the screen, redraw all of it: the saving is small and each part costs a pass. */
const WHOLE_SCREEN_SHARE = 0.6;

/** Install on a game before it boots. Returns a handle to force a redraw. */
export function renderOnChange(game: Phaser.Game): RenderOnChange {
  let lastFrame: number | undefined;
  let lastObjects = new Map<object, ObjectPrint>();
  let wholeScreen = true;
  let clamp: ScissorClamp | undefined;
  const counts = { drawn: 0, partial: 0, skipped: 0, held: 0 };
  const redraw = () => {
    wholeScreen = true;
  };
  // The frame after a key or a click belongs to the text it brings (the HTML layer): the canvas
  // waits one frame, so that frame's paint is the text alone, and its changes are drawn in the next.
  let holdForInput = false;
  const hold = () => {
    holdForInput = true;
  };
  window.addEventListener('keydown', hold, { capture: true });
  window.addEventListener('pointerdown', hold, { capture: true });
  game.events.once(Phaser.Core.Events.DESTROY, () => {
    window.removeEventListener('keydown', hold, { capture: true });
    window.removeEventListener('pointerdown', hold, { capture: true });
  });

  game.events.once(Phaser.Core.Events.READY, () => {
    game.scale.on(Phaser.Scale.Events.RESIZE, redraw);
    game.textures.on(Phaser.Textures.Events.REMOVE, redraw);
    game.renderer?.on(Phaser.Renderer.Events.RESTORE_WEBGL, redraw);
    const gl = (game.renderer as Partial<Phaser.Renderer.WebGL.WebGLRenderer> | null)?.gl;
    if (gl) clamp = scissorClamp(gl);
  });

  const draw = (self: Phaser.Game, time: number, delta: number) => {
    const renderer = self.renderer;
    const events = self.events;
    renderer.preRender();
    events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
    self.scene.render(renderer);
    renderer.postRender();
    events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
  };

  // Phaser.Game#step (Phaser 4.2.1) with its drawing half made conditional. The game loop binds it
  // when the game starts, after the default textures have loaded: later than this runs.
  game.step = function step(this: Phaser.Game & GameInternals, time: number, delta: number): void {
    if (this.pendingDestroy) return this.runDestroy();
    if (this.isPaused) return;
    const events = this.events;
    events.emit(Phaser.Core.Events.PRE_STEP, time, delta);
    events.emit(Phaser.Core.Events.STEP, time, delta);
    this.scene.update(time, delta);
    events.emit(Phaser.Core.Events.POST_STEP, time, delta);

    if (holdForInput) {
      holdForInput = false;
      counts.held += 1;
      (this.scene as { isProcessing: boolean }).isProcessing = false;
      return;
    }
    const { frame, objects, moving, plainCameras } = printGame(this);
    const { width, height } = this.scale;
    let areas = frame !== lastFrame || moving || !plainCameras || wholeScreen || !clamp ? undefined : changedAreas(lastObjects, objects);
    if (areas) areas = mergeAreas(areas, width, height, AREA_MARGIN, MAX_AREAS);
    if (areas && areas.reduce((sum, area) => sum + sizeOf(area), 0) > WHOLE_SCREEN_SHARE * width * height) areas = undefined;
    lastFrame = frame;
    lastObjects = objects;
    wholeScreen = false;
    if (areas?.length === 0) {
      counts.skipped += 1;
      // SceneManager#render would have ended the scene manager's processing: end it here.
      (this.scene as { isProcessing: boolean }).isProcessing = false;
      return;
    }
    counts.drawn += 1;
    if (!areas || !clamp) return draw(this, time, delta);
    // Only the parts that changed: the drawing buffer is preserved (game.ts), so the rest of the
    // canvas keeps the last frame's pixels.
    counts.partial += 1;
    const scale = (this.renderer as Phaser.Renderer.WebGL.WebGLRenderer).gl.drawingBufferWidth / width;
    for (const area of areas) {
      clamp.clamp(Math.floor(area.x0 * scale), Math.floor(area.y0 * scale), Math.ceil((area.x1 - area.x0) * scale), Math.ceil((area.y1 - area.y0) * scale));
      try {
        draw(this, time, delta);
      } finally {
        clamp.release();
      }
    }
  };
  return { redraw, counts };
}
