/** What the player sees, as colours: a rectangle of the page from a screenshot, decoded in a blank page. */
import type { Page } from 'playwright-core';

/** Colours of a rectangle of the page as the player sees it (a screenshot, decoded in a blank page). */
export async function pixels(page: Page, area: { x: number; y: number; width: number; height: number }): Promise<number[][]> {
  return pngColours(page, (await page.screenshot({ clip: area })).toString('base64'));
}

/** The colours of a PNG (base64), row by row, decoded in a blank page of `page`'s browser. */
export async function pngColours(page: Page, png: string): Promise<number[][]> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const { data: rgba } = context.getImageData(0, 0, image.width, image.height);
      const out: number[][] = [];
      for (let i = 0; i < rgba.length; i += 4) out.push([rgba[i] ?? 0, rgba[i + 1] ?? 0, rgba[i + 2] ?? 0]);
      return out;
    }, png);
  } finally {
    await blank.close();
  }
}

export const distinctColours = (colours: readonly number[][]) => new Set(colours.map((c) => c.join(','))).size;
