/**
 * "Play from here": a replay from decision N has the original's history up to it, lets the room take
 * another option there, and is a play-through of its own (marked as a replay of which log and
 * decision); the original log is never changed.
 */
import { describe, expect, it } from 'vitest';
import type { ChoiceLog } from '../../src/core/log/choice-log.ts';
import { parseChoiceLog } from '../../src/core/log/log-schema.ts';
import { partedAt, replayComparison } from '../../src/core/debrief/replay-comparison.ts';
import { replayFrom } from '../../src/core/replay.ts';
import { openSession, type Session } from '../../src/core/session.ts';
import { compiledFile } from '../support/stories.ts';

const FILE = 'stories/new-crm.ink';
const json = compiledFile(FILE);
const clock = { now: () => Date.parse('2026-12-02T10:00:00Z') };

/** Play the story choosing the option at `picks[i]` of those on offer, in the story's order. */
function play(session: Session, picks: readonly number[]): ChoiceLog {
  let beat = session.begin();
  for (const pick of picks) {
    if (!beat.ok || beat.value.ended) break;
    const byStory = [...beat.value.choices].sort((a, b) => a.index - b.index);
    beat = session.choose(byStory[pick]?.index ?? -1);
  }
  return session.log;
}

function original(): ChoiceLog {
  const opened = openSession(json, FILE, { now: () => Date.parse('2026-11-30T09:00:00Z') }, { shuffleSeed: 7, alias: 'Table 3' });
  if (!opened.ok) throw new Error(opened.error.message);
  // compliant-not-convinced in test/stories/scripts/new-crm.json (choice numbers there are 1-based)
  return play(opened.value, [0, 0, 0, 1, 1, 3]);
}

describe('a replay from one decision of a log', () => {
  it('stands at that decision with the history before it, and another choice there reaches another ending', () => {
    const log = original();
    const frozen = structuredClone(log);
    expect(log.ending).toBe('compliant-not-convinced');

    const replayed = replayFrom(json, FILE, log, 2, clock);
    if (!replayed.ok) throw new Error(replayed.error.message);
    const session = replayed.value;
    const beat = session.begin();
    if (!beat.ok) throw new Error(beat.error.message);
    // Decision 2 is on screen again, with the original's decision 1 behind it.
    expect(beat.value.choices.map((c) => c.text).sort()).toEqual(log.decisions[1]?.options.map((o) => o.text).sort());
    expect(session.log.decisions).toEqual(log.decisions.slice(0, 1));

    // live-and-owned's path from decision 2 on: [3, 1, 2, 4, 2] in the script's 1-based numbers.
    const ended = play(session, [2, 0, 1, 3, 1]);
    expect(ended.ending).not.toBe(log.ending);
    expect(ended.replayOf).toEqual({
      startedAt: log.startedAt,
      alias: 'Table 3',
      fromDecision: 2,
      choices: log.decisions.map((d) => d.chosen),
      ending: 'compliant-not-convinced',
      fitPercent: expect.any(Number),
    });
    expect(ended.startedAt).toBe('2026-12-02T10:00:00.000Z');
    expect(ended.shuffleSeed).toBe(log.shuffleSeed);
    expect(log).toEqual(frozen);
  });

  it('writes a log that reads back as a log, its origin included', () => {
    const replayed = replayFrom(json, FILE, original(), 3, clock);
    if (!replayed.ok) throw new Error(replayed.error.message);
    const log = play(replayed.value, [0, 0, 0, 0, 0]);
    const read = parseChoiceLog(JSON.stringify(log), 'replay.json');
    expect(read.ok && read.value.replayOf?.fromDecision).toBe(3);
  });

  it('keeps its origin through a reload mid-way', () => {
    const replayed = replayFrom(json, FILE, original(), 2, clock);
    if (!replayed.ok) throw new Error(replayed.error.message);
    let snapshot: Parameters<Session['resume']>[0] | undefined;
    replayed.value.events.on('checkpoint', (s) => (snapshot = s));
    play(replayed.value, [1, 1]);
    if (!snapshot) throw new Error('no save taken');
    const reopened = openSession(json, FILE, clock);
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect(reopened.value.resume(snapshot).ok).toBe(true);
    expect(reopened.value.log.replayOf?.fromDecision).toBe(2);
  });

  it('says which decisions there are when asked for one the log does not have', () => {
    const log = original();
    for (const bad of [0, log.decisions.length + 1, 1.5]) {
      const replayed = replayFrom(json, FILE, log, bad, clock);
      expect(replayed.ok).toBe(false);
      if (!replayed.ok) expect(replayed.error.message).toBe(`the play-through has decisions 1 to ${log.decisions.length}, not ${bad}`);
    }
  });
});

describe('what a replay\'s reveal says', () => {
  it('names the decision where the ways parted and how each ended', () => {
    const log = original();
    const replayed = replayFrom(json, FILE, log, 2, clock);
    if (!replayed.ok) throw new Error(replayed.error.message);
    const ended = play(replayed.value, [2, 0, 1, 3, 1]);
    const said = replayComparison(ended) ?? '';
    expect(said).toMatch(/^This was a replay from decision 2 of an earlier play-through \(Table 3\)\. The original ended in “Compliant not convinced” with \d+% fit\. This time the way parted at decision 2, and it ended in “[^”]+”/);
    expect(partedAt(ended)).toBe(2);
  });

  it('says when the replay took the same way after all', () => {
    const log = original();
    const replayed = replayFrom(json, FILE, log, 3, clock);
    if (!replayed.ok) throw new Error(replayed.error.message);
    const same = play(replayed.value, log.decisions.slice(2).map((d) => d.chosen));
    expect(partedAt(same)).toBeUndefined();
    expect(replayComparison(same)).toContain('It took the same way as the original, and ended in “Compliant not convinced”');
    expect(replayComparison(log)).toBeUndefined();
  });
});
