/**
 * What the demanding trainer's read of replacing-star found (issue 19, docs/reviews/replacing-star.md),
 * held over every play-through so a later edit cannot bring it back: the reveal credits only the moves
 * the options make, the narrator leaves readiness to the reveal, the hiring reads as hiring does, and
 * no ending tells the room about something the player's path never did.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChoiceLog, DecisionRecord, LoggedOption } from '../../src/core/log/choice-log.ts';
import { openSession } from '../../src/core/session.ts';
import { parseTags, type PatternTag } from '../../src/core/story/tags.ts';
import { compileInk } from '../../tools/ink-compiler.ts';
import { allPlayThroughs, type PlayThrough } from '../../tools/story-check/playthroughs.ts';
import { ROOT } from '../support/stories.ts';

const FILE = 'stories/replacing-star.ink';
const compiled = compileInk(resolve(ROOT, FILE), ROOT);
if (compiled.json === undefined) throw new Error(compiled.diagnostics.map((d) => `${d.file} line ${d.line}: ${d.message}`).join('\n'));
const json = compiled.json;
const paths = [...allPlayThroughs(json, FILE, { maxMs: 120_000 })];

/**
 * What the player reads after the last decision, which no log keeps: what the choice led to, then the
 * ending itself, which opens on a scene of its own.
 */
function afterLastDecision(path: PlayThrough): { outcome: string; ending: string } {
  const opened = openSession(json, FILE, { now: () => 0 });
  if (!opened.ok) throw new Error(opened.error.message);
  let beat = opened.value.begin();
  for (const step of path.choices) {
    if (!beat.ok) throw new Error(beat.error.message);
    beat = opened.value.choose(beat.value.choices[step.number - 1]?.index ?? -1);
  }
  if (!beat.ok) throw new Error(beat.error.message);
  const lines = beat.value.lines;
  const opens = lines.length - 1 - [...lines].reverse().findIndex((line) => line.tags.some((tag) => tag.kind === 'scene'));
  const text = (from: number, to?: number): string => lines.slice(from, to).map((line) => line.text).join('\n');
  return { outcome: text(0, opens), ending: text(opens) };
}

const patterns = (option: LoggedOption): PatternTag[] =>
  parseTags(option.tags, 'choice', 'replacing-star read').tags.filter((t): t is PatternTag => t.kind === 'pattern');
const narration = (decision: DecisionRecord): string => decision.situation.filter((l) => l.speaker === undefined).map((l) => l.text).join('\n');
const screen = (decision: DecisionRecord): string => decision.situation.map((l) => l.text).join('\n');
const chose = (log: ChoiceLog, start: string): boolean => log.decisions.some((d) => d.options[d.chosen]?.text.startsWith(start));
const decisionOffering = (log: ChoiceLog, start: string): DecisionRecord | undefined => log.decisions.find((d) => d.options.some((o) => o.text.startsWith(start)));
const allText = (log: ChoiceLog): string => log.decisions.map(screen).join('\n');
const optionsStarting = (start: string): LoggedOption[] =>
  paths.flatMap((p) => p.log.decisions.flatMap((d) => d.options)).filter((o) => o.text.startsWith(start));

describe('replacing-star, after the trainer\'s read', () => {
  it('has play-throughs to check', () => {
    expect(paths.length).toBeGreaterThan(1000);
  });

  it('the tags credit only what the options do: reasons make direction, and every coaching move tells', () => {
    const direction = optionsStarting('Tell them where the team goes');
    expect(direction.length).toBeGreaterThan(0);
    for (const option of direction) {
      expect(option.text).toMatch(/\bso\b|because/);
      for (const tag of patterns(option)) expect(tag.weight).toBe(1);
    }
    const consulted = optionsStarting('Tell her you\'ll run the interviews yourself');
    expect(consulted.length).toBeGreaterThan(0);
    for (const option of consulted) expect(patterns(option).map((t) => t.pole)).toContain('tell');
  });

  it('the narrator leaves readiness to the reveal: no verdict on Ruth\'s ability or Nadia\'s wish to learn', () => {
    for (const { log } of paths) {
      for (const decision of log.decisions.filter((d) => d.readiness?.person === 'Nadia' || d.readiness?.person === 'Ruth')) {
        expect(narration(decision)).not.toMatch(/can tell you in a sentence|wants this one|not one first meeting/);
      }
    }
  });

  it('a room is not handed the answer: the panel\'s set-up does not say to check, and Dev\'s note is in more than one option for Nadia', () => {
    for (const { log } of paths) {
      const panel = decisionOffering(log, 'Write down how you\'ll decide');
      expect(narration(panel as DecisionRecord)).not.toContain('nobody here has checked');
      const nadia = decisionOffering(log, 'Plan it with her');
      if (nadia) expect(nadia.options.filter((o) => o.text.includes('Saturday')).length).toBeGreaterThan(1);
    }
  });

  it('the panel never leaves Ruth "her half" when you did not give her one', () => {
    for (const { log } of paths.filter((p) => !chose(p.log, 'Hand her the sales half') && !chose(p.log, 'Ask her how she\'d run the role-play'))) {
      const panel = decisionOffering(log, 'Write down how you\'ll decide') as DecisionRecord;
      for (const option of panel.options) expect(option.text).not.toContain('her half');
    }
  });

  it('hiring reads as hiring: a conditional offer is weighed, both candidates give a colleague, the new closer serves his notice', () => {
    for (const { log } of paths) {
      const waitForPeople = decisionOffering(log, 'Ring Conrad back and ask for until next Friday: you want to speak');
      if (waitForPeople) expect(screen(waitForPeople)).toContain('subject to references');
      if (chose(log, 'Write down how you\'ll decide')) expect(allText(log)).toMatch(/Nadia gives you [^.]*colleague/);
      if (chose(log, 'Offer Conrad the job today')) expect(allText(log)).toMatch(/Conrad is in Dev's chair[^.]*notice/);
      expect(allText(log)).not.toContain('until the new year');
    }
  });

  it('nobody asks who has Meridian as if Dev\'s accounts had gone a month unanswered', () => {
    for (const { log } of paths) {
      const monday = decisionOffering(log, 'Give each of Dev\'s accounts an owner') as DecisionRecord;
      expect(screen(monday)).toMatch(/Ruth and Priya have (been )?answer/);
    }
  });

  it('an ending tells only what happened on its path', { timeout: 120_000 }, () => {
    const checked = { terms: 0, emptyBoard: 0 };
    for (const path of paths) {
      if (path.ending === 'star-on-terms') {
        checked.terms += 1;
        const { outcome, ending } = afterLastDecision(path);
        if (!outcome.includes('pilot')) expect(ending).not.toContain('pilot');
        if (!chose(path.log, 'Ask him what Lowther')) expect(ending).not.toContain('asked me what I knew');
      }
      if (path.ending === 'empty-chair' && !chose(path.log, 'Give each of Dev\'s accounts an owner')) {
        checked.emptyBoard += 1;
        expect(afterLastDecision(path).ending).not.toContain('a date against each');
      }
    }
    expect(checked.terms).toBeGreaterThan(0);
    expect(checked.emptyBoard).toBeGreaterThan(0);
  });

  it('says "you" have known the team three quarters, not seven years', () => {
    for (const { log } of paths) expect(allText(log)).not.toMatch(/In seven years you/);
  });
});
