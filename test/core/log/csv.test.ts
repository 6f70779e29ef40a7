import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ChoiceLog } from '../../../src/core/log/choice-log.ts';
import { CSV_COLUMNS, DEBRIEF_COLUMN, logsToCsv, meterColumn, votesColumn } from '../../../src/core/log/csv.ts';
import { poleLabel, reviewDecision } from '../../../src/core/patterns/decision-review.ts';
import { playLog, roomVotes } from '../../support/logs.ts';

/** Read the CSV back as a spreadsheet would: BOM first, then a header row and one row per decision. */
function readBack(text: string): { fields: string[]; rows: Record<string, string>[] } {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

/** Papaparse's formula escaping puts a ' before =, +, -, @; a spreadsheet shows the text without it. */
const shown = (cell: string | undefined) => (cell ?? '').replace(/^'(?=[=+\-@\t\r])/, '');

function expectRowsMatch(log: ChoiceLog, rows: readonly Record<string, string>[]): void {
  expect(rows).toHaveLength(log.decisions.length);
  log.decisions.forEach((record, i) => {
    const row = rows[i] as Record<string, string>;
    const review = reviewDecision(record);
    const position = record.options.findIndex((o) => o.index === record.chosen);
    const chosen = review.options[position];
    const last = record.situation.at(-1);
    expect(row.Story).toBe(log.storyTitle);
    expect(row['Story id']).toBe(log.storyId);
    expect(shown(row.Player)).toBe(log.alias ?? '');
    expect(row.Mode).toBe(log.mode);
    expect(row.Started).toBe(log.startedAt);
    expect(Number(row.Decision)).toBe(record.number);
    expect(shown(row.Situation)).toBe(last?.speaker ? `${last.speaker}: ${last.text}` : (last?.text ?? ''));
    expect(Number(row['Chosen option'])).toBe(position + 1);
    expect(shown(row['Chosen text'])).toBe(record.options[position]?.text);
    expect(row['Chosen poles']).toBe(chosen?.poles.map(poleLabel).join('; '));
    expect(row.Approach).toBe(chosen?.approach ?? '');
    expect(row['Fit %']).toBe(chosen?.fit === undefined ? '' : String(Math.round(chosen.fit * 100)));
    expect(Number(row['Time to decide (ms)'])).toBe(record.msToDecide);
    for (const [meter, value] of Object.entries(record.metersBefore)) expect(Number(row[meterColumn(meter, 'before')])).toBe(value);
    for (const [meter, value] of Object.entries(record.metersAfter ?? {})) expect(Number(row[meterColumn(meter, 'after')])).toBe(value);
    expect(row[DEBRIEF_COLUMN]?.split('\n').filter(Boolean)).toEqual(record.prompts);
    if (record.votes) {
      expect(row['Decided by']).toBe(record.votes.decidedBy);
      record.votes.tallies.forEach((n, k) => expect(Number(row[votesColumn(k + 1)])).toBe(n));
    }
  });
}

describe('the spreadsheet export', () => {
  it('one row per decision that papaparse reads back to the log (solo)', () => {
    const log = playLog('stories/forecast.ink', { pick: (step, choices) => (step * 2) % choices.length, alias: 'Zoë Müller, "Z"' });
    const { fields, rows } = readBack(logsToCsv([log]));
    expect(fields.slice(0, CSV_COLUMNS.length)).toEqual([...CSV_COLUMNS]);
    expect(fields).not.toContain('Decided by');
    expect(fields).toContain('Trust before');
    expect(fields.at(-1)).toBe(DEBRIEF_COLUMN);
    expectRowsMatch(log, rows);
  });

  it('group logs get who decided and the votes for each option', () => {
    const log = playLog('stories/push-or-pull.ink', { pick: (step) => step % 2, mode: 'group', alias: 'Room B', votes: roomVotes(14) });
    const { fields, rows } = readBack(logsToCsv([log]));
    expect(fields).toContain('Decided by');
    expect(fields).toContain(votesColumn(2));
    expectRowsMatch(log, rows);
  });

  it('many logs in one file, with CRLF line ends, and formulas escaped', () => {
    const logs = [
      playLog('stories/forecast.ink', { pick: () => 0, alias: '=HYPERLINK("x")' }),
      playLog('stories/star-closer.ink', { pick: () => 1, alias: 'Ana' }),
    ];
    const text = logsToCsv(logs);
    expect(text).toContain('\r\n');
    const { rows } = readBack(text);
    expect(rows[0]?.Player).toBe('\'=HYPERLINK("x")');
    const first = logs[0] as ChoiceLog;
    expectRowsMatch(first, rows.slice(0, first.decisions.length));
    expectRowsMatch(logs[1] as ChoiceLog, rows.slice(first.decisions.length));
  });
});

/** What a spreadsheet would run as a formula: a cell starting with one of these, whatever follows. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Strings of every kind, often starting as a formula would and often holding line breaks. */
const cellText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ' ', ''), fc.string({ unit: 'binary' }), fc.constantFrom('\n', '\r\n', '\r', ''), fc.string({ unit: 'binary' }))
    .map((parts) => parts.join('')),
);

describe('column names from meter names', () => {
  it('two meters that make one column name ("trust" and "Trust") get a column each', () => {
    const log = playLog('stories/forecast.ink', { pick: () => 0 });
    const first = log.decisions[0] as ChoiceLog['decisions'][number];
    const edited: ChoiceLog = { ...log, decisions: [{ ...first, metersBefore: { trust: 1, Trust: 2 }, metersAfter: { trust: 3, Trust: 4 } }] };
    const { fields, rows } = readBack(logsToCsv([edited]));
    expect(fields.filter((field) => /^Trust /.test(field))).toEqual(['Trust before', 'Trust after', 'Trust before (2)', 'Trust after (2)']);
    expect([rows[0]?.['Trust before'], rows[0]?.['Trust after'], rows[0]?.['Trust before (2)'], rows[0]?.['Trust after (2)']]).toEqual(['1', '3', '2', '4']);
  });
});

describe('formula escaping, whatever the cell holds', () => {
  it('a debrief-prompts cell of two prompts whose first starts with = is escaped, line break and all', () => {
    const log = playLog('stories/forecast.ink', { pick: () => 0 });
    const first = log.decisions[0] as ChoiceLog['decisions'][number];
    const edited: ChoiceLog = { ...log, decisions: [{ ...first, prompts: ['=HYPERLINK("http://example.com","Ask")', 'What did Ana need?'] }] };
    const { rows } = readBack(logsToCsv([edited]));
    expect(rows[0]?.[DEBRIEF_COLUMN]).toBe('\'=HYPERLINK("http://example.com","Ask")\nWhat did Ana need?');
  });

  it('every text cell and header that starts with = + - @, tab or CR gets a leading quote, and reads back to the same text without it', () => {
    const log = playLog('stories/forecast.ink', { pick: () => 1, mode: 'group', votes: roomVotes(9) });
    const first = log.decisions[0] as ChoiceLog['decisions'][number];
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 12, maxLength: 12 }), (texts) => {
        const [alias, title, id, ending, speaker, line, option, promptA, promptB, person, meter, other] = texts as string[];
        fc.pre(meterColumn(meter as string, 'before').toLowerCase() !== meterColumn(`${other}x`, 'before').toLowerCase());
        const edited: ChoiceLog = {
          ...log,
          alias,
          storyTitle: title as string,
          storyId: id as string,
          ending,
          decisions: [
            {
              ...first,
              situation: [{ speaker, text: line as string }],
              readiness: { level: 2, person },
              prompts: [promptA as string, promptB as string],
              options: first.options.map((o) => (o.index === first.chosen ? { ...o, text: option as string } : o)),
              metersBefore: { [meter as string]: -3, [`${other}x`]: 4 },
              metersAfter: { [meter as string]: 5 },
            },
          ],
        };
        const text = logsToCsv([edited]);
        expect(text.startsWith('\uFEFF')).toBe(true);
        const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: false });
        expect(parsed.errors).toEqual([]);
        const [header, row, ...rest] = parsed.data as string[][];
        expect(rest.every((r) => r.length === 1 && r[0] === '')).toBe(true);
        const table = [...(header ?? []), ...(row ?? [])];
        // No cell a spreadsheet would run (numbers, as a meter's -3, stay numbers), and each is its text with the escape taken off.
        for (const cell of table) if (!/^-?\d+(\.\d+)?$/.test(cell)) expect(FORMULA_START.test(cell), JSON.stringify(cell)).toBe(false);
        const unescaped = (cell: string | undefined) => (cell ?? '').replace(/^'(?=[=+\-@\t\r])/, '');
        const cells = new Map((header ?? []).map((field, i) => [unescaped(field), row?.[i]]));
        expect(unescaped(cells.get('Player'))).toBe(alias);
        expect(unescaped(cells.get('Story'))).toBe(title);
        expect(unescaped(cells.get('Story id'))).toBe(id);
        expect(unescaped(cells.get('Ending'))).toBe(ending);
        expect(unescaped(cells.get('Situation'))).toBe(speaker ? `${speaker}: ${line}` : line);
        expect(unescaped(cells.get('Readiness'))).toBe(`${person ? `${person} ` : ''}R2`);
        expect(unescaped(cells.get('Chosen text'))).toBe(option);
        expect(unescaped(cells.get(DEBRIEF_COLUMN))).toBe(`${promptA}\n${promptB}`);
        expect(cells.get(meterColumn(meter as string, 'before'))).toBe('-3');
        expect(cells.get(meterColumn(meter as string, 'after'))).toBe('5');
      }),
      { numRuns: 300 },
    );
  });
});
