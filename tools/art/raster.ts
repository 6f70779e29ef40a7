/**
 * `npx tsx tools/art/raster.ts`: the title screen's pictures as WebP, drawn from the generated SVGs
 * by Debian's Chromium (the one the tests use). Run it after `generate.ts` changes the office or the
 * title's six portraits, and commit the files in assets/art/title/.
 *
 * Why: the title is plain HTML, up before the engine, and a browser draws an SVG background on the
 * page's main thread. The office at full screen and six portraits took about three seconds of it on
 * the bench machine, right when the engine was loading behind the title (docs/performance.md). A
 * WebP is decoded off the main thread, in a few milliseconds.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openBrowser } from '../../test/browser/chromium.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'assets/art/title');

/** The pictures the title uses (style.css, .title-screen and .title-cast), and the size to draw each. */
export const TITLE_PICTURES: readonly { readonly svg: string; readonly width: number; readonly height: number }[] = [
  { svg: 'scenes/office.svg', width: 1920, height: 1080 },
  ...['tomas-pleased', 'priya-neutral', 'ruth-pleased', 'dev-neutral', 'sam-pleased', 'helen-neutral'].map((name) => ({ svg: `portraits/${name}.svg`, width: 360, height: 360 })),
];

/** The WebP's file name for an SVG of the title: assets/art/title/<name>.webp. */
export function titlePictureFile(svg: string): string {
  return join(OUT, `${svg.split('/').pop()?.replace(/\.svg$/, '')}.webp`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await openBrowser();
  try {
    for (const picture of TITLE_PICTURES) {
      const svg = readFileSync(join(ROOT, 'assets/art', picture.svg), 'utf8');
      const dataUrl = await browser.page.evaluate(
        async ({ text, width, height }) => {
          const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
          const image = new Image(width, height);
          image.src = url;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = width;
          canvas.height = height;
          (canvas.getContext('2d') as CanvasRenderingContext2D).drawImage(image, 0, 0, width, height);
          URL.revokeObjectURL(url);
          return canvas.toDataURL('image/webp', 0.82);
        },
        { text: svg, width: picture.width, height: picture.height },
      );
      if (!dataUrl.startsWith('data:image/webp;base64,')) throw new Error(`${picture.svg}: this Chromium did not write WebP`);
      const file = titlePictureFile(picture.svg);
      writeFileSync(file, Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'));
      console.log(`${file.slice(ROOT.length + 1)}  ${picture.width}×${picture.height}`);
    }
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
