/**
 * The contrast of text laid on the painted backdrops, which axe-core cannot judge: it leaves text over
 * the canvas or over a CSS picture as "needs review". Pictures the screen with its text hidden, then,
 * for each piece of text whose own backgrounds are see-through, finds the lightest and the darkest
 * pixel behind it (seen through those backgrounds) and checks the worse of the two contrasts:
 * at least 4.5:1, or 3:1 for large text (24 px, or 18.7 px bold), as WCAG 2.1 AA asks.
 */
import type { Page } from 'playwright-core';

/** A piece of text on a see-through background, as the page reports it. */
interface TextOnBackdrop {
  readonly text: string;
  readonly box: { x: number; y: number; width: number; height: number };
  /** Its colour, [r, g, b] in 0…255. */
  readonly colour: readonly number[];
  /** The see-through backgrounds between it and the backdrop, innermost first, [r, g, b, a]. */
  readonly layers: readonly (readonly number[])[];
  /** Parts of the box under something solid laid over it (a dialog): not looked at. */
  readonly covered: readonly { x: number; y: number; width: number; height: number }[];
  readonly large: boolean;
}

const HIDE_TEXT = 'mol-hide-text';

/** Every text on a see-through background, and its backdrop shown alone (the screen's own background kept). */
async function textsOnBackdrop(page: Page): Promise<TextOnBackdrop[]> {
  return page.evaluate((hideId) => {
    const rgba = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number).concat([1]).slice(0, 4) as number[];
    const found: TextOnBackdrop[] = [];
    const roots = [...document.querySelectorAll<HTMLElement>('#ui > *, .presenter-layer > *')];
    const solid = roots.filter((root) => (rgba(getComputedStyle(root).backgroundColor)[3] ?? 0) >= 1);
    for (const element of document.querySelectorAll<HTMLElement>('#ui *, .presenter-layer *')) {
      const own = [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      const style = getComputedStyle(element);
      if (own.length === 0 || style.visibility !== 'visible' || (element as HTMLButtonElement).disabled) continue;
      if (element.closest('[aria-hidden="true"], .visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(element);
      const rect = range.getBoundingClientRect();
      const box = { x: Math.max(0, rect.left), y: Math.max(0, rect.top), width: 0, height: 0 };
      box.width = Math.min(innerWidth, rect.right) - box.x;
      box.height = Math.min(innerHeight, rect.bottom) - box.y;
      if (box.width < 1 || box.height < 1) continue;
      // Text under something else (a dialog over the screen) is not seen: skip it.
      const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      if (!top || !(element.contains(top) || top.contains(element))) continue;
      const covered = solid.flatMap((over) => {
        if (over.contains(element)) return [];
        const r = over.getBoundingClientRect();
        const left = Math.max(r.left, box.x);
        const right = Math.min(r.right, box.x + box.width);
        const upper = Math.max(r.top, box.y);
        const lower = Math.min(r.bottom, box.y + box.height);
        if (right <= left || lower <= upper) return [];
        return over.contains(document.elementFromPoint((left + right) / 2, (upper + lower) / 2)) ? [{ x: left, y: upper, width: right - left, height: lower - upper }] : [];
      });
      // The backgrounds up to the screen's root (whose own background stays in the picture).
      const layers: number[][] = [];
      let opaque = false;
      for (let at: HTMLElement | null = element; at && !roots.includes(at); at = at.parentElement) {
        const colour = rgba(getComputedStyle(at).backgroundColor);
        if ((colour[3] ?? 0) >= 1) opaque = true;
        else if ((colour[3] ?? 0) > 0) layers.push(colour);
      }
      if (opaque) continue; // axe-core checks text on a solid background
      const size = Number.parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      found.push({ text: (element.textContent ?? '').trim().slice(0, 60), box, colour: rgba(style.color).slice(0, 3), layers, covered, large });
    }
    // Hide every text and control, keeping each screen's own background (the title's picture and veil).
    // With opacity, not visibility: a hidden control would lose the keyboard focus.
    // A constructed style sheet, not a <style>: the game's Content-Security-Policy refuses inline styles.
    const hide = new CSSStyleSheet();
    hide.replaceSync([
      '#ui *, .presenter-layer * { opacity: 0 !important; }',
      '#ui > *, .presenter-layer > * { opacity: 1 !important; color: transparent !important; border-color: transparent !important; box-shadow: none !important; outline: none !important; }',
    ].join(' '));
    (window as unknown as Record<string, CSSStyleSheet>)[hideId] = hide;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, hide];
    return found;
  }, HIDE_TEXT);
}

/** Texts on the backdrop whose contrast is too low, each with its worst ratio. Empty when all is well. */
export async function backdropContrastProblems(page: Page): Promise<string[]> {
  const texts = await textsOnBackdrop(page);
  let picture: Buffer;
  try {
    picture = await page.screenshot();
  } finally {
    await page.evaluate((id) => {
      const hide = (window as unknown as Record<string, CSSStyleSheet | undefined>)[id];
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== hide);
    }, HIDE_TEXT);
  }
  return page.evaluate(
    async ({ texts, png }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return ['no 2D canvas to read the picture'];
      context.drawImage(image, 0, 0);
      const channel = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
      const luminance = (c: readonly number[]) => 0.2126 * channel(c[0] ?? 0) + 0.7152 * channel(c[1] ?? 0) + 0.0722 * channel(c[2] ?? 0);
      const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      const problems: string[] = [];
      for (const t of texts) {
        const { x, y, width, height } = t.box;
        const left = Math.floor(x);
        const upper = Math.floor(y);
        const columns = Math.ceil(width);
        const data = context.getImageData(left, upper, columns, Math.ceil(height)).data;
        const hidden = (i: number) => {
          const px = left + ((i / 4) % columns);
          const py = upper + Math.floor(i / 4 / columns);
          return t.covered.some((c) => px >= c.x && px < c.x + c.width && py >= c.y && py < c.y + c.height);
        };
        let lightest = 0;
        let darkest = 1;
        for (let i = 0; i < data.length; i += 4) {
          if (hidden(i)) continue;
          // The backdrop's pixel, seen through the text's own see-through backgrounds (outermost first).
          let pixel = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
          for (const layer of [...t.layers].reverse()) {
            const a = layer[3] ?? 0;
            pixel = pixel.map((v, k) => (layer[k] ?? 0) * a + v * (1 - a));
          }
          const l = luminance(pixel);
          lightest = Math.max(lightest, l);
          darkest = Math.min(darkest, l);
        }
        const text = luminance(t.colour);
        const worst = Math.min(ratio(text, lightest), ratio(text, darkest));
        const needed = t.large ? 3 : 4.5;
        if (worst < needed) problems.push(`"${t.text}": ${worst.toFixed(2)}:1 at worst, needs ${needed}:1`);
      }
      return problems;
    },
    { texts, png: picture.toString('base64') },
  );
}
