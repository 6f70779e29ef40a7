/**
 * The place a scene happens: the painted background from assets/art, over a backdrop drawn with
 * shapes (each `#scene` has its own palette and a few landmarks) that shows while the picture loads
 * and whenever it cannot. The play screen shows the story's place; the menus show the office behind
 * a dark veil, so they look like the same game while their text stays readable.
 */
import type Phaser from 'phaser';
import { backgroundFor } from '../assets/manifest.ts';
import { lifetimeOf, type Lifetime } from '../lifetime.ts';
import { paletteFor } from './palettes.ts';
import { ensureTexture } from './textures.ts';
import { declareOpaque } from '../drawn-area.ts';

/** The interface's night colour (style.css --night), which the menus' veil is made of. */
const NIGHT = 0x14192a;

/**
 * How much of the night the menus lay over the office, at the top and at the bottom. Even over pure
 * white, 80% night leaves no colour lighter than #474a5a, where the soft text (#c4c9d8) still has a
 * contrast of 5.4:1 and the amber headings (#f2a93b) 4.6:1; the access test measures it.
 */
export const MENU_VEIL = { top: 0.8, bottom: 0.9 } as const;

/** Draw the backdrop for `scene` across the whole game size. */
export function drawBackdrop(g: Phaser.GameObjects.Graphics, scene: string | undefined, width: number, height: number, u: number): void {
  const palette = paletteFor(scene);
  g.clear();
  g.fillGradientStyle(palette.top, palette.top, palette.bottom, palette.bottom, 1);
  g.fillRect(0, 0, width, height);
  const horizon = height * 0.62;
  g.fillStyle(palette.floor, 1);
  g.fillRect(0, horizon, width, height - horizon);
  g.fillStyle(palette.detail, 0.16);
  switch (scene) {
    case 'office':
    case undefined:
      // Three tall windows with a city line beyond.
      for (let i = 0; i < 3; i++) {
        const x = width * 0.38 + i * 150 * u;
        g.fillRect(x, 90 * u, 120 * u, horizon - 130 * u);
      }
      g.fillStyle(palette.detail, 0.1);
      g.fillRect(0, horizon - 40 * u, width, 40 * u);
      break;
    case 'meeting-room':
      g.fillRoundedRect(width * 0.34, 100 * u, 420 * u, 180 * u, 12 * u);
      g.fillStyle(palette.detail, 0.12);
      g.fillEllipse(width * 0.62, horizon + 20 * u, 620 * u, 90 * u);
      break;
    case 'video-call':
      for (let row = 0; row < 2; row++) {
        for (let col = 0; col < 2; col++) {
          g.fillRoundedRect(width * 0.36 + col * 250 * u, 100 * u + row * 150 * u, 230 * u, 130 * u, 10 * u);
        }
      }
      break;
    case 'cafe':
      for (let i = 0; i < 5; i++) g.fillCircle(width * 0.3 + i * 170 * u, 110 * u, 26 * u);
      g.fillStyle(palette.detail, 0.12);
      g.fillEllipse(width * 0.6, horizon + 10 * u, 360 * u, 70 * u);
      break;
    case 'car':
      g.fillTriangle(width * 0.3, horizon, width * 0.45, 110 * u, width * 0.45, horizon);
      g.fillRect(width * 0.45, 110 * u, width * 0.4, horizon - 110 * u);
      break;
    default:
      g.fillRect(width * 0.4, 120 * u, 380 * u, horizon - 170 * u);
  }
}

/**
 * A scene's backdrop: the painted background of a `#scene`, scaled to cover the screen, over the
 * drawn one (which shows while the picture loads, and for places with no picture). With `veil`, the
 * night is laid over both, for screens of light text straight on the backdrop (the menus).
 */
export class SceneBackdrop {
  private readonly scene: Phaser.Scene;
  /** The run of the scene this was made in: a picture that arrives after it is drawn on nothing. */
  private readonly run: Lifetime;
  private readonly shapes: Phaser.GameObjects.Graphics;
  private readonly picture: Phaser.GameObjects.Image;
  /** The place before, under `picture` while the new one fades in. */
  private readonly previous: Phaser.GameObjects.Image;
  /** The night over the picture, and how thick it is at the top and at the bottom. */
  private readonly veil: { readonly layer: Phaser.GameObjects.Graphics; readonly top: number; readonly bottom: number } | undefined;
  private last: { place: string | undefined; width: number; height: number; u: number } | undefined;

  constructor(scene: Phaser.Scene, options: { readonly veil?: { readonly top: number; readonly bottom: number } } = {}) {
    this.scene = scene;
    this.run = lifetimeOf(scene);
    this.shapes = scene.add.graphics().setDepth(-3);
    this.previous = scene.add.image(0, 0, '__DEFAULT').setOrigin(0.5, 0).setDepth(-2).setVisible(false);
    this.picture = scene.add.image(0, 0, '__DEFAULT').setOrigin(0.5, 0).setDepth(-2).setVisible(false);
    // Every painted place is a full-frame painting: its fade can be drawn over the last frame.
    declareOpaque(this.picture);
    if (options.veil) this.veil = { layer: scene.add.graphics().setDepth(-1), ...options.veil };
  }

  /**
   * Show `place` across `width`×`height`; safe to call on every layout. With `animate`, a new place
   * cross-fades from the last one (which stays up while the new picture loads).
   */
  show(place: string | undefined, width: number, height: number, u: number, animate = false): void {
    this.last = { place, width, height, u };
    drawBackdrop(this.shapes, place, width, height, u);
    if (this.veil) {
      const { layer, top, bottom } = this.veil;
      layer.clear().fillGradientStyle(NIGHT, NIGHT, NIGHT, NIGHT, top, top, bottom, bottom).fillRect(0, 0, width, height);
    }
    const asset = backgroundFor(place);
    if (!asset) return this.hidePictures();
    if (!this.scene.textures.exists(asset.key)) {
      if (!animate) this.hidePictures();
      // Redraw only if the player is still in the same place, in the same run of the scene: a run
      // that has ended destroyed these images, even if the scene is running again by now.
      this.run.then(ensureTexture(this.scene, asset), (ready) => {
        const last = this.last;
        if (!last || last.place !== place) return;
        if (ready) this.show(place, last.width, last.height, last.u, animate);
        else this.hidePictures(); // the drawn place stands in
      });
      return;
    }
    const arriving = !this.picture.visible || this.picture.texture.key !== asset.key;
    // Cover the screen, keeping the picture's proportions; anchor at the top so the room's landmarks stay in view.
    const scale = Math.max(width / asset.width, height / asset.height);
    if (arriving && animate) this.crossFade();
    this.picture.setTexture(asset.key).setDisplaySize(asset.width * scale, asset.height * scale).setPosition(width / 2, 0).setVisible(true);
    this.hideCoveredShapes();
  }

  /**
   * The drawn place under a painted one is never seen (every picture is opaque and scaled to cover
   * the screen), but drawing it costs two full-screen fills a frame: without a GPU, a large part of
   * each redraw. So it is drawn only while no opaque picture lies over it.
   */
  private hideCoveredShapes(): void {
    const covered = this.previous.visible || (this.picture.visible && this.picture.alpha >= 1);
    this.shapes.setVisible(!covered);
  }

  /** Keep the picture on screen as `previous`, and fade the next one in over it. */
  private crossFade(): void {
    const { picture, previous } = this;
    this.scene.tweens.killTweensOf(picture);
    if (picture.visible) {
      previous.setTexture(picture.texture.key).setDisplaySize(picture.displayWidth, picture.displayHeight).setPosition(picture.x, picture.y).setVisible(true);
    }
    picture.setAlpha(0);
    this.scene.tweens.add({
      targets: picture,
      alpha: 1,
      duration: 450,
      ease: 'Sine.easeInOut',
      onComplete: () => {
        previous.setVisible(false);
        this.hideCoveredShapes();
      },
    });
  }

  private hidePictures(): void {
    this.scene.tweens.killTweensOf(this.picture);
    this.picture.setVisible(false).setAlpha(1);
    this.previous.setVisible(false);
    this.shapes.setVisible(true);
  }
}

/** The menus' backdrop: the office, behind the night's veil. */
export class MenuBackdrop {
  private readonly backdrop: SceneBackdrop;

  constructor(scene: Phaser.Scene) {
    this.backdrop = new SceneBackdrop(scene, { veil: MENU_VEIL });
  }

  show(width: number, height: number, u: number): void {
    this.backdrop.show('office', width, height, u);
  }
}
