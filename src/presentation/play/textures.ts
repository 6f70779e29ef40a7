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

/** Pictures on their way, by texture key: asking twice waits for the same load. */
const loading = new Map<string, Promise<boolean>>();

/**
 * Make sure `asset` is a texture in this scene's game; true once it is usable, false when the file
 * is missing or is not a picture (then the caller's drawn stand-in stays).
 *
 * The game reads the SVG itself rather than through Phaser's loader: Phaser's SVG file throws from
 * inside its own callbacks when the text is not an SVG, which no caller can catch.
 */
export function ensureTexture(scene: Phaser.Scene, asset: ImageAsset): Promise<boolean> {
  const textures = scene.textures;
  if (textures.exists(asset.key)) return Promise.resolve(true);
  if (failed.has(asset.key)) return Promise.resolve(false);
  const pending = loading.get(asset.key);
  if (pending) return pending;
  const scale = rasterScale();
  const load = (async () => {
    // Start once the frame on its way is painted: the text that asked for this picture should not wait.
    await new Promise<void>((resolve) => afterNextPaint(resolve));
    const image = await svgImage(asset.url, Math.round(asset.width * scale), Math.round(asset.height * scale));
    if (!image) failed.add(asset.key);
    else if (!textures.exists(asset.key)) textures.addImage(asset.key, image);
    return textures.exists(asset.key);
  })();
  loading.set(asset.key, load);
  void load.finally(() => loading.delete(asset.key));
  return load;
}

/**
 * Load `assets` one after another, each after a paint: pictures the player is about to need, so
 * that they are ready when the page turns rather than arriving a moment later. One at a time, so
 * that turning each into a texture never stacks up in a single frame. The textures are the game's,
 * not the scene's, so a list runs to its end even if the scene stops (the story ended): cutting it
 * short left some of the last pictures to load in the next play-through instead.
 */
export async function prefetchTextures(scene: Phaser.Scene, assets: Iterable<ImageAsset>): Promise<void> {
  for (const asset of assets) await ensureTexture(scene, asset);
}

/** The SVG at `url` as an image of `width`×`height` pixels, or undefined if it cannot be had. */
async function svgImage(url: string, width: number, height: number): Promise<HTMLImageElement | undefined> {
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok) return undefined;
    text = await response.text();
  } catch {
    return undefined; // offline, or the server went away
  }
  // Set the size on the root element; the art has a viewBox, so the drawing scales to it. (A text
  // edit, not a parse: parsing and re-serialising a background costs more than drawing it. A file
  // that is not an SVG fails to decode below. Vite's data URLs, in the single-file build, quote
  // attributes with ' rather than ".)
  const root = /<svg\b[^>]*>/.exec(text);
  if (!root) return undefined;
  const sized = root[0].replace(/\s(width|height)=("[^"]*"|'[^']*')/g, '').replace(/^<svg\b/, `<svg width="${width}" height="${height}"`);
  const objectUrl = URL.createObjectURL(new Blob([text.slice(0, root.index), sized, text.slice(root.index + root[0].length)], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = objectUrl;
    await image.decode();
    return image;
  } catch {
    return undefined;
  } finally {
    URL.revokeObjectURL(objectUrl);
  }
}
