/**
 * A key for an ink state, so that the explorer visits each state once however it was reached.
 *
 * inkjs's save format (`story.state.toJson()`) holds the whole state. Two saves can differ only in
 * things that cannot change what the story does next; the key drops or normalises those:
 *
 * - `outputStream` (per flow): the text and tags printed so far. The next Continue starts a fresh
 *   output, so it is output, not state.
 * - `threadCounter` and thread indices (`threadIndex`, `originalThreadIndex`, the keys of
 *   `choiceThreads`): ids handed out in the order threads were made; they are renumbered in order
 *   of appearance, which keeps how the threads and choices refer to each other.
 * - `currentChoices[].index`: inkjs renumbers choices when they are read.
 * - `turnIdx` (the number of turns so far): dropped unless the story calls TURNS().
 * - `turnIndices` (the turn each container was last seen): dropped unless the story calls
 *   TURNS_SINCE(); then kept as turns-since (turnIdx minus the index), which is what TURNS_SINCE reads.
 * - `inkSaveVersion`, `inkFormatVersion`, `storySeed`: the same in every state of one exploration.
 *
 * Kept: the call stack and pointers, variables, the evaluation stack, visit counts (once-only
 * choices, sequences and `{knot}` conditions read them; the compiler only counts containers
 * something reads), the choices on offer with their threads, and `previousRandom` (it feeds the
 * next RANDOM). Object keys are sorted, as the order of keys in a save follows the order of events.
 */
import { contentHash } from '../../src/core/hash.ts';
import { INTEGRAL_FLOAT } from '../ink-stepper.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface StateKeyOptions {
  /** The story calls TURNS(): the turn count is state. */
  readonly usesTurns: boolean;
  /** The story calls TURNS_SINCE(): how long ago containers were seen is state. */
  readonly usesTurnsSince: boolean;
}

/** Which turn functions a compiled story calls, read from its JSON (`"turn"` and `"turns"` commands). */
export function turnUsage(compiledJson: string): StateKeyOptions {
  return { usesTurns: compiledJson.includes('"turn"'), usesTurnsSince: compiledJson.includes('"turns"') };
}

/** A short key for an ink save (106 bits of hash): equal keys mean the story will behave the same from both states. */
export function stateKey(saved: string, options: StateKeyOptions): string {
  // JSON.parse reads 2.0 as 2; mark such floats so that a float and an integer stay apart.
  const text = INTEGRAL_FLOAT.test(saved) ? saved.replace(/(?<=[:,[]\s*)(-?\d+\.0+)(?=\s*[,\]}])/g, '"$1f"') : saved;
  const state = JSON.parse(text) as JsonObject;
  const turn = typeof state.turnIdx === 'number' ? state.turnIdx : 0;
  const turnIndices = isObject(state.turnIndices) ? state.turnIndices : {};
  const kept = without(state, 'turnIdx', 'turnIndices', 'inkSaveVersion', 'inkFormatVersion', 'storySeed');
  if (options.usesTurns) kept.turnIdx = turn;
  if (options.usesTurnsSince) {
    kept.turnsSince = Object.fromEntries(Object.entries(turnIndices).map(([path, index]) => [path, typeof index === 'number' ? turn - index : index]));
  }
  if (isObject(state.flows)) {
    kept.flows = Object.fromEntries(Object.entries(state.flows).map(([name, flow]) => [name, isObject(flow) ? normaliseFlow(flow) : flow]));
  }
  // Two 53-bit hashes with different seeds (no Node crypto: the browser's own-story worker explores too).
  const key = canonical(kept);
  return contentHash(key) + contentHash(key, 1);
}

function normaliseFlow(flow: JsonObject): JsonObject {
  const numbers = new Map<string, number>();
  const renumber = (index: Json): Json => {
    const id = String(index);
    if (!numbers.has(id)) numbers.set(id, numbers.size);
    return numbers.get(id) ?? null;
  };
  const callstack = isObject(flow.callstack) ? flow.callstack : {};
  const threads = Array.isArray(callstack.threads) ? callstack.threads : [];
  const normalThreads = threads.map((thread) => (isObject(thread) ? { ...thread, threadIndex: renumber(thread.threadIndex ?? null) } : thread));
  const choices = Array.isArray(flow.currentChoices) ? flow.currentChoices : [];
  const normalChoices = choices.map((choice) => {
    if (!isObject(choice)) return choice;
    return { ...without(choice, 'index'), originalThreadIndex: renumber(choice.originalThreadIndex ?? null) };
  });
  const choiceThreads = isObject(flow.choiceThreads) ? flow.choiceThreads : {};
  const normalChoiceThreads = Object.fromEntries(
    Object.entries(choiceThreads).map(([index, thread]) => [
      String(renumber(index)),
      isObject(thread) ? { ...thread, threadIndex: renumber(thread.threadIndex ?? index) } : thread,
    ]),
  );
  return {
    ...without(flow, 'outputStream'),
    callstack: { ...without(callstack, 'threadCounter'), threads: normalThreads },
    currentChoices: normalChoices,
    choiceThreads: normalChoiceThreads,
  };
}

function without(object: JsonObject, ...keys: string[]): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with object keys sorted, so that equal values give equal text. */
function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key] ?? null)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
