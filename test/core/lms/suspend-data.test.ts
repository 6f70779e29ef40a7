/**
 * The play-through as an LMS keeps it (cmi.suspend_data): every path of every shipped story, with its
 * seed and times, comes back exactly as it went in, fits SCORM 1.2's 4,096 characters with most of it
 * to spare, and replays to the same log. Anything damaged is refused with a sentence, never a throw.
 */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChoiceLog } from '../../../src/core/log/choice-log.ts';
import {
  decodeSuspendData,
  encodeSuspendData,
  sameStory,
  SCORM12_SUSPEND_LIMIT,
  suspendRecordOf,
  type SuspendRecord,
} from '../../../src/core/lms/suspend-data.ts';
import { replay } from '../../../src/core/replay.ts';
import { openSession } from '../../../src/core/session.ts';
import { allPlayThroughs } from '../../../tools/story-check/playthroughs.ts';
import { listScenarioFiles } from '../../../tools/vite-plugin-ink.ts';
import { compiledFile, ROOT } from '../../support/stories.ts';

const STORY_FILES = listScenarioFiles(resolve(ROOT, 'stories')).map((file) => `stories/${file.split('/').pop()}`);
const compiled = new Map(STORY_FILES.map((file) => [file, compiledFile(file)]));

/** The most this test lets a path take: a quarter of what SCORM 1.2 keeps (docs/lms.md gives the margin measured). */
const PATH_BUDGET = SCORM12_SUSPEND_LIMIT / 4;
/** A day between two moments of a play-through: far slower than anyone plays, so the longest times encode. */
const DAY_MS = 86_400_000;

/** A log's times replaced by a slow, uneven play: each gap a different large number of ms. */
function withSlowTimes(log: ChoiceLog, start: number): ChoiceLog {
  let now = start;
  const decisions = log.decisions.map((decision, i) => {
    const offeredAt = (now += DAY_MS - 7919 * i);
    const decidedAt = (now += DAY_MS - 104_729 * (i + 1));
    return { ...decision, offeredAt: new Date(offeredAt).toISOString(), decidedAt: new Date(decidedAt).toISOString(), msToDecide: decidedAt - offeredAt };
  });
  return { ...log, startedAt: new Date(start).toISOString(), shuffleSeed: 0xffffffff, decisions };
}

describe('suspend data', () => {
  it('round-trips every path of every shipped story and fits SCORM 1.2 with three quarters to spare', () => {
    let longest = 0;
    let paths = 0;
    for (const file of STORY_FILES) {
      // A generous time cap: the exploration is exact, and a busy machine must not cut it short.
      for (const { log } of allPlayThroughs(compiled.get(file) as string, file, { maxMs: 120_000 })) {
        const record = suspendRecordOf(withSlowTimes(log, Date.parse('2099-12-31T23:00:00Z')));
        const text = encodeSuspendData(record);
        expect(decodeSuspendData(text)).toEqual({ ok: true, value: record });
        expect(text).toMatch(/^[A-Za-z0-9._-]+$/);
        longest = Math.max(longest, text.length);
        paths++;
      }
    }
    expect(paths).toBeGreaterThan(1000);
    expect(longest, `longest: ${longest} characters`).toBeLessThanOrEqual(PATH_BUDGET);
  }, 120_000);

  it('round-trips any path, seed and times', () => {
    const times = fc.record({ offeredAt: fc.integer({ min: 0, max: 4e12 }), decidedAt: fc.integer({ min: 0, max: 4e12 }) });
    const record: fc.Arbitrary<SuspendRecord> = fc.record({
      storyId: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/),
      storyHash: fc.stringMatching(/^[0-9a-f]{8}$/),
      path: fc.record(
        {
          choices: fc.array(fc.nat({ max: 40 }), { maxLength: 60 }),
          shuffleSeed: fc.nat({ max: 0xffffffff }),
          times: fc.record({ startedAt: fc.integer({ min: 0, max: 4e12 }), decisions: fc.constant([]) }),
        },
        { requiredKeys: ['choices'] },
      ),
    });
    const consistent = fc.tuple(record, fc.array(times, { minLength: 60, maxLength: 60 })).map(([r, t]) =>
      r.path.times ? { ...r, path: { ...r.path, times: { ...r.path.times, decisions: t.slice(0, r.path.choices.length) } } } : r,
    );
    fc.assert(
      fc.property(consistent, (r) => {
        expect(decodeSuspendData(encodeSuspendData(r))).toEqual({ ok: true, value: r });
      }),
    );
  });

  it('replays what it kept: the decoded path rebuilds the same log', () => {
    const file = 'stories/forecast.ink';
    const json = compiled.get(file) as string;
    let now = Date.parse('2026-12-02T09:00:00Z');
    const opened = openSession(json, file, { now: () => (now += 31_337) }, { shuffleSeed: 99 });
    if (!opened.ok) throw new Error(opened.error.message);
    const session = opened.value;
    let beat = session.begin();
    for (let i = 0; i < 3 && beat.ok; i++) beat = session.choose(beat.value.choices.at(-1)?.index ?? 0);
    const decoded = decodeSuspendData(encodeSuspendData(suspendRecordOf(session.log)));
    if (!decoded.ok) throw new Error(decoded.error);
    expect(sameStory(decoded.value, 'forecast', session.log.storyHash)).toBe(true);
    const copy = replay(json, file, decoded.value.path, { now: () => 0 });
    if (!copy.ok) throw new Error(copy.error.message);
    copy.value.begin();
    expect(copy.value.log.decisions).toEqual(session.log.decisions);
    expect(copy.value.log.shuffleSeed).toBe(99);
  });

  it('refuses damaged or foreign data with a sentence, whatever the text', () => {
    expect(decodeSuspendData('')).toEqual({ ok: false, error: 'there is no saved place' });
    expect(decodeSuspendData('{"lesson":3}')).toEqual({ ok: false, error: 'the saved place was written by a different version of the game' });
    expect(decodeSuspendData('m1.forecast.abc')).toMatchObject({ ok: false, error: expect.stringContaining('wrong number of parts') });
    expect(decodeSuspendData('m1.forecast.3fa94c2e..kq.0_x!_1.')).toMatchObject({ ok: false, error: expect.stringContaining('cannot be read') });
    expect(decodeSuspendData('m1.forecast.3fa94c2e..kq.0_1.5')).toMatchObject({ ok: false, error: expect.stringContaining('times do not match') });
    expect(decodeSuspendData('m1.Forecast!.3fa94c2e...0.')).toMatchObject({ ok: false, error: 'the saved place does not name a story' });
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const decoded = decodeSuspendData(text);
        if (!decoded.ok) expect(typeof decoded.error).toBe('string');
      }),
    );
  });

  it('tells a record of another version of the story from one of this version', () => {
    const record = { storyId: 'forecast', storyHash: '3fa94c2e', path: { choices: [] } };
    expect(sameStory(record, 'forecast', '3fa94c2e1b2c3d')).toBe(true);
    expect(sameStory(record, 'forecast', '0000000e1b2c3d')).toBe(false);
    expect(sameStory(record, 'new-hire', '3fa94c2e1b2c3d')).toBe(false);
  });
});
