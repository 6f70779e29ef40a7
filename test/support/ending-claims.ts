/**
 * Holding every play-through of a story to what its trainer notes claim (contract 6 of issue 16):
 * each ending has a claim, and no path reaches an ending with a fit or a dimension score outside it.
 * The claims are data, one file per story: test/stories/endings/<story-id>.ts (type in claims.ts).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIMENSION_NAMES } from '../../src/core/patterns/readings.ts';
import { profileOf, type Profile } from '../../src/core/patterns/profile.ts';
import type { DimensionId } from '../../src/core/patterns/dimensions.ts';
import type { PlayThrough } from '../../tools/story-check/playthroughs.ts';
import type { EndingClaims, Range } from '../stories/endings/claims.ts';
import { ROOT } from './stories.ts';

/** Where the claims of story `id` live. */
export const claimsFile = (id: string) => `test/stories/endings/${id}.ts`;

/** The claims a file exports as `endings`, or undefined when there is no such file. */
export async function loadClaims(file: string): Promise<EndingClaims | undefined> {
  const path = resolve(ROOT, file);
  if (!existsSync(path)) return undefined;
  const module = (await import(pathToFileURL(path).href)) as { endings?: EndingClaims };
  return module.endings;
}

interface Breach {
  readonly measure: string;
  readonly range: Range;
  readonly value: number;
  readonly path: PlayThrough;
  readonly profile: Profile;
}

const percent = (value: number) => `${Math.round(value * 100)} %`;
const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value).toFixed(2)}`;
const outside = (value: number, range: Range) => (range.min !== undefined && value < range.min - 1e-9) || (range.max !== undefined && value > range.max + 1e-9);
const describeRange = (range: Range, show: (n: number) => string) =>
  [range.min === undefined ? '' : `at least ${show(range.min)}`, range.max === undefined ? '' : `at most ${show(range.max)}`].filter(Boolean).join(' and ');

/** The fit of a play-through, 0…1, unrounded; undefined when no decision on it claims one. */
function fitOf(profile: Profile): number | undefined {
  const fits = profile.fit.decisions;
  return fits.length === 0 ? undefined : fits.reduce((sum, f) => sum + f.fit, 0) / fits.length;
}

/**
 * Everything wrong between a story's play-throughs and its claims, one message each: an ending with
 * no claim, a claim for an ending no path reaches, and for each claimed measure of each ending the
 * paths outside it (how many, and the furthest out, with its choices, its scores and the note).
 */
export function claimProblems(file: string, claimsPath: string, paths: Iterable<PlayThrough>, claims: EndingClaims | undefined): string[] {
  const reached = new Map<string, number>();
  const breaches = new Map<string, Breach[]>();
  for (const path of paths) {
    const ending = path.ending ?? '(no #ending tag)';
    reached.set(ending, (reached.get(ending) ?? 0) + 1);
    const claim = claims?.[ending];
    if (!claim) continue;
    const found: Breach[] = [];
    const profile = profileOf(path.log);
    const fit = fitOf(profile);
    if (claim.fit && fit !== undefined && outside(fit, claim.fit)) found.push({ measure: 'fit', range: claim.fit, value: fit, path, profile });
    for (const [dimension, range] of Object.entries(claim.dimensions ?? {}) as [DimensionId, Range][]) {
      const score = profile.dimensions.find((d) => d.dimension === dimension)?.score;
      if (score !== undefined && outside(score, range)) found.push({ measure: dimension, range, value: score, path, profile });
    }
    for (const breach of found) breaches.set(`${ending}|${breach.measure}`, [...(breaches.get(`${ending}|${breach.measure}`) ?? []), breach]);
  }

  if (!claims) return [`${file}: ${claimsPath} does not exist: write a claim for each of its endings there (${[...reached.keys()].join(', ')}), typed as EndingClaims (test/stories/endings/claims.ts)`];
  const problems: string[] = [];
  for (const ending of reached.keys()) {
    if (!claims[ending]) problems.push(`${file}: the ending "${ending}" has no claim in ${claimsPath}`);
  }
  for (const ending of Object.keys(claims)) {
    if (!reached.has(ending)) problems.push(`${file}: ${claimsPath} has a claim for "${ending}", but no play-through ends there`);
  }
  for (const [key, list] of breaches) {
    const [ending] = key.split('|') as [string];
    const { measure, range } = list[0] as Breach;
    const distance = (b: Breach) => Math.max((range.min ?? b.value) - b.value, b.value - (range.max ?? b.value));
    const worst = [...list].sort((a, b) => distance(b) - distance(a))[0] as Breach;
    const show = measure === 'fit' ? percent : signed;
    const name = measure === 'fit' ? 'fit' : DIMENSION_NAMES[measure as DimensionId].toLowerCase();
    const scores = worst.profile;
    const fit = fitOf(scores);
    const all = [
      fit === undefined ? 'fit: none claimed' : `fit ${percent(fit)}`,
      ...scores.dimensions.filter((d) => d.score !== undefined).map((d) => `${DIMENSION_NAMES[d.dimension].toLowerCase()} ${signed(d.score as number)}`),
    ].join(', ');
    problems.push(
      `${file}: ${list.length} of ${reached.get(ending)} play-throughs end at "${ending}" with ${name} outside the claim (${describeRange(range, show)}). ` +
        `Furthest out: ${name} ${show(worst.value)} by choices ${worst.path.choices.map((c) => c.number).join(',')} ` +
        `(${worst.path.choices.map((c) => `"${c.text}"`).join(' → ')}); its scores: ${all}. The note: "${claims[ending]?.note}"`,
    );
  }
  return problems;
}
