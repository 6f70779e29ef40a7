import { describe, expect, it } from 'vitest';
import type { ChoiceLog } from '../../../src/core/log/choice-log.ts';
import { logToJson, exportFileName } from '../../../src/core/log/log-files.ts';
import { LOG_LIMITS, MAX_LOG_BYTES, parseChoiceLog, utf8Length } from '../../../src/core/log/log-schema.ts';
import { playLog, roomVotes } from '../../support/logs.ts';

const FORECAST = 'stories/forecast.ink';
const solo = () => playLog(FORECAST, { pick: (step, choices) => step % choices.length, alias: 'Zoë “the closer” Müller' });
const group = () => playLog('stories/push-or-pull.ink', { pick: () => 0, mode: 'group', alias: 'Room B', votes: roomVotes() });

/** A log as JSON, changed by `edit`, for the refusals. */
function edited(log: ChoiceLog, edit: (data: Record<string, unknown> & { decisions: Record<string, unknown>[] }) => void): string {
  const data = JSON.parse(logToJson(log));
  edit(data);
  return JSON.stringify(data);
}

function refusal(text: string, file: string, options = {}) {
  const result = parseChoiceLog(text, file, options);
  if (result.ok) throw new Error(`${file} was accepted`);
  return result.error;
}

describe('the choice log as JSON', () => {
  it('round-trips: export, then parse, gives an equal log (solo and group)', () => {
    for (const log of [solo(), group()]) {
      const parsed = parseChoiceLog(logToJson(log), 'log.json');
      expect(parsed.ok && parsed.value).toEqual(log);
    }
  });

  it('reads a file that starts with a byte-order mark', () => {
    const log = solo();
    const parsed = parseChoiceLog(`\uFEFF${logToJson(log)}`, 'bom.json');
    expect(parsed.ok && parsed.value).toEqual(log);
  });

  it('names exports after the story, the start time and the player', () => {
    expect(exportFileName(solo(), 'json')).toBe('forecast-2026-03-02-0900-zoe-the-closer-muller.json');
    expect(exportFileName({ ...solo(), alias: undefined }, 'csv')).toBe('forecast-2026-03-02-0900.csv');
  });
});

describe('refusing files that are not logs, each with the file and the reason', () => {
  it('not JSON', () => {
    const problem = refusal('Dear trainer, here are my notes.', 'notes.txt');
    expect(problem).toMatchObject({ file: 'notes.txt', reason: 'not-json' });
    expect(problem.message).toBe('“notes.txt” is not a saved log: it is not a JSON file.');
  });

  it('empty', () => {
    expect(refusal('  \n', 'blank.json')).toMatchObject({ reason: 'empty', message: '“blank.json” is empty.' });
  });

  it('JSON of another kind', () => {
    expect(refusal('[1, 2, 3]', 'numbers.json').message).toBe('“numbers.json” is a JSON file, but not a log saved by this game.');
    expect(refusal('{"name": "package"}', 'package.json').reason).toBe('not-a-log');
  });

  it('the wrong schema version', () => {
    const newer = refusal(edited(solo(), (d) => (d.schema = 2)), 'future.json');
    expect(newer.reason).toBe('wrong-version');
    expect(newer.message).toMatch(/^“future\.json” was saved by a newer version of the game \(log format 2; this version reads format 1\)/);
    expect(refusal(edited(solo(), (d) => delete d.schema), 'old.json').message).toContain('has a log format this version does not know');
  });

  it('missing fields and damaged values, said where', () => {
    const problem = refusal(
      edited(solo(), (d) => {
        delete d.storyHash;
        delete d.decisions[1]?.chosen;
        if (d.decisions[2]) d.decisions[2].msToDecide = 'soon';
      }),
      'damaged.json',
    );
    expect(problem.reason).toBe('damaged');
    expect(problem.message).toBe('“damaged.json” is a log, but parts of it are missing or damaged: storyHash is missing; decision 2: chosen is missing; decision 3: msToDecide should be a number.');
  });

  it('a chosen option that was never offered, or votes that do not match the options', () => {
    expect(refusal(edited(solo(), (d) => d.decisions[0] && (d.decisions[0].chosen = 9)), 'odd.json').message).toContain('decision 1: chosen is not one of the options offered');
    expect(refusal(edited(group(), (d) => d.decisions[0] && (d.decisions[0].votes = { tallies: [1], decidedBy: 'majority' })), 'votes.json').message).toContain(
      'decision 1: votes do not give one count per option',
    );
  });

  it('another story, when one is expected', () => {
    const problem = refusal(logToJson(group()), 'room-b.json', { expectStory: { id: 'forecast', title: 'The forecast' } });
    expect(problem).toMatchObject({ reason: 'other-story', message: '“room-b.json” is a log of “Push or pull”, not of “The forecast”.' });
    expect(parseChoiceLog(logToJson(solo()), 'ok.json', { expectStory: { id: 'forecast', title: 'The forecast' } }).ok).toBe(true);
  });

  it('absurdly large: refused by size, before parsing', () => {
    const bytes = MAX_LOG_BYTES + 1;
    expect(refusal('not even looked at', 'huge.json', { byteSize: bytes })).toMatchObject({ reason: 'too-large', message: '“huge.json” is too large to be a saved log (5.1 MB; the limit is 5 MB).' });
    const padded = logToJson(solo()).replace('{', `{"padding": "${'x'.repeat(6 * 1024 * 1024)}",`);
    expect(refusal(padded, 'padded.json').message).toBe('“padded.json” is too large to be a saved log (6.1 MB; the limit is 5 MB).');
  });

  it('a valid-looking log past the limits (150,000 options, 4.8 MB): refused with the file and the limit', () => {
    const huge = edited(solo(), (d) => d.decisions[0] && (d.decisions[0].options = Array.from({ length: 150_000 }, () => ({ index: 0, text: '', tags: [] }))));
    expect(huge.length).toBeLessThan(MAX_LOG_BYTES);
    expect(refusal(huge, 'options.json')).toMatchObject({
      reason: 'too-large',
      message: `“options.json” is larger than any log this game saves: decision 1 has 150,000 options, and the limit is ${LOG_LIMITS.optionsPerDecision}.`,
    });
    const many = edited(solo(), (d) => (d.decisions = Array.from({ length: LOG_LIMITS.decisions + 1 }, () => d.decisions[0] as Record<string, unknown>)));
    expect(refusal(many, 'decisions.json').message).toBe(`“decisions.json” is larger than any log this game saves: it has 201 decisions, and the limit is ${LOG_LIMITS.decisions}.`);
    const long = edited(solo(), (d) => (d.alias = 'x'.repeat(4_000_000)));
    expect(refusal(long, 'alias.json').message).toBe('“alias.json” is larger than any log this game saves: alias is 4,000,000 characters long, and the limit is 5,000.');
  });

  it('quotes at most 80 characters of what the file holds, however long (4,000,000 characters)', () => {
    const huge = 'x'.repeat(4_000_000);
    const version = refusal(edited(solo(), (d) => (d.schema = huge)), 'format.json').message;
    expect(version).toBe(`“format.json” has a log format this version does not know ("${'x'.repeat(78)}…; it reads format 1).`);
    const meter = refusal(edited(solo(), (d) => (d.meters = { [huge]: 'high' })), 'meter.json').message;
    expect(meter.length).toBeLessThan(300);
    expect(meter).toContain(`${'x'.repeat(79)}…`);
    const title = refusal(edited(solo(), (d) => (d.storyTitle = 'y'.repeat(LOG_LIMITS.textLength))), 'title.json', { expectStory: { id: 'other', title: 'Other' } }).message;
    expect(title).toBe(`“title.json” is a log of “${'y'.repeat(79)}…”, not of “Other”.`);
  });

  it('counts bytes as UTF-8', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
  });
});
