/**
 * Loads pictures on demand. A picture that is missing or will not decode resolves to false, and the
 * caller draws its fallback instead: a missing image never stops the game.
 */
import Phaser from 'phaser';
import type { ImageAsset } from '../assets/manifest.ts';

const failed = new Set<string>();

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
    scene.load.once(`filecomplete-svg-${asset.key}`, onComplete);
    scene.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, onError);
    scene.load.svg(asset.key, asset.url, { width: asset.width, height: asset.height });
    if (!scene.load.isLoading()) scene.load.start();
  });
}

/** Load a batch in the background (e.g. the cast of a story), ignoring failures. */
export function preloadTextures(scene: Phaser.Scene, assets: readonly ImageAsset[]): void {
  for (const asset of assets) void ensureTexture(scene, asset);
}
