/**
 * Choice logs as a spreadsheet: one row per decision, one or many logs. Quoting is papaparse's;
 * the file starts with a byte-order mark so Excel reads accents, and cells a spreadsheet would take
 * for a formula are escaped. Column by column in docs/choice-log.md.
 */
import Papa from 'papaparse';
import { poleLabel, reviewDecision } from '../patterns/decision-review.ts';
import { shownPosition } from '../option-order.ts';
import { maxOf } from '../arrays.ts';
import { namesIn } from '../names.ts';
import type { ChoiceLog, DecisionRecord } from './choice-log.ts';

export const UTF8_BOM = '\uFEFF';

/**
 * A text cell a spreadsheet would run as a formula: one that starts with = + - @, a tab or a carriage
 * return, whatever follows (papaparse's own pattern, `^[=+\-@\t\r].*$`, has no dotall flag, so it
 * missed any cell holding a line break). Papaparse puts a ' before such a cell and quotes it; numbers
 * (a meter at -3) are left as numbers.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number;

export interface CsvTable {
  readonly fields: readonly string[];
  /** Each row's cells by field name (a Map: a field is named after a meter from the file). */
  readonly rows: readonly ReadonlyMap<string, CsvCell>[];
}

/** The columns that every export has, in order; vote and meter columns are added as the logs need. */
export const CSV_COLUMNS = [
  'Story',
  'Story id',
  'Player',
  'Mode',
  'Started',
  'Ending',
  'Decision',
  'Situation',
  'Readiness',
  'Chosen option',
  'Chosen text',
  'Chosen poles',
  'Approach',
  'Fit %',
  'Time to decide (ms)',
] as const;

export const DEBRIEF_COLUMN = 'Debrief prompts';

/**
 * Where the chosen option was on screen (1 for the first), when the options were shown shuffled;
 * "Chosen option" stays its number in the story's order, as the vote columns are.
 */
export const SHOWN_COLUMN = 'Chosen option as shown';

/** "Votes for option 2" */
export const votesColumn = (position: number) => `Votes for option ${position}`;
/** "Trust before", "Trust after" */
export const meterColumn = (meter: string, when: 'before' | 'after') => `${meter.charAt(0).toUpperCase()}${meter.slice(1)} ${when}`;

/** The rows of the spreadsheet, before quoting. */
export function csvTable(logs: readonly ChoiceLog[]): CsvTable {
  const grouped = logs.some((log) => log.mode === 'group' || log.decisions.some((d) => d.votes));
  const mostOptions = maxOf(logs.flatMap((log) => log.decisions.map((d) => d.options.length)), 0);
  const meterNames = new Set(logs.flatMap((log) => log.decisions.flatMap((d) => [...Object.keys(d.metersBefore), ...Object.keys(d.metersAfter ?? {})])));
  const voteFields = grouped ? ['Decided by', ...Array.from({ length: mostOptions }, (_, i) => votesColumn(i + 1))] : [];
  const shuffled = logs.some((log) => log.decisions.some((d) => d.shownOrder));
  const chosenAt = CSV_COLUMNS.indexOf('Chosen option') + 1;
  const columns = shuffled ? [...CSV_COLUMNS.slice(0, chosenAt), SHOWN_COLUMN, ...CSV_COLUMNS.slice(chosenAt)] : CSV_COLUMNS;
  const taken = new Set<string>([...columns, ...voteFields, DEBRIEF_COLUMN]);
  // Two meters can make one column name ("trust" and "Trust"): the second gets its number.
  const meters = [...meterNames].map((meter) => ({ meter, before: unique(meterColumn(meter, 'before'), taken), after: unique(meterColumn(meter, 'after'), taken) }));
  const fields = [...columns, ...voteFields, ...meters.flatMap((m) => [m.before, m.after]), DEBRIEF_COLUMN];
  const rows = logs.flatMap((log) => log.decisions.map((record) => row(log, record, grouped, meters, shuffled)));
  return { fields, rows };
}

/** `name`, or "name (2)", "name (3)"… when it is taken; the name given is taken from then on. */
function unique(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} (${n})`;
  taken.add(candidate);
  return candidate;
}

interface MeterColumns {
  readonly meter: string;
  readonly before: string;
  readonly after: string;
}

function row(log: ChoiceLog, record: DecisionRecord, grouped: boolean, meters: readonly MeterColumns[], shuffled: boolean): Map<string, CsvCell> {
  const review = reviewDecision(record);
  const position = record.options.findIndex((option) => option.index === record.chosen);
  const chosen = review.options[position];
  const last = record.situation.at(-1);
  const cells = new Map<string, CsvCell>([
    ['Story', log.storyTitle],
    ['Story id', log.storyId],
    ['Player', log.alias ?? ''],
    ['Mode', log.mode],
    ['Started', log.startedAt],
    ['Ending', log.ending ?? ''],
    ['Decision', record.number],
    ['Situation', last ? (last.speaker ? `${last.speaker}: ${last.text}` : last.text) : ''],
    ['Readiness', record.readiness ? `${record.readiness.person ? `${record.readiness.person} ` : ''}R${record.readiness.level}` : ''],
    ['Chosen option', position + 1],
    ['Chosen text', chosen?.text ?? ''],
    ['Chosen poles', (chosen?.poles ?? []).map(poleLabel).join('; ')],
    ['Approach', chosen?.approach ?? ''],
    ['Fit %', chosen?.fit === undefined ? '' : Math.round(chosen.fit * 100)],
    ['Time to decide (ms)', record.msToDecide],
    [DEBRIEF_COLUMN, record.prompts.join('\n')],
  ]);
  if (shuffled) cells.set(SHOWN_COLUMN, shownPosition(record, record.chosen) + 1);
  if (grouped) {
    cells.set('Decided by', record.votes?.decidedBy ?? '');
    record.options.forEach((_, i) => cells.set(votesColumn(i + 1), record.votes?.tallies[i] ?? ''));
  }
  const before = namesIn(record.metersBefore);
  const after = namesIn(record.metersAfter);
  for (const { meter, before: beforeColumn, after: afterColumn } of meters) {
    cells.set(beforeColumn, before.get(meter) ?? '');
    cells.set(afterColumn, after.get(meter) ?? '');
  }
  return cells;
}

/** The logs as a CSV file's text: BOM, header row, one row per decision, CRLF line ends. */
export function logsToCsv(logs: readonly ChoiceLog[]): string {
  const table = csvTable(logs);
  const data = table.rows.map((cells) => table.fields.map((field) => cells.get(field) ?? ''));
  return UTF8_BOM + Papa.unparse({ fields: [...table.fields], data }, { newline: '\r\n', escapeFormulae: FORMULA_START });
}
