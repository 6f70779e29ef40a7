import { describe, expect, it } from 'vitest';
import type { DecisionRecord } from '../../src/core/log/choice-log.ts';
import type { Clock } from '../../src/core/ports.ts';
import { openSession, storyHashOf, type MeterReading, type Session } from '../../src/core/session.ts';
import { compiledFile } from '../support/stories.ts';

/** A clock the test moves by hand. */
function manualClock(start = Date.parse('2026-03-02T09:00:00Z')): Clock & { advance(ms: number): void } {
  let now = start;
  return { now: () => now, advance: (ms) => (now += ms) };
}

function sampleSession(clock: Clock): Session {
  const opened = openSession(compiledFile('test/fixtures/stories/sample.ink'), 'test/fixtures/stories/sample.ink', clock);
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

describe('Session', () => {
  it('logs each decision: the situation, the options with their tags, the choice and the time taken', () => {
    const clock = manualClock();
    const session = sampleSession(clock);
    expect(session.begin().ok).toBe(true);
    clock.advance(12_500);
    expect(session.choose(1).ok).toBe(true);
    clock.advance(4_000);
    expect(session.choose(1).ok).toBe(true);

    const log = session.log;
    expect(log).toMatchObject({ schema: 1, app: { name: 'manage-or-lead' }, storyId: 'sample', storyTitle: 'Sample review', mode: 'solo', ending: 'quiet-week' });
    expect(log.storyHash).toMatch(/^[0-9a-f]{14}$/);
    expect(log.alias).toBeUndefined();
    expect(log.startedAt).toBe('2026-03-02T09:00:00.000Z');
    expect(log.endedAt).toBe('2026-03-02T09:00:16.500Z');
    expect(log.meters).toEqual({ trust: 45, pipeline: 35 });
    expect(log.decisions).toHaveLength(2);
    const [first, second] = log.decisions as [DecisionRecord, DecisionRecord];
    expect(first).toEqual({
      number: 1,
      situation: [
        { text: 'Ana drops into the chair across from you.' },
        { speaker: 'Ana', text: '"The Brightwater deal slipped again."' },
      ],
      readiness: { level: 2, person: 'Ana' },
      prompts: ['What did Ana need?'],
      options: [
        { index: 0, text: 'Ask her what she thinks is blocking it', tags: ['lead:ask', 'approach:coach'] },
        { index: 1, text: 'Tell her to call the buyer today', tags: ['manage:tell', 'approach:direct'] },
      ],
      chosen: 1,
      offeredAt: '2026-03-02T09:00:00.000Z',
      decidedAt: '2026-03-02T09:00:12.500Z',
      msToDecide: 12_500,
      metersBefore: { trust: 50, pipeline: 40 },
      metersAfter: { trust: 45, pipeline: 40 },
    });
    expect(second.msToDecide).toBe(4_000);
    expect(second.metersBefore).toEqual({ trust: 45, pipeline: 40 });
    expect(second.metersAfter).toEqual({ trust: 45, pipeline: 35 });
    expect(second.situation.map((line) => line.text)).toEqual(['"Fine. I\'ll call."', 'Later, the forecast is due.']);
  });

  it('tells subscribers about beats, decisions, meter changes and the end, and lets them unsubscribe', () => {
    const session = sampleSession(manualClock());
    const seen: string[] = [];
    const meterChanges: MeterReading[][] = [];
    const offs = [
      session.events.on('beat', (beat) => seen.push(`beat:${beat.choices.length}`)),
      session.events.on('decided', (record) => seen.push(`decided:${record.chosen}`)),
      session.events.on('meters', (readings) => meterChanges.push([...readings])),
      session.events.on('ended', (log) => seen.push(`ended:${log.decisions.length}`)),
    ];
    session.begin();
    session.choose(0);
    session.choose(0);
    expect(seen).toEqual(['beat:2', 'decided:0', 'beat:2', 'decided:0', 'beat:0', 'ended:2']);
    expect(meterChanges).toEqual([
      [
        { name: 'trust', value: 50, previous: undefined },
        { name: 'pipeline', value: 40, previous: undefined },
      ],
      [{ name: 'trust', value: 60, previous: 50 }],
      [{ name: 'pipeline', value: 45, previous: 40 }],
    ]);
    offs.forEach((off) => off());
    expect(session.events.listenerCount).toBe(0);
  });

  it('gives every meter as it stands, for a view that joins mid-story (the pictures arriving after the text)', () => {
    const session = sampleSession(manualClock());
    expect(session.meterReadings).toEqual([]);
    session.begin();
    session.choose(0);
    session.choose(0);
    expect(session.meterReadings).toEqual([
      { name: 'trust', value: 60, previous: undefined },
      { name: 'pipeline', value: 45, previous: undefined },
    ]);
  });

  it('refuses a choice when nothing is on offer or the index is wrong, and logs nothing for it', () => {
    const session = sampleSession(manualClock());
    expect(session.choose(0).ok).toBe(false);
    session.begin();
    expect(session.choose(7).ok).toBe(false);
    expect(session.log.decisions).toHaveLength(0);
    session.choose(0);
    session.choose(0);
    expect(session.ended).toBe(true);
    expect(session.choose(0).ok).toBe(false);
    expect(session.log.decisions).toHaveLength(2);
  });

  it('gives a fresh snapshot of the log that later choices do not change', () => {
    const session = sampleSession(manualClock());
    session.begin();
    const early = session.log;
    session.choose(0);
    expect(early.decisions).toHaveLength(0);
    expect(session.log.decisions).toHaveLength(1);
  });
});

describe('Session in group mode', () => {
  it('records the mode, the alias and the room\'s votes with each decision', () => {
    const opened = openSession(compiledFile('test/fixtures/stories/sample.ink'), 'test/fixtures/stories/sample.ink', manualClock(), {
      mode: 'group',
      alias: 'Tuesday cohort',
      app: { name: 'manage-or-lead', version: '1.2.3' },
    });
    if (!opened.ok) throw new Error(opened.error.message);
    const session = opened.value;
    session.begin();
    session.choose(0, { tallies: [7, 5], decidedBy: 'majority' });
    session.choose(1, { tallies: [4, 4], decidedBy: 'trainer' });
    const log = session.log;
    expect(log).toMatchObject({ mode: 'group', alias: 'Tuesday cohort', app: { version: '1.2.3' } });
    expect(log.decisions.map((d) => d.votes)).toEqual([
      { tallies: [7, 5], decidedBy: 'majority' },
      { tallies: [4, 4], decidedBy: 'trainer' },
    ]);
  });

  it('gives the same story the same hash, and a changed story another', () => {
    const json = compiledFile('test/fixtures/stories/sample.ink');
    const hash = (text: string) => {
      const opened = openSession(text, 'x.ink', manualClock());
      if (!opened.ok) throw new Error(opened.error.message);
      return opened.value.log.storyHash;
    };
    expect(hash(json)).toBe(hash('\uFEFF' + json));
    expect(hash(json.replace('Brightwater', 'Brightwell'))).not.toBe(hash(json));
  });

  it('keeps the hash the build worked out for the story, so that opening it does not hash it again', () => {
    const json = compiledFile('test/fixtures/stories/sample.ink');
    const opened = openSession(json, 'x.ink', manualClock(), { storyHash: storyHashOf(json) });
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.log.storyHash).toBe(storyHashOf(json));
    const told = openSession(json, 'x.ink', manualClock(), { storyHash: 'from-the-build' });
    expect(told.ok && told.value.log.storyHash).toBe('from-the-build');
  });
});
