/**
 * Approach `none` (you did the task yourself) in everything a player or a trainer reads: the reveal
 * says plainly how many times and that no fit is scored for them; the debrief's labels, the
 * spreadsheet and the report show "none" with no fit. And readiness reads in Hersey's words.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { logsToCsv } from '../../../src/core/log/csv.ts';
import { reportHtml } from '../../../src/core/log/report.ts';
import { reviewDecision } from '../../../src/core/patterns/decision-review.ts';
import { interpret } from '../../../src/core/patterns/interpret.ts';
import { momentText } from '../../../src/core/patterns/moments.ts';
import { profileOf } from '../../../src/core/patterns/profile.ts';
import { APPROACH_LABELS, FIT_LINES, READINESS_LABELS } from '../../../src/core/patterns/readings.ts';
import type { StoryChoice } from '../../../src/core/story/runner.ts';
import { playLog } from '../../support/logs.ts';

// Decision 1: a scale, no readiness. Decision 2 (Ana R2): direct, coach, support, or run the meeting
// yourself (none). Decision 3 (Ana R3): direct, support, delegate.
const ORDER = 'test/fixtures/browser-stories/option-order.ink';
const take = (texts: readonly RegExp[]) => (step: number, choices: readonly StoryChoice[]) =>
  Math.max(0, choices.findIndex((choice) => (texts[step] ?? /^$/).test(choice.text)));
const tookOver = playLog(ORDER, { pick: take([/Not at all/, /yourself/, /differently/]) });
const coached = playLog(ORDER, { pick: take([/Not at all/, /Explain why/, /differently/]) });

function csvRows(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
}

describe('doing the task yourself', () => {
  it('the reveal says how many times, and that no fit is scored for those decisions', () => {
    const profile = profileOf(tookOver);
    expect(profile.fit).toMatchObject({ tookOver: 1, percent: 100 });
    expect(interpret(profile).fitLine).toBe(
      'Your approach fitted the person in front of you 100% of the time. Every time, how closely you worked with someone matched how ready they were. ' +
        'Once you did the work yourself instead of the person: no fit is scored for that decision.',
    );
    expect(interpret(profileOf(coached)).fitLine).not.toContain('yourself');
  });

  it('says "twice", and that there is no figure, when every decision about a person was taken over', () => {
    const profile = profileOf({ ...tookOver, decisions: [tookOver.decisions[1], tookOver.decisions[1]].map((d, i) => ({ ...d!, number: i + 1 })) });
    expect(profile.fit).toMatchObject({ tookOver: 2, percent: undefined });
    expect(interpret(profile).fitLine).toBe('Twice you did the work yourself instead of the person: no fit is scored for those, so there is no fit figure this time.');
    expect(interpret(profile).fitLine).not.toBe(FIT_LINES.none);
  });

  it('the debrief labels the option "none" with no fit, and the others with theirs', () => {
    const review = reviewDecision(tookOver.decisions[1]!);
    const chosen = review.options.find((o) => o.chosen);
    expect(chosen).toMatchObject({ approach: 'none', fit: undefined, direction: undefined });
    expect(review.options.filter((o) => !o.chosen).map((o) => Math.round((o.fit ?? 0) * 100))).toEqual([67, 100, 67]);
    expect(APPROACH_LABELS.none).toMatch(/yourself.*no fit/);
  });

  it('the spreadsheet writes "none" and leaves the fit empty', () => {
    const [, second, third] = csvRows(logsToCsv([tookOver]));
    expect(second).toMatchObject({ Approach: 'none', 'Fit %': '', Readiness: 'Ana R2' });
    expect(third).toMatchObject({ Approach: 'support', 'Fit %': '100' });
  });

  it('the report says it in the pattern and on the decision', () => {
    const html = reportHtml(tookOver, 0);
    expect(html).toContain('Once you did the work yourself instead of the person: no fit is scored for that decision.');
    expect(html).toContain('Approach · None: doing the task yourself, so no fit is scored');
    expect(html).toContain('Approach · Coach (S2, selling)');
  });
});

describe('readiness in Hersey’s words', () => {
  it('the report and the key moments use the model’s wording, for the task', () => {
    expect(READINESS_LABELS).toEqual({
      1: 'unable and unwilling, or unable and insecure',
      2: 'unable but willing, or unable but confident',
      3: 'able but unwilling, or able but insecure',
      4: 'able and willing, and confident',
    });
    const html = reportHtml(coached, 0);
    expect(html).toContain('Ana, for this task: R2, unable but willing, or unable but confident.');
    expect(html).toContain('Ana, for this task: R3, able but unwilling, or able but insecure.');
    const directed = playLog(ORDER, { pick: take([/Not at all/, /three questions/, /line by line/]) });
    const miss = profileOf(directed).keyMoments.find((m) => m.kind === 'fit-miss' && m.decision === 3);
    expect(miss && momentText(miss).title).toBe('Decision 3 · Ana was at R3 for this task: able but unwilling, or able but insecure');
  });
});
