/**
 * Replaying a choice path: a session rebuilt from the choices alone stands where the original stood,
 * with the same log; a path the story no longer allows is refused with the decision it breaks at.
 */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/core/ports.ts';
import { pathOf, replay, replaySnapshot } from '../../src/core/replay.ts';
import { openSession, type Session } from '../../src/core/session.ts';
import { listScenarioFiles } from '../../tools/vite-plugin-ink.ts';
import { compiledFile, ROOT } from '../support/stories.ts';

const STORY_FILES = listScenarioFiles(resolve(ROOT, 'stories')).map((file) => `stories/${file.split('/').pop()}`);
const compiled = new Map(STORY_FILES.map((file) => [file, compiledFile(file)]));
const SAMPLE = 'test/fixtures/stories/sample.ink';

/** A clock that moves on by the next of `steps` (ms) each time it is read. */
function steppingClock(start: number, steps: readonly number[]): Clock {
  let now = start;
  let i = 0;
  return { now: () => (now += steps[i++ % steps.length] ?? 0) };
}

function open(file: string, clock: Clock, json = compiled.get(file) ?? compiledFile(file)): Session {
  const opened = openSession(json, file, clock, { shuffleSeed: 42 });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

/** Play `picks` (each taken modulo the options on offer) for at most `decisions` decisions. */
function play(session: Session, picks: readonly number[], decisions: number) {
  let beat = session.begin();
  for (const pick of picks.slice(0, decisions)) {
    if (!beat.ok || beat.value.ended) break;
    const choices = beat.value.choices;
    beat = session.choose(choices[pick % choices.length]?.index ?? 0);
  }
  if (!beat.ok) throw new Error(beat.error.message);
  return beat.value;
}

describe('replay', () => {
  it('rebuilds any play-through of any shipped story from its choices: same beat on screen, same log, times and seed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STORY_FILES),
        fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
        fc.nat({ max: 12 }),
        fc.array(fc.integer({ min: 1, max: 900_000 }), { minLength: 1, maxLength: 8 }),
        (file, picks, stopAfter, steps) => {
          const original = open(file, steppingClock(Date.parse('2026-11-30T08:00:00Z'), steps));
          const beat = play(original, picks, stopAfter);
          const log = original.log;

          const copy = replay(compiled.get(file) as string, file, pathOf(log), { now: () => 0 }, { shuffleSeed: 7 });
          if (!copy.ok) throw new Error(copy.error.message);
          const shown = copy.value.begin();
          expect(shown.ok && shown.value).toEqual(beat);
          expect(copy.value.log.decisions).toEqual(log.decisions);
          expect(copy.value.log.startedAt).toBe(log.startedAt);
          expect(copy.value.log.meters).toEqual(log.meters);
          expect(copy.value.log.shuffleSeed).toBe(42); // the path's seed, not the caller's default
          expect(copy.value.ended).toBe(beat.ended);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('carries on after the replay like the original would: the next choice is logged as the next decision', () => {
    const original = open(SAMPLE, steppingClock(0, [1000]));
    play(original, [1], 1);
    const copy = replay(compiledFile(SAMPLE), SAMPLE, pathOf(original.log), { now: () => Date.parse('2026-12-01T10:00:00Z') });
    if (!copy.ok) throw new Error(copy.error.message);
    const first = copy.value.begin();
    expect(first.ok && first.value.choices.length).toBeGreaterThan(0);
    expect(copy.value.choose(0).ok).toBe(true);
    expect(copy.value.log.decisions.map((d) => d.number)).toEqual([1, 2]);
    expect(copy.value.log.decisions[1]?.decidedAt).toBe('2026-12-01T10:00:00.000Z');
    expect(copy.value.log.decisions[0]).toEqual(original.log.decisions[0]);
  });

  it('replays an empty path to the first beat, and a path up to the end to the ending', () => {
    const start = replay(compiledFile(SAMPLE), SAMPLE, { choices: [] }, { now: () => 0 });
    expect(start.ok && start.value.begin().ok && start.value.log.decisions).toEqual([]);
    const whole = open(SAMPLE, steppingClock(0, [5]));
    expect(play(whole, [1, 1], 2).ended).toBe(true);
    const ended = replay(compiledFile(SAMPLE), SAMPLE, pathOf(whole.log), { now: () => 0 });
    if (!ended.ok) throw new Error(ended.error.message);
    const last = ended.value.begin();
    expect(last.ok && last.value.ended).toBe(true);
    expect(ended.value.log.ending).toBe('quiet-week');
  });

  it('keeps the option order\'s seed through a save: a session resumed from the snapshot shows the same order', () => {
    const snapshot = replaySnapshot(compiledFile(SAMPLE), SAMPLE, { choices: [1], shuffleSeed: 1234 });
    if (!snapshot.ok) throw new Error(snapshot.error.message);
    expect(snapshot.value.log.shuffleSeed).toBe(1234);
    const plain = openSession(compiledFile(SAMPLE), SAMPLE, { now: () => 0 });
    if (!plain.ok) throw new Error(plain.error.message);
    expect(plain.value.resume(snapshot.value).ok).toBe(true);
    plain.value.begin();
    expect(plain.value.log.shuffleSeed).toBe(1234);
    const seeded = open(SAMPLE, steppingClock(0, [5])); // opened with seed 42
    expect(seeded.resume(snapshot.value).ok).toBe(true);
    expect(seeded.log.shuffleSeed).toBe(1234); // the order already shown wins over the caller's
  });

  it('keeps the room\'s votes of a group play-through', () => {
    const session = open(SAMPLE, steppingClock(0, [5]));
    session.begin();
    session.choose(1, { tallies: [3, 9], decidedBy: 'majority' });
    const path = pathOf(session.log);
    expect(path.votes).toEqual([{ tallies: [3, 9], decidedBy: 'majority' }]);
    const snapshot = replaySnapshot(compiledFile(SAMPLE), SAMPLE, path, { mode: 'group' });
    expect(snapshot.ok && snapshot.value.log.decisions[0]?.votes).toEqual({ tallies: [3, 9], decidedBy: 'majority' });
    expect(snapshot.ok && snapshot.value.log.mode).toBe('group');
  });

  it('refuses a path the story does not allow, naming the decision', () => {
    const notOffered = replaySnapshot(compiledFile(SAMPLE), SAMPLE, { choices: [1, 7] });
    expect(notOffered).toEqual({ ok: false, error: { kind: 'path-broken', decision: 2, message: 'decision 2 no longer offers option 8 (it offers 2)' } });
    const tooLong = replaySnapshot(compiledFile(SAMPLE), SAMPLE, { choices: [1, 1, 0] });
    expect(tooLong.ok || tooLong.error).toMatchObject({ kind: 'path-broken', decision: 3, message: 'the story ended before decision 3 of the saved path' });
    const broken = replay('{"not": "ink"}', 'x.ink', { choices: [] }, { now: () => 0 });
    expect(broken.ok || broken.error.kind).toBe('bad-json');
  });

  it('takes the first n decisions of a log, for playing on from an earlier decision', () => {
    const session = open(SAMPLE, steppingClock(0, [5]));
    play(session, [1, 0], 2);
    const path = pathOf(session.log, 1);
    expect(path.choices).toEqual([1]);
    expect(path.times?.decisions).toHaveLength(1);
  });
});
