/**
 * `npx tsx tools/art/generate.ts`: writes every background and portrait into assets/art/.
 * Deterministic: the same code gives byte-identical files, so a diff shows what changed.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MOODS, PEOPLE, PERSON_INFO, SCENES } from '../../src/presentation/assets/asset-names.ts';
import { EXPRESSIONS } from './expressions.ts';
import { PEOPLE_SPECS } from './people.ts';
import { drawPortrait } from './portrait.ts';
import { drawScene } from './scenes.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ART = join(ROOT, 'assets/art');

function writeAll(dir: string, files: ReadonlyMap<string, string>): number {
  mkdirSync(dir, { recursive: true });
  // Files this generator made before and no longer makes would linger: clear the SVGs first.
  for (const old of readdirSync(dir)) if (old.endsWith('.svg')) rmSync(join(dir, old));
  let total = 0;
  for (const [name, text] of files) {
    writeFileSync(join(dir, name), text);
    total += Buffer.byteLength(text);
  }
  return total;
}

const scenes = new Map(SCENES.map((scene) => [`${scene}.svg`, drawScene(scene)] as const));
const portraits = new Map<string, string>();
for (const person of PEOPLE) {
  for (const mood of MOODS) {
    portraits.set(`${person}-${mood}.svg`, drawPortrait(PEOPLE_SPECS[person], EXPRESSIONS[mood], `${PERSON_INFO[person].description}, looking ${mood}`));
  }
}

const only = process.argv[2];
if (only !== 'portraits') {
  const size = writeAll(join(ART, 'scenes'), scenes);
  console.log(`assets/art/scenes: ${scenes.size} backgrounds, ${(size / 1024).toFixed(1)} KB`);
}
if (only !== 'scenes') {
  const size = writeAll(join(ART, 'portraits'), portraits);
  console.log(`assets/art/portraits: ${portraits.size} portraits, ${(size / 1024).toFixed(1)} KB`);
}
