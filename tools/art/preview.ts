/**
 * `npx tsx tools/art/preview.ts`: contact sheets of the generated art, for looking at, not for the
 * game. Writes SVG sheets (and PNGs when `rsvg-convert` from Debian's librsvg2-bin is installed)
 * into test-results/art/, which git ignores.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MOODS, PEOPLE, SCENES } from '../../src/presentation/assets/asset-names.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'test-results/art');
mkdirSync(OUT, { recursive: true });

/** One SVG file as a nested <svg> placed at x, y, with its ids made unique within the sheet. */
function nest(file: string, x: number, y: number, w: number, h: number, prefix: string): string {
  const text = readFileSync(file, 'utf8')
    .replace(/<title>.*?<\/title>/, '')
    .replace(/id="([^"]+)"/g, `id="${prefix}$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`);
  return text.replace(/<svg [^>]*viewBox="([^"]+)"[^>]*>/, `<svg x="${x}" y="${y}" width="${w}" height="${h}" viewBox="$1">`);
}

function sheet(name: string, width: number, height: number, background: string, body: string): void {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${background}"/>${body}</svg>`;
  const file = join(OUT, `${name}.svg`);
  writeFileSync(file, svg);
  try {
    execFileSync('rsvg-convert', ['-o', join(OUT, `${name}.png`), file]);
    console.log(`test-results/art/${name}.png`);
  } catch {
    console.log(`test-results/art/${name}.svg (install librsvg2-bin for a PNG)`);
  }
}

const people = process.argv.slice(2).filter((p) => (PEOPLE as readonly string[]).includes(p));
const cell = 200;
const rows = people.length ? people : [...PEOPLE];
let body = '';
rows.forEach((person, r) => {
  MOODS.forEach((mood, c) => {
    body += nest(join(ROOT, `assets/art/portraits/${person}-${mood}.svg`), c * cell, r * cell, cell, cell, `p${r}_${c}_`);
  });
});
sheet(people.length ? `portraits-${people.join('-')}` : 'portraits', MOODS.length * cell, rows.length * cell, '#d8d2c6', body);

// The cast side by side, large, and each scene with the cast member in front where the game puts them.
let cast = '';
PEOPLE.forEach((person, i) => {
  cast += nest(join(ROOT, `assets/art/portraits/${person}-neutral.svg`), i * 300, 0, 300, 300, `c${i}_`);
});
sheet('cast', PEOPLE.length * 300, 300, '#3e4a63', cast);

for (const scene of SCENES) {
  const w = 1280;
  const h = 720;
  let s = nest(join(ROOT, `assets/art/scenes/${scene}.svg`), 0, 0, w, h, 's_');
  // A stand-in for the game's chrome: top bar, dialogue panel and portrait, to judge the composition.
  s += `<rect width="${w}" height="60" fill="#14192a" opacity="0.92"/>`;
  s += `<rect x="300" y="${h - 30 - 250}" width="${w - 340}" height="250" rx="16" fill="#fbf8f2"/>`;
  s += nest(join(ROOT, `assets/art/portraits/priya-pleased.svg`), 20, h - 300, 280, 280, 'q_');
  sheet(`scene-${scene}`, w, h, '#000', s);
}
