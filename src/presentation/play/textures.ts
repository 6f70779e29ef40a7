/**
 * Loads pictures on demand. A picture that is missing or will not decode resolves to false, and the
 * caller draws its fallback instead: a missing image never stops the game.
 */
import Phaser from 'phaser';
import type { ImageAsset } from '../assets/manifest.ts';
import { afterNextPaint } from '../after-paint.ts';

const failed = new Set<string>();

/**
 * How large to rasterise the art, which is drawn for a 1920×1080 screen: for the screen at hand (the
 * largest the window can become), never larger. Turning an SVG into a texture is slow without a GPU
 * (about 20 ms per million pixels here, on the main thread), so a laptop's 1366×768 gets half the
 * pixels. Show textures with setDisplaySize: their size in pixels depends on the screen.
 */
export function rasterScale(): number {
  const ratio = window.devicePixelRatio || 1;
  return Math.min(1, Math.max((window.screen.width * ratio) / 1920, (window.screen.height * ratio) / 1080));
}

/** Make sure `asset` is a texture in this scene's game; true once it is usable. */
export function ensureTexture(scene: Phaser.Scene, asset: ImageAsset): Promise<boolean> {
  if (scene.textures.exists(asset.key)) return Promise.resolve(true);
  if (failed.has(asset.key)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      scene.load.off(`filecomplete-svg-${asset.key}`, onComplete);
      scene.load.off(Phaser.Loader.Events.FILE_LOAD_ERROR, onError);
      if (!ok) failed.add(asset.key);
      resolve(ok && scene.textures.exists(asset.key));
    };
    const onComplete = () => done(true);
    const onError = (file: Phaser.Loader.File) => {
      if (file.key === asset.key) done(false);
    };
    // Start loading once the frame on its way is painted: a request costs the main thread a few
    // milliseconds, and the text that asked for this picture should not wait for them.
    afterNextPaint(() => {
      if (!scene.sys.isActive()) return resolve(false);
      if (scene.textures.exists(asset.key)) return resolve(true);
      scene.load.once(`filecomplete-svg-${asset.key}`, onComplete);
      scene.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, onError);
      const scale = rasterScale();
      scene.load.svg(asset.key, asset.url, { width: Math.round(asset.width * scale), height: Math.round(asset.height * scale) });
      if (!scene.load.isLoading()) scene.load.start();
    });
  });
}

/** Load a batch in the background (e.g. the cast of a story), ignoring failures. */
export function preloadTextures(scene: Phaser.Scene, assets: readonly ImageAsset[]): void {
  for (const asset of assets) void ensureTexture(scene, asset);
}
