/**
 * Draw the canvas only in frames where something on it changed.
 *
 * Phaser redraws the whole canvas every frame. Most of the time this game shows still pictures
 * under HTML text, and on the machines it is made for (no GPU: WebGL is software, SwiftShader)
 * a redraw costs the processor several milliseconds a frame, which starves the page and makes its
 * own frames late even while nothing moves. So the game still updates every frame (tweens, timers,
 * scenes), but draws only when a fingerprint of what would be drawn differs from the last frame
 * drawn: every visible object's place, size, look, texture and text, every Graphics object's
 * drawing commands, and every camera. A resize, a texture added or removed, or a restored WebGL
 * context also forces a draw. A WebGL canvas that is not drawn to keeps showing its last frame.
 *
 * The fingerprint covers what the game's scenes use (Graphics, Text, Image, Sprite, Container,
 * camera effects). Something drawn that it cannot see, e.g. a shader animating by itself, would
 * call `redraw()`.
 */
import Phaser from 'phaser';

/** The number of frames drawn after the last change, so the frame after a change is always fresh. */
const SETTLE_FRAMES = 2;

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

/** The fingerprint of everything that would be drawn; `moving` when something animates by itself. */
function printGame(game: Phaser.Game): { value: number; moving: boolean } {
  const print = new Fingerprint();
  let moving = false;
  print.number(game.scale.width);
  print.number(game.scale.height);
  for (const scene of game.scene.getScenes(false)) {
    const sys = scene.sys;
    // The scenes SceneManager#render draws.
    if (!sys.settings.visible || sys.settings.status < Phaser.Scenes.LOADING || sys.settings.status >= Phaser.Scenes.SLEEPING) continue;
    print.string(sys.settings.key);
    for (const camera of sys.cameras.cameras) moving = printCamera(print, camera) || moving;
    const list = sys.displayList.list as AnyObject[];
    print.number(list.length);
    for (const object of list) printObject(print, object);
  }
  return { value: print.value, moving };
}

/** Parts of Phaser.Game that its typings keep private. */
interface GameInternals {
  readonly pendingDestroy: boolean;
  runDestroy(): void;
}

export interface RenderOnChange {
  /** Draw the next frames whatever the fingerprint says. */
  redraw(): void;
  /** How many frames were drawn and how many skipped, since the start. */
  readonly counts: { drawn: number; skipped: number };
}

/** Install on a game before it boots. Returns a handle to force a redraw. */
export function renderOnChange(game: Phaser.Game): RenderOnChange {
  let last: number | undefined;
  let settle = SETTLE_FRAMES;
  const counts = { drawn: 0, skipped: 0 };
  const redraw = () => {
    settle = SETTLE_FRAMES;
  };

  game.events.once(Phaser.Core.Events.READY, () => {
    game.scale.on(Phaser.Scale.Events.RESIZE, redraw);
    game.textures.on(Phaser.Textures.Events.ADD, redraw);
    game.textures.on(Phaser.Textures.Events.REMOVE, redraw);
    game.renderer?.on(Phaser.Renderer.Events.RESTORE_WEBGL, redraw);
  });

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

    const { value, moving } = printGame(this);
    if (value !== last || moving) settle = SETTLE_FRAMES;
    last = value;
    if (settle <= 0) {
      counts.skipped += 1;
      // SceneManager#render would have ended the scene manager's processing: end it here.
      (this.scene as { isProcessing: boolean }).isProcessing = false;
      return;
    }
    settle -= 1;
    counts.drawn += 1;
    const renderer = this.renderer;
    renderer.preRender();
    events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
    this.scene.render(renderer);
    renderer.postRender();
    events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
  };
  return { redraw, counts };
}
