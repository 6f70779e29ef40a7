/**
 * Names that come from files (meters, players, story ids, own stories' meters and places) and that
 * a plain object already has: `toString`, `constructor`, `valueOf`, `__proto__`. Read as keys of a
 * plain object they gave native function text (`function toString() { [native code] }`) to the
 * spreadsheet and the report, and `__proto__` silently vanished. Each goes through the log's schema,
 * the spreadsheet, the report, the cohort and a live play-through as the name it is.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ChoiceLog } from '../../../src/core/log/choice-log.ts';
import { cohortOf, groupByStory } from '../../../src/core/log/cohort.ts';
import { logsToCsv, meterColumn } from '../../../src/core/log/csv.ts';
import { logToJson } from '../../../src/core/log/log-files.ts';
import { parseChoiceLog } from '../../../src/core/log/log-schema.ts';
import { reportHtml } from '../../../src/core/log/report.ts';
import { profileOf } from '../../../src/core/patterns/profile.ts';
import { openSession } from '../../../src/core/session.ts';
import { paletteFor } from '../../../src/presentation/play/palettes.ts';
import { playLog } from '../../support/logs.ts';
import { compiledSource } from '../../support/stories.ts';

const NAMES = ['toString', 'constructor', 'valueOf', '__proto__'] as const;
/** What any of those names gives when read from a plain object. */
const NATIVE = /native code|function|\[object/;

/**
 * A real log whose meters are renamed to NAMES, written as JSON text (an object literal would set
 * the prototype for `__proto__`, not a key): decision 1 has every meter before and after it, the
 * others only `__proto__` and `toString`, so a lookup of the rest there finds what an object inherits.
 */
function logText(alias: string, storyId = 'forecast'): string {
  const log = playLog('stories/forecast.ink', { pick: (step, choices) => step % choices.length, alias });
  const all = (base: number) => `{${NAMES.map((name, i) => `"${name}": ${base + i}`).join(', ')}}`;
  const some = (base: number) => `{"__proto__": ${base}, "toString": ${base + 1}}`;
  const plain = JSON.parse(logToJson({ ...log, storyId })) as { decisions: Record<string, unknown>[]; meters: unknown };
  const marker = (what: string) => `@@${what}@@`;
  plain.decisions.forEach((decision, i) => {
    decision.metersBefore = marker(`before-${i}`);
    decision.metersAfter = marker(`after-${i}`);
  });
  plain.meters = marker('end');
  let text = JSON.stringify(plain);
  plain.decisions.forEach((_, i) => {
    text = text.replace(`"${marker(`before-${i}`)}"`, i === 0 ? all(10) : some(20 + i));
    text = text.replace(`"${marker(`after-${i}`)}"`, i === 0 ? all(30) : some(40 + i));
  });
  return text.replace(`"${marker('end')}"`, all(50));
}

function parsed(text: string): ChoiceLog {
  const result = parseChoiceLog(text, 'names.json');
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('names a plain object already has', () => {
  it('the log keeps every one of them, __proto__ too, and reads back to the same JSON', () => {
    const text = logText('Ana');
    const log = parsed(text);
    expect(Object.keys(log.meters)).toEqual([...NAMES]);
    expect(Object.keys(log.decisions[0]?.metersBefore ?? {})).toEqual([...NAMES]);
    expect(Object.keys(log.decisions[1]?.metersAfter ?? {})).toEqual(['__proto__', 'toString']);
    expect(JSON.parse(logToJson(log))).toEqual(JSON.parse(text));
    expect(parsed(logToJson(log))).toEqual(log);
  });

  it('the spreadsheet gives their values, and nothing where a decision has no such meter', () => {
    const log = parsed(logText('toString'));
    const csv = logsToCsv([log]);
    expect(csv).not.toMatch(NATIVE);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows[0]?.Player).toBe('toString');
    NAMES.forEach((name, i) => {
      expect(rows[0]?.[meterColumn(name, 'before')]).toBe(String(10 + i));
      expect(rows[0]?.[meterColumn(name, 'after')]).toBe(String(30 + i));
    });
    expect(rows[1]?.[meterColumn('__proto__', 'before')]).toBe('21');
    expect(rows[1]?.[meterColumn('toString', 'after')]).toBe('42');
    expect(rows[1]?.[meterColumn('constructor', 'before')]).toBe('');
    expect(rows[1]?.[meterColumn('valueOf', 'after')]).toBe('');
  });

  it('the report shows each meter with its own value, and only the meters a decision has', () => {
    const log = parsed(logText('constructor'));
    const html = reportHtml(log, 0);
    expect(html).not.toMatch(NATIVE);
    expect(html).toContain('<li>__proto__ <strong>53</strong></li>');
    expect(html).toContain('<li>ToString <strong>50</strong></li>');
    // Decision 2: __proto__ 21 → 42 and toString 22 → 43, nothing about the others.
    expect(html).toContain('<p class="meter-line">__proto__ 21 → 41 · ToString 22 → 42</p>');
    expect(profileOf(log).meters).toEqual(log.meters);
    expect(Object.keys(profileOf(log).meters)).toEqual([...NAMES]);
  });

  it('a cohort of players and a story with those names', () => {
    const logs = NAMES.map((name) => parsed(logText(name, 'constructor')));
    expect(groupByStory(logs).map((group) => [group.storyId, group.logs.length])).toEqual([['constructor', 4]]);
    const cohort = cohortOf(logs);
    expect(cohort.storyId).toBe('constructor');
    expect(cohort.players.map((player) => player.name)).toEqual([...NAMES]);
    expect(cohort.decisions.length).toBeGreaterThan(0);
    expect(JSON.stringify(cohort.decisions)).not.toMatch(NATIVE);
    expect(logsToCsv(logs)).not.toMatch(NATIVE);
  });

  it('an own story’s meters with those names are read, logged and kept as numbers', () => {
    const ink = `# title: Names
# id: names
# meters: ${NAMES.join(', ')}
VAR toString = 1
VAR constructor = 2
VAR valueOf = 3
VAR __proto__ = 4
Hello.
* [Raise them]
  ~ toString = 11
  ~ __proto__ = 14
  Done.
  -> END
`;
    const opened = openSession(compiledSource(ink), 'names.ink', { now: () => 0 });
    if (!opened.ok) throw new Error(opened.error.message);
    const session = opened.value;
    const beat = session.begin();
    if (!beat.ok) throw new Error(beat.error.message);
    expect(session.meterReadings).toEqual(NAMES.map((name, i) => ({ name, value: i + 1, previous: undefined })));
    const end = session.choose(beat.value.choices[0]?.index ?? 0);
    expect(end.ok && end.value.ended).toBe(true);
    const log = session.log;
    expect(Object.entries(log.decisions[0]?.metersBefore ?? {})).toEqual(NAMES.map((name, i) => [name, i + 1]));
    expect(Object.entries(log.meters)).toEqual([['toString', 11], ['constructor', 2], ['valueOf', 3], ['__proto__', 14]]);
    expect(parsed(logToJson(log))).toEqual(log);
  });

  it('a place named after one of them is drawn with the plain palette', () => {
    for (const name of NAMES) expect(paletteFor(name)).toEqual(paletteFor(undefined));
    expect(paletteFor('cafe')).not.toEqual(paletteFor(undefined));
  });
});
