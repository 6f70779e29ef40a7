/**
 * What the demanding trainer's read of the-promise and whose-deal found (issue 19, docs/reviews/),
 * held over every play-through of the two stories so a later edit cannot bring it back: no option
 * gives itself away by its length, the reveal never credits a move the option does not make, and no
 * refusal blames the player for lacking something the story had handed them.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChoiceLog, LoggedOption } from '../../src/core/log/choice-log.ts';
import { profileOf } from '../../src/core/patterns/profile.ts';
import { parseTags } from '../../src/core/story/tags.ts';
import { compileInk } from '../../tools/ink-compiler.ts';
import { allPlayThroughs } from '../../tools/story-check/playthroughs.ts';
import { ROOT } from '../support/stories.ts';

/**
 * A room that cannot tell which option is best picks the one with the most words: the longest
 * option of a decision may be at most this much longer than the next longest.
 */
const LONGEST_OVER_NEXT = 1.3;

function logsOf(file: string): ChoiceLog[] {
  const compiled = compileInk(resolve(ROOT, file), ROOT);
  if (compiled.json === undefined) throw new Error(compiled.diagnostics.map((d) => `${d.file} line ${d.line}: ${d.message}`).join('\n'));
  return [...allPlayThroughs(compiled.json, file, { maxMs: 120_000 })].map((p) => p.log);
}

const wordsIn = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function poleNames(option: LoggedOption): string[] {
  return parseTags(option.tags, 'choice', 'trainer-read').tags.flatMap((t) => (t.kind === 'pattern' ? [t.pole] : []));
}

/** Every distinct set of options a player is offered, once each, with the word counts that stand out. */
function lengthGiveaways(logs: readonly ChoiceLog[]): string[] {
  const seen = new Map<string, string>();
  for (const decision of logs.flatMap((log) => log.decisions)) {
    const key = decision.options.map((o) => o.text).join('|');
    if (seen.has(key)) continue;
    const counts = decision.options.map((o) => ({ text: o.text, words: wordsIn(o.text) })).sort((a, b) => b.words - a.words);
    const [longest, next] = counts;
    const tooLong = longest !== undefined && next !== undefined && longest.words > next.words * LONGEST_OVER_NEXT;
    seen.set(key, tooLong ? `${longest.words} words against ${next.words}: "${longest.text}"` : '');
  }
  return [...seen.values()].filter((problem) => problem !== '');
}

const linesBefore = (log: ChoiceLog): string[] => log.decisions.flatMap((d) => d.situation.map((line) => line.text));

describe.each(['stories/the-promise.ink', 'stories/whose-deal.ink'])('%s', (file) => {
  const logs = logsOf(file);

  it(`offers no option more than ${LONGEST_OVER_NEXT} times as long as the next longest`, () => {
    expect(lengthGiveaways(logs)).toEqual([]);
  }, 180_000);
});

describe('the-promise', () => {
  const logs = logsOf('stories/the-promise.ink');

  it('asking Helen for a free hand with Carys claims no empowering: nobody was handed anything', () => {
    const options = logs.flatMap((log) => log.decisions.flatMap((d) => d.options)).filter((o) => o.text.startsWith('Ask her to leave Carys'));
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) expect(poleNames(option)).not.toContain('empower');
  });
});

describe('whose-deal', () => {
  const logs = logsOf('stories/whose-deal.ink');

  it('giving Sam\'s next door to Dev is scored as over-directing Sam, not as a task you did yourself', () => {
    const gave = logs.filter((log) => log.decisions.some((d) => d.options[d.chosen]?.text.startsWith('Give the lead to Dev')));
    expect(gave.length).toBeGreaterThan(0);
    for (const log of gave) {
      const door = profileOf(log).fit.decisions.find((f) => f.person === 'Sam' && f.decision === log.decisions.length);
      expect(door?.approach).toBe('direct');
      expect(door?.direction).toBe('over-directing');
    }
  });

  it('Helen, ruling without the CRM history, names what was missing, not "anything in writing" (Sam gave you his timeline)', () => {
    const ruled = logs.filter((log) => linesBefore(log).some((line) => line.includes('The plan pays the owner')));
    expect(ruled.length).toBeGreaterThan(0);
    for (const log of ruled) {
      expect(linesBefore(log).join('\n')).not.toContain('Anything in writing');
      expect(linesBefore(log).some((line) => line.includes('CRM'))).toBe(true);
    }
  });

  it('the Friday talks are chosen knowing the file is built on Thursday night, so an agreed split is not lost to a missing email', () => {
    const thursday = logs.flatMap((log) => log.decisions).find((d) => d.options.some((o) => o.text.startsWith('Get them both in the small room')));
    expect(thursday?.situation.map((line) => line.text).join('\n')).toContain('tonight');
    const talks = logs.filter((log) => linesBefore(log).some((line) => line.includes('They settle it in ten minutes')));
    expect(talks.length).toBeGreaterThan(0);
    for (const log of talks) expect(linesBefore(log).join('\n')).not.toContain('Nobody writes it down');
  });
});
