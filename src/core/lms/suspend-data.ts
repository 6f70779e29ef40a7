/**
 * The play-through in progress as an LMS keeps it between launches (SCORM's `cmi.suspend_data`):
 * the story, the choice path, the option order's seed and the times, in a short line of plain
 * characters. SCORM 1.2 LMSs keep only 4,096 characters, and ink's own saved state is thousands,
 * so the game stores the path and replays it (src/core/replay.ts) instead.
 *
 *   m1.forecast.3fa94c2e.1kq9z3.mfx3c0pk.0_2_1.5xk_1c9_9a_2k3_…
 *   │  │        │        │      │        │     └ ms from one time to the next: offered, decided, offered, …
 *   │  │        │        │      │        └ the story's choice index at each decision (base 36)
 *   │  │        │        │      └ when the play-through started (ms since the epoch, base 36)
 *   │  │        │        └ the shuffle seed (base 36), empty for the authored order
 *   │  │        └ the start of the story's hash, to notice a story changed since
 *   │  └ the story's id
 *   └ the format
 *
 * Only letters, digits, `.`, `_` and `-` are used: nothing an LMS could escape or cut. Group mode's
 * vote counts are not kept (a learner in an LMS plays alone).
 */
import type { ChoiceLog } from '../log/choice-log.ts';
import { pathOf, type ChoicePath, type DecisionTimes } from '../log/choice-path.ts';
import { err, ok, type Result } from '../result.ts';

export const SUSPEND_FORMAT = 'm1';
/** What SCORM 1.2 promises to keep (CMIString4096); SCORM 2004 keeps 64,000. */
export const SCORM12_SUSPEND_LIMIT = 4096;
/** The part of the story's hash kept: enough to notice an edit, short enough to fit. */
const HASH_CHARS = 8;

export interface SuspendRecord {
  readonly storyId: string;
  /** The start of the story's hash (storyHashOf) when the path was recorded. */
  readonly storyHash: string;
  readonly path: ChoicePath;
}

/** The record of a play-through in progress, from its log. */
export function suspendRecordOf(log: ChoiceLog): SuspendRecord {
  const { choices, shuffleSeed, times } = pathOf(log);
  const path = { choices, ...(shuffleSeed === undefined ? {} : { shuffleSeed }), ...(times ? { times } : {}) };
  return { storyId: log.storyId, storyHash: log.storyHash.slice(0, HASH_CHARS), path };
}

/** True when a record's short hash was taken from this story hash. */
export function sameStory(record: SuspendRecord, storyId: string, storyHash: string): boolean {
  return record.storyId === storyId && storyHash.startsWith(record.storyHash);
}

const b36 = (n: number) => n.toString(36);

export function encodeSuspendData(record: SuspendRecord): string {
  const { path } = record;
  const times: number[] = [];
  if (path.times) {
    let previous = path.times.startedAt;
    for (const decision of path.times.decisions) {
      times.push(decision.offeredAt - previous, decision.decidedAt - decision.offeredAt);
      previous = decision.decidedAt;
    }
  }
  return [
    SUSPEND_FORMAT,
    record.storyId,
    record.storyHash.slice(0, HASH_CHARS),
    path.shuffleSeed === undefined ? '' : b36(path.shuffleSeed),
    path.times ? b36(path.times.startedAt) : '',
    path.choices.map(b36).join('_'),
    times.map(b36).join('_'),
  ].join('.');
}

const STORY_ID = /^[a-z0-9][a-z0-9-]*$/;
const HASH = /^[0-9a-f]{1,14}$/;
const NATURAL = /^[0-9a-z]{1,11}$/;
const INTEGER = /^-?[0-9a-z]{1,11}$/;

function numbers(field: string, pattern: RegExp): number[] | undefined {
  if (field === '') return [];
  const parts = field.split('_');
  if (!parts.every((part) => pattern.test(part))) return undefined;
  const values = parts.map((part) => parseInt(part, 36));
  return values.every(Number.isSafeInteger) ? values : undefined;
}

/** Read suspend data back. Never throws; anything wrong comes back as a sentence. */
export function decodeSuspendData(text: string): Result<SuspendRecord, string> {
  const fields = text.split('.');
  if (fields[0] !== SUSPEND_FORMAT) return err(text === '' ? 'there is no saved place' : 'the saved place was written by a different version of the game');
  if (fields.length !== 7) return err('the saved place is damaged (it has the wrong number of parts)');
  const [, storyId = '', storyHash = '', seedText = '', startText = '', choicesText = '', timesText = ''] = fields;
  if (!STORY_ID.test(storyId) || !HASH.test(storyHash)) return err('the saved place does not name a story');
  const seed = seedText === '' ? [] : numbers(seedText, NATURAL);
  const start = startText === '' ? [] : numbers(startText, NATURAL);
  const choices = numbers(choicesText, NATURAL);
  const steps = numbers(timesText, INTEGER);
  if (!seed || !start || !choices || !steps) return err('the saved place is damaged (a number cannot be read)');
  if ((seed[0] ?? 0) > 0xffffffff) return err('the saved place is damaged (its shuffle seed is out of range)');
  const startedAt = start[0];
  if (startedAt === undefined ? steps.length > 0 : steps.length !== 2 * choices.length) {
    return err('the saved place is damaged (its times do not match its choices)');
  }
  const path: ChoicePath = {
    choices,
    ...(seed[0] === undefined ? {} : { shuffleSeed: seed[0] }),
    ...(startedAt === undefined ? {} : { times: { startedAt, decisions: timesFrom(startedAt, steps) } }),
  };
  return ok({ storyId, storyHash, path });
}

function timesFrom(startedAt: number, steps: readonly number[]): DecisionTimes[] {
  const decisions: DecisionTimes[] = [];
  let previous = startedAt;
  for (let i = 0; i + 1 < steps.length; i += 2) {
    const offeredAt = previous + (steps[i] ?? 0);
    const decidedAt = offeredAt + (steps[i + 1] ?? 0);
    decisions.push({ offeredAt, decidedAt });
    previous = decidedAt;
  }
  return decisions;
}
