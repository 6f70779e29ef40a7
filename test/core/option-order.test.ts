/**
 * Shuffled option order (issue 16): each decision's options are shown in an order drawn from the
 * play-through's seed, while the log, the scores, the reveal, the debrief, the spreadsheet, the report
 * and the cohort view read exactly what they would have read with the story's order. Property tests
 * over random seeds and random paths through real stories.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChoiceLog } from '../../src/core/log/choice-log.ts';
import { cohortOf } from '../../src/core/log/cohort.ts';
import { csvTable, SHOWN_COLUMN } from '../../src/core/log/csv.ts';
import { logToJson } from '../../src/core/log/log-files.ts';
import { parseChoiceLog } from '../../src/core/log/log-schema.ts';
import { reportHtml, escapeHtml } from '../../src/core/log/report.ts';
import { inShownOrder, isRearrangementOf, newShuffleSeed, shownOrderOf, shownPosition, shuffledOrder, toStoryOrder } from '../../src/core/option-order.ts';
import { OptionOrderStore, OPTION_ORDER_KEY } from '../../src/core/option-order-setting.ts';
import { reviewDecision, shownOptions } from '../../src/core/patterns/decision-review.ts';
import { interpret } from '../../src/core/patterns/interpret.ts';
import { profileOf } from '../../src/core/patterns/profile.ts';
import { openSession, type SessionSnapshot } from '../../src/core/session.ts';
import type { StoryChoice } from '../../src/core/story/runner.ts';
import { compiledOnce, playLog, roomVotes } from '../support/logs.ts';

const ORDER = 'test/fixtures/browser-stories/option-order.ink';
const FORECAST = 'stories/forecast.ink';
const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });
/** Story indices to take at each decision, whatever order they are shown in (taken modulo the options on offer). */
const path = fc.array(fc.nat(7), { minLength: 1, maxLength: 30 });

/** Take the option whose story index is `picks[step]` (modulo the count), wherever it is on screen. */
const byStoryIndex = (picks: readonly number[]) => (step: number, choices: readonly StoryChoice[]) =>
  choices.findIndex((choice) => choice.index === (picks[step % picks.length] ?? 0) % choices.length);

/** The log without what only the shuffle adds, to compare with the same path played in the story's order. */
function withoutShownOrder(log: ChoiceLog): ChoiceLog {
  const { shuffleSeed, ...rest } = log;
  void shuffleSeed;
  return { ...rest, decisions: log.decisions.map(({ shownOrder: _order, ...record }) => record) };
}

describe('the shown order of a decision', () => {
  it('is a rearrangement of the options, the same every time for the same seed, decision and count', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 9 }), (s, decision, count) => {
        const order = shuffledOrder(s, decision, count);
        expect(isRearrangementOf(order, Array.from({ length: count }, (_, i) => i))).toBe(true);
        expect(shuffledOrder(s, decision, count)).toEqual(order);
      }),
    );
  });

  it('puts each option first about equally often over many seeds, and differs from decision to decision', () => {
    const firsts = [0, 0, 0, 0];
    let sameAsNext = 0;
    for (let s = 0; s < 4000; s++) {
      const order = shuffledOrder(s * 7919, 3, 4);
      firsts[order[0] as number] = (firsts[order[0] as number] ?? 0) + 1;
      if (shuffledOrder(s * 7919, 4, 4).join() === order.join()) sameAsNext++;
    }
    // 1,000 expected each; ±15 % is far outside chance for a fair shuffle over 4,000 draws.
    for (const count of firsts) {
      expect(count).toBeGreaterThan(850);
      expect(count).toBeLessThan(1150);
    }
    // Two independent orders of four agree 1 time in 24 (about 167 of 4,000).
    expect(sameAsNext).toBeLessThan(300);
  });

  it('maps what was counted row by row back to the story’s order, and the log back to the rows', () => {
    fc.assert(
      fc.property(seed, fc.array(fc.nat(50), { minLength: 1, maxLength: 6 }), (s, counts) => {
        const shown = shuffledOrder(s, 1, counts.length);
        const stored = toStoryOrder(shown, counts);
        const record = { options: shown.map((_, i) => ({ index: i, text: `option ${i}`, tags: [] })), shownOrder: shown };
        expect(inShownOrder(record, stored).map(({ item }) => item)).toEqual(counts);
        shown.forEach((index, row) => expect(shownPosition(record, index)).toBe(row));
      }),
    );
  });

  it('is the story’s order for a log that has none (old logs, the authored-order setting)', () => {
    const log = playLog(ORDER, { pick: () => 1 });
    expect(log.shuffleSeed).toBeUndefined();
    for (const record of log.decisions) {
      expect(record.shownOrder).toBeUndefined();
      expect(shownOrderOf(record)).toEqual(record.options.map((o) => o.index));
    }
  });
});

describe('a play-through with shuffled options', () => {
  it('shows each decision shuffled, logs options and choice in the story’s order, and never shuffles a decision tagged order: fixed', () => {
    fc.assert(
      fc.property(seed, path, (s, picks) => {
        const opened = openSession(compiledOnce(ORDER), ORDER, { now: () => 0 }, { shuffleSeed: s });
        if (!opened.ok) throw new Error(opened.error.message);
        const session = opened.value;
        let beat = session.begin();
        const shown: number[][] = [];
        for (let step = 0; beat.ok && !beat.value.ended; step++) {
          const choices = beat.value.choices;
          shown.push(choices.map((c) => c.index));
          beat = session.choose(choices[byStoryIndex(picks)(step, choices)]?.index ?? -1);
        }
        const log = session.log;
        expect(log.shuffleSeed).toBe(s);
        expect(log.decisions.map((d) => d.shownOrder)).toEqual(shown);
        expect(shown[0]).toEqual([0, 1, 2, 3]); // the scale, tagged order: fixed
        const authored = playLog(ORDER, { pick: byStoryIndex(picks) });
        log.decisions.forEach((record, i) => {
          expect(record.options).toEqual(authored.decisions[i]?.options);
          expect(record.chosen).toBe(authored.decisions[i]?.chosen);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same reveal, debrief, spreadsheet, report and cohort as the same choices in the story’s order', () => {
    fc.assert(
      fc.property(seed, path, fc.constantFrom(ORDER, FORECAST), (s, picks, file) => {
        const shuffled = playLog(file, { pick: byStoryIndex(picks), shuffleSeed: s });
        const authored = playLog(file, { pick: byStoryIndex(picks) });
        expect(withoutShownOrder(shuffled)).toEqual(authored);
        // The reveal: scores, fit and key moments, and their words.
        expect(profileOf(shuffled)).toEqual(profileOf(authored));
        expect(interpret(profileOf(shuffled))).toEqual(interpret(profileOf(authored)));
        // The debrief: the same options and labels, each knowing where it was shown.
        shuffled.decisions.forEach((record, i) => {
          const review = reviewDecision(record);
          const plain = reviewDecision(authored.decisions[i] as never);
          expect(review.options.map(({ shown: _s, ...option }) => option)).toEqual(plain.options.map(({ shown: _s, ...option }) => option));
          expect(shownOptions(review).map((o) => o.index)).toEqual(record.shownOrder);
        });
        // The spreadsheet: the same cells, plus where the chosen option was on screen.
        const table = csvTable([shuffled]);
        const plainTable = csvTable([authored]);
        expect(table.fields.filter((f) => f !== SHOWN_COLUMN)).toEqual(plainTable.fields);
        table.rows.forEach((row, i) => {
          const record = shuffled.decisions[i];
          const rest = new Map([...row].filter(([field]) => field !== SHOWN_COLUMN));
          expect(rest).toEqual(plainTable.rows[i]);
          expect(row.get(SHOWN_COLUMN)).toBe((record?.shownOrder?.indexOf(record.chosen) ?? -2) + 1);
        });
        // The report: the same pattern, and each decision's options in the order shown.
        const html = reportHtml(shuffled, 0);
        const head = (text: string) => text.slice(0, text.indexOf('<section class="timeline"'));
        expect(head(html)).toEqual(head(reportHtml(authored, 0)));
        for (const record of shuffled.decisions) {
          const texts = inShownOrder(record, record.options).map(({ item }) => escapeHtml(item.text));
          const at = texts.map((text) => html.indexOf(`${text}</p>`, html.indexOf(`<h3>Decision ${record.number} `)));
          expect([...at].sort((a, b) => a - b)).toEqual(at);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('merges shuffled players into the same cohort as players who saw the story’s order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(seed, path), { minLength: 2, maxLength: 5 }), (players) => {
        const shuffled = cohortOf(players.map(([s, picks]) => playLog(FORECAST, { pick: byStoryIndex(picks), shuffleSeed: s })));
        const authored = cohortOf(players.map(([, picks]) => playLog(FORECAST, { pick: byStoryIndex(picks) })));
        expect(shuffled.decisions).toEqual(authored.decisions);
        expect(shuffled.dimensions).toEqual(authored.dimensions);
        expect(shuffled.averageFit).toBe(authored.averageFit);
      }),
      { numRuns: 15 },
    );
  });

  it('keeps a room’s votes beside the options they were for', () => {
    fc.assert(
      fc.property(seed, path, (s, picks) => {
        const log = playLog(FORECAST, { pick: byStoryIndex(picks), shuffleSeed: s, mode: 'group', votes: roomVotes(12) });
        for (const record of log.decisions) {
          const tallies = record.votes?.tallies ?? [];
          const taken = record.options.findIndex((o) => o.index === record.chosen);
          // The option taken had the most hands (roomVotes), wherever it was shown.
          expect(Math.max(...tallies)).toBe(tallies[taken]);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('shows the same order again after a reload, whatever seed the new session was given', () => {
    fc.assert(
      fc.property(seed, seed, fc.nat(3), (s, other, at) => {
        const opened = openSession(compiledOnce(FORECAST), FORECAST, { now: () => 0 }, { shuffleSeed: s });
        if (!opened.ok) throw new Error(opened.error.message);
        const session = opened.value;
        let saved: SessionSnapshot | undefined;
        session.events.on('checkpoint', (snapshot) => (saved = snapshot));
        let beat = session.begin();
        for (let step = 0; step <= at && beat.ok && !beat.value.ended; step++) beat = session.choose(beat.value.choices[0]?.index ?? -1);
        if (!beat.ok || beat.value.ended || !saved) return;
        const reloaded = openSession(compiledOnce(FORECAST), FORECAST, { now: () => 0 }, { shuffleSeed: other });
        if (!reloaded.ok) throw new Error(reloaded.error.message);
        expect(reloaded.value.resume(saved).ok).toBe(true);
        const again = reloaded.value.begin();
        expect(again.ok && again.value.choices.map((c) => c.text)).toEqual(beat.value.choices.map((c) => c.text));
        expect(reloaded.value.log.shuffleSeed).toBe(s);
      }),
      { numRuns: 20 },
    );
  });

  it('survives being saved to a file and opened again; a shown order that is not one of each option is refused', () => {
    const log = playLog(FORECAST, { pick: (step, choices) => step % choices.length, shuffleSeed: 12345 });
    const parsed = parseChoiceLog(logToJson(log), 'log.json');
    expect(parsed.ok && parsed.value).toEqual(log);
    const broken = { ...log, decisions: log.decisions.map((d, i) => (i === 1 ? { ...d, shownOrder: [0, 0] } : d)) };
    const refused = parseChoiceLog(JSON.stringify(broken), 'log.json');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toContain('decision 2: shownOrder does not list each option once');
  });
});

describe('the option-order setting', () => {
  const memory = (data: Record<string, string> = {}) => ({
    read: (key: string) => data[key] ?? null,
    write: (key: string, value: string) => void (data[key] = value),
    remove: (key: string) => void delete data[key],
    data,
  });

  it('shuffles by default, keeps the authored order when asked, and remembers it between visits', () => {
    const storage = memory();
    const store = new OptionOrderStore(storage);
    expect(store.order).toBe('shuffled');
    expect(store.seedForNewPlay(() => 0.5)).toBe(2 ** 31);
    store.set('authored');
    expect(storage.data[OPTION_ORDER_KEY]).toBe('authored');
    const again = new OptionOrderStore(storage);
    expect(again.order).toBe('authored');
    expect(again.seedForNewPlay()).toBeUndefined();
    expect(new OptionOrderStore(memory({ [OPTION_ORDER_KEY]: 'sideways' })).order).toBe('shuffled');
  });

  it('carries on when storage refuses', () => {
    const broken = { read: () => { throw new Error('blocked'); }, write: () => { throw new Error('full'); }, remove: () => undefined };
    const store = new OptionOrderStore(broken);
    store.set('authored');
    expect(store.order).toBe('authored');
  });

  it('draws seeds across the whole range', () => {
    expect(newShuffleSeed(() => 0)).toBe(0);
    expect(newShuffleSeed(() => 0.9999999999)).toBe(2 ** 32 - 1);
  });
});
