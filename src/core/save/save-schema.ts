/**
 * Reading a save back from storage, checked whole before anything is offered: size and nesting
 * first, then JSON, the format version, and every field against a zod schema whose log part is the
 * log file's own schema (log-schema.ts), so a save holds nothing a log file could not. Never throws.
 *
 * This module brings the schema library (about 27 kB gzipped): it is loaded only when there is a
 * save to look at, never with the title's first script.
 */
import { z } from '../zod.ts';
import { parseJson } from '../json.ts';
import { choiceLogSchema, describeIssues } from '../log/log-schema.ts';
import { err, ok, type Result } from '../result.ts';
import { SAVE_SCHEMA, type SaveFile, type SaveProblem } from './save-file.ts';

/** The browser keeps about five million characters per site; no save comes near it. */
export const MAX_SAVE_CHARS = 5 * 1024 * 1024;
/** A save nests seven deep (save, snapshot, log, decisions, a decision, its options, their tags). */
export const MAX_SAVE_DEPTH = 32;
/** ink's own state, kept as a string inside the save, nests a little deeper (its call stack, lists). */
const MAX_INK_STATE_DEPTH = 64;

const saveSchema = z
  .object({
    schema: z.literal(SAVE_SCHEMA),
    savedAt: z.iso.datetime({ offset: true }),
    file: z.string().min(1),
    storyId: z.string().min(1),
    storyTitle: z.string(),
    storyHash: z.string(),
    snapshot: z.object({
      runner: z.object({ ink: z.string(), echo: z.array(z.string()) }),
      log: choiceLogSchema,
    }),
  })
  .superRefine((save, context) => {
    const log = save.snapshot.log;
    if (log.storyId !== save.storyId) context.addIssue({ code: 'custom', path: ['snapshot', 'log', 'storyId'], message: 'is not the story the save is of' });
    if (log.storyHash !== save.storyHash) context.addIssue({ code: 'custom', path: ['snapshot', 'log', 'storyHash'], message: 'is not the version the save is of' });
    log.decisions.forEach((decision, i) => {
      if (decision.number !== i + 1) context.addIssue({ code: 'custom', path: ['snapshot', 'log', 'decisions', i, 'number'], message: 'is out of order' });
    });
  });

const _matchesTheType: z.ZodType<SaveFile> = saveSchema;
void _matchesTheType;

/** Read a stored save. Never throws, whatever the text. */
export function parseSave(text: string): Result<SaveFile, SaveProblem> {
  try {
    return readSave(text);
  } catch {
    // Nothing in readSave is known to throw; should something still, the save is set aside, not the page broken.
    return err({ kind: 'damaged', message: 'the saved game could not be read' });
  }
}

function readSave(text: string): Result<SaveFile, SaveProblem> {
  const notASave = err({ kind: 'not-a-save', message: 'the saved game is not in a form this game understands' } as const);
  if (text.length > MAX_SAVE_CHARS) return notASave;
  const json = parseJson(text, MAX_SAVE_DEPTH);
  if (!json.ok) return json.error === 'too-deep' ? notASave : err({ kind: 'not-json', message: 'the saved game is damaged (it may have been cut short while saving)' });
  const data = json.value;
  if (!isRecord(data)) return notASave;
  if (data.schema !== SAVE_SCHEMA) {
    const format = typeof data.schema === 'number' ? `format ${data.schema}` : 'an unknown format';
    return err({ kind: 'old-schema', message: `the saved game comes from a different version of the game (${format}; this one reads format ${SAVE_SCHEMA})` });
  }
  const parsed = saveSchema.safeParse(data);
  if (parsed.success) return ok(parsed.data);
  // Described in the words of the log where the trouble is in it ("decision 2: chosen is missing").
  const inLog = parsed.error.issues.filter((issue) => issue.path[0] === 'snapshot' && issue.path[1] === 'log');
  const snapshot = isRecord(data.snapshot) ? data.snapshot : {};
  const detail = inLog.length > 0
    ? describeIssues(snapshot.log, inLog.map((issue) => ({ ...issue, path: issue.path.slice(2) })))
    : describeIssues(data, parsed.error.issues);
  return err({ kind: 'damaged', message: `parts of the saved game are missing or damaged (${detail})` });
}

/**
 * Whether the save's place in the story (ink's own state, a string inside the save) looks whole:
 * JSON of the shape ink writes. The choices can be intact while this is not; then the game offers
 * the choices as a file instead of a resume that would fail. Only restoring it proves it, so the
 * play screen still handles a place that passes this and fails to restore.
 */
export function placeLooksWhole(save: SaveFile): boolean {
  const state = parseJson(save.snapshot.runner.ink, MAX_INK_STATE_DEPTH);
  if (!state.ok || !isRecord(state.value)) return false;
  const { inkSaveVersion, flows, callstackThreads } = state.value;
  return typeof inkSaveVersion === 'number' && (isRecord(flows) || isRecord(callstackThreads));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
