/** The story checker catches each kind of broken story with its file and line, or the way there. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoryReport } from '../../../tools/story-check/check.ts';
import { checkStory } from '../../../tools/story-check/check-file.ts';
import type { Finding, Rule } from '../../../tools/story-check/lint.ts';
import { formatFinding } from '../../../tools/story-check/report.ts';
import { FIXTURES, ROOT } from '../../support/stories.ts';

const check = (name: string): StoryReport => checkStory(resolve(FIXTURES, name), ROOT, { maxMs: 5000 });
const only = (report: StoryReport, rule: Rule): Finding[] => report.findings.filter((finding) => finding.rule === rule);
const lines = (findings: readonly Finding[]) => findings.map(formatFinding);
const way = (finding: Finding | undefined) => finding?.choices?.map((step) => `${step.number} ${step.text}`);

describe('checkStory on broken stories', () => {
  it('reports a bad divert as a compile error with file and line, and explores nothing', () => {
    const report = check('check/bad-divert.ink');
    expect(report.ok).toBe(false);
    expect(lines(only(report, 'compile'))).toEqual(["test/fixtures/check/bad-divert.ink line 5: Divert target not found: '-> nowhere'"]);
    expect(report.exploration).toBeUndefined();
  });

  it('reports unknown line tags and malformed choice tags where they are written', () => {
    const report = check('check/unknown-tag.ink');
    expect(report.ok).toBe(false);
    expect(lines(only(report, 'tag'))).toEqual([
      expect.stringMatching(/^test\/fixtures\/check\/unknown-tag\.ink line 3: #speeker: Ana unknown tag "speeker"/),
      expect.stringMatching(/^test\/fixtures\/check\/unknown-tag\.ink line 7: #lead:asks "lead" needs one of the lead poles.*\(on the option "Tell her"\)$/),
    ]);
  });

  it('explains a choice tag written after the closing bracket', () => {
    const report = check('check/after-bracket.ink');
    const [after] = only(report, 'choice-tag-after-bracket');
    expect(after && formatFinding(after)).toBe(
      'test/fixtures/check/after-bracket.ink line 4: the tag #lead:ask comes after the closing bracket of the choice "Sit down with her", ' +
        'so ink gives it to the next line and the choice has no tags: move it inside the brackets, as in * [Sit down with her #lead:ask]',
    );
    expect(way(after)).toEqual(['1 Sit down with her']);
    // The choice itself has no pole, and it says so too.
    expect(lines(only(report, 'no-pole'))).toEqual([expect.stringContaining('line 4: the option "Sit down with her" has no pattern pole')]);
  });

  // Failed first: replacing-star had `{a: text #mood: pleased|other text}`, and the checker said OK while
  // the second branch became part of the first branch's tag (the manifest test caught its mood).
  it('refuses a tag inside an inline {…|…} on one line, which swallows the other branch and the brace', () => {
    const report = check('check/inline-tags.ink');
    expect(only(report, 'tag-in-inline-conditional').map((f) => `${f.at?.file}:${f.at?.line} ${f.severity}`)).toEqual([
      'test/fixtures/check/inline-tags.ink:3 error',
      'test/fixtures/check/inline-tags.ink:8 error',
    ]);
  });

  it('warns about float literals ending in .0 in the story and its INCLUDEs, not in the narration', () => {
    const report = check('check/floats.ink');
    expect(report.ok).toBe(true);
    expect(only(report, 'float-literal').map((f) => `${f.at?.file}:${f.at?.line} ${f.severity}`)).toEqual([
      'test/fixtures/check/floats.ink:4 warning',
      'test/fixtures/check/floats.ink:7 warning',
      'test/fixtures/check/common/numbers.ink:4 warning',
    ]);
  });

  it('stops a story that loops for ever with no choice, and says where and how to get there', () => {
    const report = check('check/endless-loop.ink');
    expect(report.ok).toBe(false);
    const [loop] = only(report, 'runtime-error');
    expect(loop && formatFinding(loop)).toBe(
      'test/fixtures/check/endless-loop.ink line 11: the story ran 200,000 steps without reaching a choice or an end, so it seems to loop for ever (a knot that diverts back to itself, or a loop with no choice in it?)',
    );
    expect(way(loop)).toEqual(['1 Wait for her to speak']);
    // The rest of the story is still explored.
    expect(report.exploration?.endings.map((ending) => ending.id)).toEqual(['home']);
  });

  it('finds a dead end with the choices that lead there', () => {
    const report = check('check/dead-end.ink');
    expect(report.ok).toBe(false);
    const [dead] = only(report, 'dead-end');
    expect(dead && formatFinding(dead)).toMatch(/^test\/fixtures\/check\/dead-end\.ink line 15: dead end after this line: ran out of content/);
    expect(way(dead)).toEqual(['2 Tell her to call the buyer']);
    expect(report.exploration?.endings).toEqual([]);
    expect(report.exploration?.playThroughs).toBe(0);
  });

  it('finds a runtime error (RANDOM with its bounds swapped) with its line and the choices that lead there', () => {
    const report = check('check/runtime-error.ink');
    const [error] = only(report, 'runtime-error');
    expect(error && formatFinding(error)).toBe('test/fixtures/check/runtime-error.ink line 8: RANDOM was called with minimum as 3 and maximum as 1. The maximum must be larger');
    expect(way(error)).toEqual(['2 Roll the dice']);
  });

  it('lists knots and stitches that no play-through reaches', () => {
    const report = check('check/unreachable.ink');
    expect(lines(only(report, 'unreachable'))).toEqual([
      'test/fixtures/check/unreachable.ink line 8: knot "orphan" is never reached: no play-through gets there',
      'test/fixtures/check/unreachable.ink line 12: knot "visited" is never reached: no play-through gets there',
      'test/fixtures/check/unreachable.ink line 13: stitch "visited.used" is never reached: no play-through gets there',
    ]);
    expect(report.exploration?.knots).toEqual({ total: 3, reached: 0, reachedByWalks: 0, unreached: ['orphan', 'visited', 'visited.used'] });
  });

  it('checks poles and approaches decision by decision', () => {
    const report = check('check/poles.ink');
    expect(lines(report.findings.filter((f) => f.severity === 'error'))).toEqual([
      expect.stringContaining('poles.ink line 6: the option "Nod" has no pattern pole'),
      expect.stringContaining('poles.ink line 11: the option "Coach her through it" has #approach:coach but its decision declares no readiness'),
      expect.stringContaining('poles.ink line 21: the decision declares readiness R1, but this option has no #approach: "Leave Sam to it"'),
    ]);
  });
});

describe('checkStory on a sound story', () => {
  const report = check('stories/sample.ink');

  it('passes with no finding, every knot reached, every play-through counted', () => {
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
    const e = report.exploration;
    expect(e?.complete).toBe(true);
    expect(e?.knots).toMatchObject({ total: 2, reached: 2, unreached: [] });
    expect(e?.endings).toEqual([{ id: 'quiet-week', playThroughs: 4, choices: [{ number: 1, text: 'Ask her what she thinks is blocking it' }, { number: 1, text: 'Send it as it is' }] }]);
    expect(e?.playThroughs).toBe(4);
  });

  it('gives the score range per dimension and the fit range, worked out by hand', () => {
    // Decision 1 (readiness R2): ask (+1 on tell–ask, coach: fit 1) or tell (−1, direct: fit 2/3).
    // Decision 2: detail=2 (−2/2 = −1 on detail–direction) or direction (+1/2).
    const s = report.exploration?.scores;
    expect(s?.complete).toBe(true);
    const range = (id: string) => {
      const r = s?.dimensions.find((d) => d.dimension === id);
      return [r?.lowest?.value, r?.highest?.value];
    };
    expect(range('tell-ask')).toEqual([-1, 1]);
    expect(range('detail-direction')).toEqual([-1, 0.5]);
    expect(range('control-empower')).toEqual([undefined, undefined]);
    expect(range('push-pull')).toEqual([undefined, undefined]);
    expect(s?.dimensions.find((d) => d.dimension === 'tell-ask')?.lowest?.choices.map((c) => c.number)[0]).toBe(2);
    expect([s?.bestFit?.value, s?.worstFit?.value]).toEqual([100, 67]);
  });
});
