/**
 * No path ends in an ending whose trainer note its scores contradict (issue 16, contract 6). Every
 * complete play-through of every shipped story is listed (the story checker's own walker), its
 * profile computed as the reveal computes it, and held to the claims in
 * test/stories/endings/<story-id>.ts: every ending has a claim, and no path reaches an ending with a
 * fit or a dimension score outside it. The harness is first seen to fail on a fixture story whose
 * claims are wrong on purpose.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../tools/ink-compiler.ts';
import { allPlayThroughs, type PlayThrough } from '../../tools/story-check/playthroughs.ts';
import { listScenarioFiles } from '../../tools/vite-plugin-ink.ts';
import { claimProblems, claimsFile, loadClaims } from '../support/ending-claims.ts';
import { ROOT } from '../support/stories.ts';

const FILES = listScenarioFiles(resolve(ROOT, 'stories')).map((file) => `stories/${file.split('/').pop()}`);

function playThroughsOf(file: string): PlayThrough[] {
  const compiled = compileInk(resolve(ROOT, file), ROOT);
  if (compiled.json === undefined) throw new Error(compiled.diagnostics.map((d) => `${d.file} line ${d.line}: ${d.message}`).join('\n'));
  return [...allPlayThroughs(compiled.json, file, { maxMs: 120_000 })];
}

describe('the harness, on a fixture story with wrong claims', () => {
  const FIXTURE = 'test/fixtures/claims/first-meeting.ink';
  const CLAIMS = 'test/fixtures/claims/first-meeting.ts';
  const paths = playThroughsOf(FIXTURE);

  it('fails: a contradicted note, an ending with no claim, a claim for no ending', async () => {
    const claims = await loadClaims(CLAIMS);
    expect(claimProblems(FIXTURE, CLAIMS, paths, claims)).toEqual([
      `${FIXTURE}: the ending "yours" has no claim in ${CLAIMS}`,
      `${FIXTURE}: ${CLAIMS} has a claim for "sam-promoted", but no play-through ends there`,
      `${FIXTURE}: 1 of 1 play-throughs end at "sam-learned" with fit outside the claim (at most 50 %). ` +
        'Furthest out: fit 100 % by choices 1,1 ("Give Sam the three questions to ask, and listen in" → "Go through it with Sam and say what you would keep"); ' +
        'its scores: fit 100 %, control or empower 0.00, detail or direction +1.00, tell or ask −0.50. The note: "Sam learned nothing: you never let go"',
    ]);
  });

  it('passes once the claims agree with every path; doing it yourself claims no fit, so a fit claim cannot fail there', async () => {
    const claims = await loadClaims(CLAIMS);
    const fixed = {
      'sam-learned': { note: 'Sam learned to run the next one', fit: { min: 0.9 } },
      'sam-shaky': claims?.['sam-shaky'] ?? { note: '' },
      yours: { note: 'The deal landed, but it was yours', fit: { max: 0.1 }, dimensions: { 'control-empower': { max: -0.5 } } },
    };
    expect(claimProblems(FIXTURE, CLAIMS, paths, fixed)).toEqual([]);
  });

  it('says where to write the claims when a story has none', () => {
    expect(claimProblems(FIXTURE, 'test/stories/endings/first-meeting.ts', paths, undefined)).toEqual([
      `${FIXTURE}: test/stories/endings/first-meeting.ts does not exist: write a claim for each of its endings there (sam-learned, sam-shaky, yours), typed as EndingClaims (test/stories/endings/claims.ts)`,
    ]);
  });
});

describe.each(FILES)('%s', (file) => {
  it('reaches no ending with scores its trainer note contradicts', async () => {
    const paths = playThroughsOf(file);
    const id = paths[0]?.log.storyId ?? '';
    const claims = await loadClaims(claimsFile(id));
    expect(claimProblems(file, claimsFile(id), paths, claims)).toEqual([]);
  }, 180_000);
});
