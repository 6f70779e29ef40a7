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
 * effect, or an object whose area is unknown redraws the whole canvas, as before. A place fading in
 * is the one whole-screen change with a cheaper way: see `layFadeOver`. And the frame after a key
 * or a click is the text's: the canvas waits a frame (docs/performance.md, "Frames").
 *
 * The fingerprint (canvas-print.ts) covers what the game's scenes use (Graphics, Text, Image, Sprite, Container,
 * camera effects). Something drawn that it cannot see, e.g. a shader animating by itself, would
 * call `redraw()`.
 */
import Phaser from 'phaser';
import { changedAreas, fadeOver, printGame, type FadeStep, type ObjectPrint } from './canvas-print.ts';
import { mergeAreas, sizeOf } from './areas.ts';
import { scissorClamp, type ScissorClamp } from './scissor-clamp.ts';


/** Parts of Phaser.Game that its typings keep private. */
interface GameInternals {
  readonly pendingDestroy: boolean;
  runDestroy(): void;
}

export interface RenderOnChange {
  /** Draw the next frames whatever the fingerprint says. */
  redraw(): void;
  /**
   * Since the start: frames drawn (of which how many in part, and how many as one step of a fade),
   * skipped as nothing changed, and held back for the text a key or click brought.
   */
  readonly counts: { drawn: number; partial: number; faded: number; skipped: number; held: number };
}

/**
 * Margin around each changed area, in game pixels: linear filtering and anti-aliased edges reach a
 * pixel or so past an object's bounds, and a rounded position can land half a pixel either way.
 */
const AREA_MARGIN = 3;
/** Part redraws per frame at most; past it, the nearest areas are joined (areas.ts). */
const MAX_AREAS = 3;
/** Past this share of the screen, redraw all of it: the saving is small and each part costs a pass. */
const WHOLE_SCREEN_SHARE = 0.6;

/** Install on a game before it boots. Returns a handle to force a redraw. */
export function renderOnChange(game: Phaser.Game): RenderOnChange {
  let lastFrame: number | undefined;
  let lastObjects = new Map<object, ObjectPrint>();
  let wholeScreen = true;
  let clamp: ScissorClamp | undefined;
  const counts = { drawn: 0, partial: 0, faded: 0, skipped: 0, held: 0 };
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
    const { frame, objects, moving, plainCameras, scenes } = printGame(this);
    const { width, height } = this.scale;
    const sameFrame = frame === lastFrame && !moving && plainCameras && !wholeScreen && clamp !== undefined;
    let areas = sameFrame ? changedAreas(lastObjects, objects) : undefined;
    if (areas) areas = mergeAreas(areas, width, height, AREA_MARGIN, MAX_AREAS);
    if (areas && areas.reduce((sum, area) => sum + sizeOf(area), 0) > WHOLE_SCREEN_SHARE * width * height) areas = undefined;
    const fade = sameFrame && !areas && scenes === 1 ? fadeOver(lastObjects, objects) : undefined;
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
    if (fade) {
      counts.faded += 1;
      layFadeOver(this, fade, objects, () => draw(this, time, delta));
      areas = mergeAreas(fade.above, width, height, AREA_MARGIN, MAX_AREAS);
    }
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

/**
 * One step of a picture fading in, drawn over the last frame instead of from scratch. The canvas
 * shows under·(1 − a) + picture·a for the opacity a of the frame last drawn; laying the picture over
 * it once at opacity b = 1 − (1 − a′)/(1 − a) gives exactly under·(1 − a′) + picture·a′, the new
 * frame, at the cost of one full-screen fill instead of three (the clear, the place before, the
 * picture). Everything else is hidden while it is drawn; what lies above the picture was painted
 * over, and the caller redraws those areas whole. The last step (a′ = 1) is the picture itself.
 */
function layFadeOver(game: Phaser.Game, fade: FadeStep, objects: ReadonlyMap<object, ObjectPrint>, draw: () => void): void {
  const { picture, from, to } = fade;
  type Showable = { visible?: boolean; setVisible?: (visible: boolean) => unknown };
  const hidden: Showable[] = [];
  for (const object of objects.keys() as Iterable<Showable>) {
    if (object !== picture && object.visible && object.setVisible) {
      object.setVisible(false);
      hidden.push(object);
    }
  }
  const config = game.config as { clearBeforeRender: boolean };
  const clearing = config.clearBeforeRender;
  config.clearBeforeRender = false;
  picture.setAlpha(1 - (1 - to) / (1 - from));
  try {
    draw();
  } finally {
    picture.setAlpha(to);
    config.clearBeforeRender = clearing;
    for (const object of hidden) object.setVisible?.(true);
  }
}
