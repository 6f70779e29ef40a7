/**
 * The check of a story opened from a person's own files, as the browser's worker runs it: the files
 * come flat (no folders), the same checks as `npm run stories:check`, and a verdict on whether it plays.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOwnStoryFiles } from '../../../src/adapters/own-story-report.ts';
import { mainFileOf } from '../../../src/core/story/own-stories.ts';
import { FIXTURES } from '../../support/stories.ts';

/** Fixture files as a browser's file input gives them: by name, without their folders. */
const picked = (...paths: string[]) => paths.map((path) => ({ name: basename(path), text: readFileSync(resolve(FIXTURES, 'own-stories', path), 'utf8') }));

describe('checking an own story in the browser', () => {
  it('finds the story among the files picked (in any order) and its two INCLUDEs by their names, and plays it with its tags', () => {
    const files = picked('lib/places.ink', 'office-visit.ink', 'lib/people.ink');
    expect(mainFileOf(files)?.name).toBe('office-visit.ink');
    const check = checkOwnStoryFiles(files);
    expect(check.problems).toEqual([]);
    expect(check.story).toMatchObject({ file: 'office-visit.ink', tagged: true, info: { id: 'office-visit', title: 'The office visit', meters: ['trust'] } });
  });

  it('lists every error of a broken story with its file and line, and does not play it', () => {
    const check = checkOwnStoryFiles(picked('broken.ink', 'lib/broken-part.ink'));
    expect(check.story).toBeUndefined();
    expect(check.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.text)).toEqual([
      "broken.ink line 6: Divert target not found: '-> nowhere'",
      "broken-part.ink line 3: Divert target not found: '-> also_nowhere'",
    ]);
  });

  it('quotes at most 80 characters of a story’s own text in a compiler’s message (a divert to a 1,900,000-character name)', () => {
    const check = checkOwnStoryFiles([{ name: 'long.ink', text: `# title: Long\n# id: long\nHello.\n-> ${'x'.repeat(1_900_000)}\n` }]);
    expect(check.story).toBeUndefined();
    expect(check.problems.map((problem) => problem.text)).toContain(`long.ink line 4: Divert target not found: '-> ${'x'.repeat(79)}…`);
  });

  it('stops a story that loops for ever, says where, and does not play it', () => {
    const check = checkOwnStoryFiles(picked('endless-loop.ink'));
    expect(check.story).toBeUndefined();
    expect(check.problems).toContainEqual({ severity: 'error', text: expect.stringMatching(/^endless-loop\.ink line 11: the story ran 200,000 steps without reaching a choice or an end.*\(reached by choices 1\)$/) });
  });

  it('plays a story with no game tags, saying once that the reveal will have no dimensions', () => {
    const check = checkOwnStoryFiles(picked('plain.ink'));
    expect(check.story).toMatchObject({ file: 'plain.ink', tagged: false, info: { id: 'plain', title: 'plain' } });
    const texts = check.problems.map((problem) => problem.text);
    expect(texts.filter((text) => text.includes('no pattern pole'))).toEqual([]);
    expect(texts).toContain('plain.ink: warning: no option carries a manage or lead tag (such as #lead:ask or #manage:control), so the story plays as it is, and the reveal will have no dimensions to show');
    // What the checker says of the missing title and id stays, as advice.
    expect(texts.some((text) => /no title/.test(text))).toBe(true);
  });
});
