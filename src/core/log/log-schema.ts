/**
 * Reading a choice log back from a file: size, JSON, schema version, then every field checked against
 * a zod schema. Never throws; a refusal names the file and says why in words a trainer can act on.
 * docs/choice-log.md documents the format field by field.
 */
import { z } from '../zod.ts';
import { parseJson } from '../json.ts';
import { err, ok, type Result } from '../result.ts';
import { recordOf } from '../names.ts';
import { isRearrangementOf } from '../option-order.ts';
import { excerptOf } from '../text/excerpt.ts';
import { CHOICE_LOG_SCHEMA, type ChoiceLog } from './choice-log.ts';

/** A log of even a very long play-through is tens of kilobytes; anything past this is not a log. */
export const MAX_LOG_BYTES = 5 * 1024 * 1024;
/** A log nests six deep (log, decisions, a decision, its options, an option, its tags); far past that is not a log. */
export const MAX_LOG_DEPTH = 32;

/**
 * How much of each thing a log may hold. The shipped scenarios, over their longest paths, write at most
 * 7 decisions, 5 options and 21 lines of situation per decision, 3 prompts, 4 tags per option, 4 meters
 * and 304 characters in one text; a trainer's own story may be longer, so each cap leaves ten times
 * room or more. Past them a file is not a play-through of any story, and the screens that list every
 * option or decision are not built for it (a log of 150,000 options once froze the saved-logs screen).
 */
export const LOG_LIMITS = {
  decisions: 200,
  optionsPerDecision: 20,
  linesPerDecision: 500,
  promptsPerDecision: 20,
  tagsPerOption: 20,
  meters: 50,
  textLength: 5_000,
} as const;

export type LogRefusal = 'too-large' | 'empty' | 'not-json' | 'not-a-log' | 'wrong-version' | 'damaged' | 'other-story';

export interface LogFileProblem {
  readonly file: string;
  readonly reason: LogRefusal;
  /** One sentence naming the file and the reason, for the screen. */
  readonly message: string;
}

export interface LogParseOptions {
  /** The file's size in bytes when known (checked before anything else, so a huge file is never parsed). */
  readonly byteSize?: number;
  /** Refuse logs of any other story. */
  readonly expectStory?: { readonly id: string; readonly title: string };
  /** Default MAX_LOG_BYTES. */
  readonly maxBytes?: number;
}

const timestamp = z.iso.datetime({ offset: true });
/** Any text from the file: a name, a line of the story, an option. */
const text = z.string().max(LOG_LIMITS.textLength);
const list = <T extends z.ZodType>(item: T, most: number) => z.array(item).max(most);
/**
 * Meters: names from the file with a number each. Read as a Map and kept in an object with no
 * prototype (src/core/names.ts): zod's records drop a `__proto__` key, and a plain object would answer
 * to `toString` or `constructor` for a meter the log does not have.
 */
const meters = z
  .preprocess((value) => (isRecord(value) ? new Map(Object.entries(value)) : value), z.map(text, z.number()).max(LOG_LIMITS.meters))
  .transform((named) => recordOf(named));

const decisionSchema = z
  .object({
    number: z.number().int().positive(),
    situation: list(z.object({ speaker: text.optional(), text }), LOG_LIMITS.linesPerDecision),
    readiness: z.object({ level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]), person: text.optional() }).optional(),
    prompts: list(text, LOG_LIMITS.promptsPerDecision),
    options: list(z.object({ index: z.number().int().nonnegative(), text, tags: list(text, LOG_LIMITS.tagsPerOption) }), LOG_LIMITS.optionsPerDecision).min(1),
    chosen: z.number().int().nonnegative(),
    shownOrder: list(z.number().int().nonnegative(), LOG_LIMITS.optionsPerDecision).optional(),
    offeredAt: timestamp,
    decidedAt: timestamp,
    msToDecide: z.number().nonnegative(),
    metersBefore: meters,
    metersAfter: meters.optional(),
    votes: z.object({ tallies: list(z.number().int().nonnegative(), LOG_LIMITS.optionsPerDecision), decidedBy: z.enum(['majority', 'trainer']) }).optional(),
  })
  .refine((d) => d.options.some((option) => option.index === d.chosen), { path: ['chosen'], message: 'is not one of the options offered' })
  .refine((d) => !d.votes || d.votes.tallies.length === d.options.length, { path: ['votes'], message: 'do not give one count per option' })
  .refine((d) => !d.shownOrder || isRearrangementOf(d.shownOrder, d.options.map((option) => option.index)), {
    path: ['shownOrder'],
    message: 'does not list each option once',
  });

/** The whole log. Its output type must stay assignable to ChoiceLog: the compiler checks it below. */
export const choiceLogSchema = z.object({
  schema: z.literal(CHOICE_LOG_SCHEMA),
  app: z.object({ name: text, version: text }),
  storyId: text.min(1),
  storyTitle: text,
  storyHash: text,
  mode: z.enum(['solo', 'group']),
  alias: text.optional(),
  shuffleSeed: z.number().int().nonnegative().optional(),
  replayOf: z
    .object({
      startedAt: timestamp,
      alias: text.optional(),
      fromDecision: z.number().int().positive(),
      choices: list(z.number().int().nonnegative(), LOG_LIMITS.decisions),
      ending: text.optional(),
      fitPercent: z.number().min(0).max(100).optional(),
    })
    .optional(),
  startedAt: timestamp,
  endedAt: timestamp.optional(),
  ending: text.optional(),
  decisions: list(decisionSchema, LOG_LIMITS.decisions),
  meters,
});

const _matchesTheType: z.ZodType<ChoiceLog> = choiceLogSchema;
void _matchesTheType;

/** Read `text` (the content of `fileName`) as a choice log. Never throws, whatever the text. */
export function parseChoiceLog(text: string, fileName: string, options: LogParseOptions = {}): Result<ChoiceLog, LogFileProblem> {
  const refuse = refusal(fileName);
  try {
    return readChoiceLog(text, refuse, options);
  } catch {
    // Nothing above is known to throw; should something still, the file is refused, not the page broken.
    return refuse('damaged', 'could not be read as a log.');
  }
}

type Refuse = (reason: LogRefusal, why: string) => Result<never, LogFileProblem>;

function refusal(fileName: string): Refuse {
  return (reason, why) => err({ file: fileName, reason, message: `“${fileName}” ${why}` });
}

function readChoiceLog(text: string, refuse: Refuse, options: LogParseOptions): Result<ChoiceLog, LogFileProblem> {
  const limit = options.maxBytes ?? MAX_LOG_BYTES;
  const size = options.byteSize ?? utf8Length(text);
  if (size > limit) return refuse('too-large', `is too large to be a saved log (${megabytes(size)}; the limit is ${megabytes(limit)}).`);
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return refuse('empty', 'is empty.');
  const json = parseJson(body, MAX_LOG_DEPTH);
  if (!json.ok && json.error === 'too-deep') return refuse('not-a-log', 'is not a log saved by this game: its contents nest far deeper than any log’s.');
  if (!json.ok) return refuse('not-json', 'is not a saved log: it is not a JSON file.');
  const data = json.value;
  if (!isRecord(data) || !('decisions' in data || 'schema' in data)) return refuse('not-a-log', 'is a JSON file, but not a log saved by this game.');
  if (data.schema !== CHOICE_LOG_SCHEMA) {
    const newer = typeof data.schema === 'number' && data.schema > CHOICE_LOG_SCHEMA;
    return refuse(
      'wrong-version',
      newer
        ? `was saved by a newer version of the game (log format ${String(data.schema)}; this version reads format ${CHOICE_LOG_SCHEMA}). Open it with the newer version.`
        : `has a log format this version does not know (${excerptOf(JSON.stringify(data.schema) ?? 'none')}; it reads format ${CHOICE_LOG_SCHEMA}).`,
    );
  }
  const parsed = choiceLogSchema.safeParse(data);
  if (!parsed.success) {
    const tooBig = parsed.error.issues.find((issue) => issue.code === 'too_big');
    if (tooBig) return refuse('too-large', `is larger than any log this game saves: ${describeLimit(data, tooBig)}.`);
    return refuse('damaged', `is a log, but parts of it are missing or damaged: ${describeIssues(data, parsed.error.issues)}.`);
  }
  const log = parsed.data;
  if (options.expectStory && log.storyId !== options.expectStory.id) {
    return refuse('other-story', `is a log of “${excerptOf(log.storyTitle)}”, not of “${excerptOf(options.expectStory.title)}”.`);
  }
  return ok(log);
}

/** The first three of `issues` in words ("storyHash is missing; decision 2: chosen is missing, and 4 more"). */
export function describeIssues(data: unknown, issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => describeIssue(data, issue));
  return `${shown.join('; ')}${issues.length > 3 ? `, and ${issues.length - 3} more` : ''}`;
}

/** What in the file goes past which limit: "decision 1 has 150,000 options, and the limit is 20". */
function describeLimit(data: unknown, issue: z.core.$ZodIssue & { code: 'too_big' }): string {
  const value = valueAt(data, issue.path);
  const limit = `, and the limit is ${grouped(Number(issue.maximum))}`;
  if (typeof value === 'string') return `${placeOf(issue.path)} is ${grouped(value.length)} characters long${limit}`;
  const count = Array.isArray(value) ? value.length : isRecord(value) ? Object.keys(value).length : 0;
  const key = issue.path.at(-1);
  const owner = issue.path.length > 1 ? placeOf(issue.path.slice(0, -1)) : 'it';
  return `${owner} has ${grouped(count)} ${COUNTED.get(key) ?? 'entries'}${limit}`;
}

/** What each limited list holds, by its field's name. */
const COUNTED: ReadonlyMap<PropertyKey | undefined, string> = new Map([
  ['decisions', 'decisions'], ['options', 'options'], ['situation', 'lines of situation'], ['prompts', 'prompts'], ['tags', 'tags'],
  ['meters', 'meters'], ['metersBefore', 'meters'], ['metersAfter', 'meters'], ['shownOrder', 'places in its order'], ['tallies', 'vote counts'], ['choices', 'choices'],
]);

/** 150000 → "150,000". */
function grouped(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function describeIssue(data: unknown, issue: z.core.$ZodIssue): string {
  const where = placeOf(issue.path);
  if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) return `${where} is missing`;
  if (issue.code === 'custom') return `${where} ${issue.message}`;
  if (issue.code === 'invalid_type') return `${where} should be ${article(issue.expected)}`;
  return `${where} is not valid`;
}

/** ['decisions', 2, 'chosen'] → "decision 3: chosen". */
function placeOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file';
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (key === 'decisions' && typeof next === 'number') {
      parts.push(`decision ${next + 1}`);
      i++;
    } else if (typeof key === 'number') parts.push(`#${key + 1}`);
    else parts.push(excerptOf(String(key))); // a meter's name, from the file
  }
  const [first, ...rest] = parts;
  return first?.startsWith('decision ') && rest.length > 0 ? `${first}: ${rest.join('.')}` : parts.join('.');
}

function article(expected: string): string {
  if (expected === 'map') return 'an object of names and numbers';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** UTF-8 byte length of a string, without TextEncoder (the core runs with no DOM lib). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Rounded up to a tenth, so a file just over the limit never reads as equal to it. */
function megabytes(bytes: number): string {
  return `${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1).replace(/\.0$/, '')} MB`;
}
