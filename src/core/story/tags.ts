/**
 * The story contract (DESIGN §3): every ink tag the game understands, parsed into a typed value.
 * This is the only place that knows the tag grammar; the runner, the build plugin and the story
 * checker all go through it, and docs/authoring.md documents it for authors.
 *
 * Grammar: `key` or `key: value` (spaces around the colon optional), key in lower case.
 */
import { err, ok, type Result } from '../result.ts';
import { excerptOf } from '../text/excerpt.ts';
import {
  APPROACH_CHOICES,
  locatePole,
  type ApproachChoice,
  type DimensionId,
  type Pole,
  type ReadinessLevel,
  type Side,
} from '../patterns/dimensions.ts';

/** Where a tag was written: at the top of the file, on a line of text, or inside a choice's brackets. */
export type TagPlace = 'global' | 'line' | 'choice';

export type GlobalTag =
  | { kind: 'title'; text: string }
  | { kind: 'id'; id: string }
  | { kind: 'summary'; text: string }
  | { kind: 'minutes'; minutes: number }
  | { kind: 'cast'; names: string[] }
  | { kind: 'objective'; text: string }
  | { kind: 'meters'; names: string[] }
  | { kind: 'account'; name: string; description: string };

export type LineTag =
  | { kind: 'speaker'; name: string }
  | { kind: 'mood'; mood: string }
  | { kind: 'scene'; scene: string }
  | { kind: 'sfx'; cue: string }
  | { kind: 'music'; state: string }
  | { kind: 'readiness'; level: ReadinessLevel; person?: string }
  | { kind: 'clear' }
  | { kind: 'ending'; ending: string }
  | { kind: 'order'; order: 'fixed' }
  | { kind: 'debrief'; prompt: string }
  /** The decision's short name on the debrief's story map (else its last line stands in). */
  | { kind: 'decision'; label: string };

export type PatternTag = { kind: 'pattern'; side: Side; pole: Pole; dimension: DimensionId; weight: number };

export type ChoiceTag =
  | PatternTag
  | { kind: 'approach'; approach: ApproachChoice }
  | { kind: 'debrief'; prompt: string };

export type Tag = GlobalTag | LineTag | ChoiceTag;
export type TagFor<P extends TagPlace> = P extends 'global' ? GlobalTag : P extends 'line' ? LineTag : ChoiceTag;

export interface TagError {
  /** The tag as written, e.g. `#speeker: Priya`. */
  readonly tag: string;
  /** Where it was found, e.g. `stories/forecast.ink, choice at intro.0.c-1`. */
  readonly where: string;
  readonly message: string;
}

/** The largest weight a pattern tag may carry; more would let one decision drown the rest. */
export const MAX_WEIGHT = 3;

type Parse = (value: string | undefined) => Result<Tag, string>;

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const INK_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

const needsText =
  (make: (text: string) => Tag): Parse =>
  (value) =>
    value ? ok(make(value)) : err('needs a value after the colon');

const needsSlug =
  (what: string, make: (slug: string) => Tag): Parse =>
  (value) =>
    value && SLUG.test(value)
      ? ok(make(value))
      : err(`needs ${what} in lower case letters, digits and dashes (for example "open-plan")`);

const needsList =
  (check: (name: string) => boolean, what: string, make: (names: string[]) => Tag): Parse =>
  (value) => {
    const names = (value ?? '').split(',').map((name) => name.trim());
    if (names.length === 0 || names.some((name) => name === '')) return err(`needs a comma-separated list of ${what}`);
    const bad = names.find((name) => !check(name));
    return bad === undefined ? ok(make(names)) : err(`"${excerptOf(bad)}" is not a valid ${what.replace(/s$/, '')}`);
  };

function parseMinutes(value: string | undefined): Result<Tag, string> {
  const minutes = Number(value);
  return value && Number.isInteger(minutes) && minutes >= 1 && minutes <= 180
    ? ok({ kind: 'minutes', minutes })
    : err('needs a whole number of minutes between 1 and 180');
}

function parseReadiness(value: string | undefined): Result<Tag, string> {
  // `R2` or `Priya R2`: the person is optional, the level comes last.
  const match = /^(?:(.+?)\s+)?R([1-4])$/i.exec(value ?? '');
  if (!match) return err('needs a readiness level R1 to R4, optionally after the person\'s name ("Priya R2")');
  const level = Number(match[2]) as ReadinessLevel;
  return ok(match[1] ? { kind: 'readiness', level, person: match[1] } : { kind: 'readiness', level });
}

function parseClear(value: string | undefined): Result<Tag, string> {
  return value ? err('takes no value: write it as #clear') : ok({ kind: 'clear' });
}

const parsePattern =
  (side: Side): Parse =>
  (value) => {
    const match = /^([a-z]+)\s*(?:=\s*(\S+))?$/.exec(value ?? '');
    const place = match && locatePole(match[1] ?? '');
    if (!match || !place || place.side !== side) {
      const poles = side === 'manage' ? 'control, detail, tell, push' : 'empower, direction, ask, pull';
      return err(`needs one of the ${side} poles: ${poles} (optionally with a weight, as in ${side}:${side === 'manage' ? 'control' : 'empower'}=2)`);
    }
    const weight = match[2] === undefined ? 1 : Number(match[2]);
    if (!Number.isInteger(weight) || weight < 1 || weight > MAX_WEIGHT) {
      return err(`has weight "${excerptOf(match[2] ?? '')}": a weight is a whole number from 1 to ${MAX_WEIGHT}`);
    }
    return ok({ kind: 'pattern', side, pole: place.dimension[side], dimension: place.dimension.id, weight });
  };

function parseApproach(value: string | undefined): Result<Tag, string> {
  return APPROACH_CHOICES.includes(value as ApproachChoice)
    ? ok({ kind: 'approach', approach: value as ApproachChoice })
    : err(`needs one of: ${APPROACH_CHOICES.join(', ')} (none: you do the task yourself, so no fit is claimed)`);
}

function parseAccount(value: string | undefined): Result<Tag, string> {
  // `Marlow Hotels (a hotel group, 22 hotels)`: the name as the story uses it, then what the company is.
  // Brackets, not a bar: ink reads `|` inside a tag as a sequence and refuses the line.
  const match = /^([^()]+?)\s*\(([^()]+)\)$/.exec(value ?? '');
  const name = match?.[1]?.trim();
  const description = match?.[2]?.trim();
  return name && description
    ? ok({ kind: 'account', name, description })
    : err('needs the account\'s name and, in brackets, what the company is, as in "Marlow Hotels (a hotel group, 22 hotels)"');
}

function parseOrder(value: string | undefined): Result<Tag, string> {
  return value === 'fixed' ? ok({ kind: 'order', order: 'fixed' }) : err('takes one value, "fixed": the next decision keeps the order the options are written in');
}

/** Every key, the places it may appear, and how its value is read. */
const GRAMMAR: Readonly<Record<string, { places: readonly TagPlace[]; parse: Parse }>> = {
  title: { places: ['global'], parse: needsText((text) => ({ kind: 'title', text })) },
  id: { places: ['global'], parse: needsSlug('an id', (id) => ({ kind: 'id', id })) },
  summary: { places: ['global'], parse: needsText((text) => ({ kind: 'summary', text })) },
  minutes: { places: ['global'], parse: parseMinutes },
  cast: { places: ['global'], parse: needsList(() => true, 'names', (names) => ({ kind: 'cast', names })) },
  objective: { places: ['global'], parse: needsText((text) => ({ kind: 'objective', text })) },
  meters: {
    places: ['global'],
    parse: needsList((name) => INK_IDENTIFIER.test(name), 'ink variable names', (names) => ({ kind: 'meters', names })),
  },
  account: { places: ['global'], parse: parseAccount },
  speaker: { places: ['line'], parse: needsText((name) => ({ kind: 'speaker', name })) },
  mood: { places: ['line'], parse: needsSlug('a mood', (mood) => ({ kind: 'mood', mood })) },
  scene: { places: ['line'], parse: needsSlug('a scene name', (scene) => ({ kind: 'scene', scene })) },
  sfx: { places: ['line'], parse: needsSlug('a sound name', (cue) => ({ kind: 'sfx', cue })) },
  music: { places: ['line'], parse: needsSlug('a music state or "off"', (state) => ({ kind: 'music', state })) },
  readiness: { places: ['line'], parse: parseReadiness },
  clear: { places: ['line'], parse: parseClear },
  ending: { places: ['line'], parse: needsSlug('an ending id', (ending) => ({ kind: 'ending', ending })) },
  order: { places: ['line'], parse: parseOrder },
  debrief: { places: ['line', 'choice'], parse: needsText((prompt) => ({ kind: 'debrief', prompt })) },
  decision: { places: ['line'], parse: needsText((label) => ({ kind: 'decision', label })) },
  manage: { places: ['choice'], parse: parsePattern('manage') },
  lead: { places: ['choice'], parse: parsePattern('lead') },
  approach: { places: ['choice'], parse: parseApproach },
};

const PLACE_NAMES: Readonly<Record<TagPlace, string>> = {
  global: 'at the top of the story',
  line: 'on a line of text',
  choice: 'inside a choice\'s brackets',
};

/** The keys allowed in a place, for error messages and documentation. */
export function keysFor(place: TagPlace): string[] {
  return Object.keys(GRAMMAR).filter((key) => GRAMMAR[key]?.places.includes(place));
}

/**
 * Parse one tag as inkjs hands it over (without the `#`).
 * `where` names the place for the error message, e.g. `stories/forecast.ink, line before choice 2`.
 */
export function parseTag<P extends TagPlace>(raw: string, place: P, where: string): Result<TagFor<P>, TagError> {
  const text = raw.trim();
  const colon = text.indexOf(':');
  const key = (colon < 0 ? text : text.slice(0, colon)).trim();
  const value = colon < 0 ? undefined : text.slice(colon + 1).trim();
  // The tag and its key are the story's text, quoted in every message about them: at most QUOTE_CHARS of each.
  // (Cut only when a message is made: tags are read at every step of every play-through the checker explores.)
  const fail = (message: string) => err<TagError>({ tag: `#${excerptOf(text)}`, where, message });
  const named = () => excerptOf(key);

  const rule = Object.hasOwn(GRAMMAR, key) ? GRAMMAR[key] : undefined;
  if (!rule) {
    const hint = key !== key.toLowerCase() && Object.hasOwn(GRAMMAR, key.toLowerCase()) ? ` (keys are lower case: "${named().toLowerCase()}")` : '';
    return fail(`unknown tag "${named()}"${hint}; ${PLACE_NAMES[place]} the known tags are: ${keysFor(place).join(', ')}`);
  }
  if (!rule.places.includes(place)) {
    const allowed = rule.places.map((p) => PLACE_NAMES[p]).join(' or ');
    return fail(`"${named()}" belongs ${allowed}, not ${PLACE_NAMES[place]}`);
  }
  const parsed = rule.parse(value);
  return parsed.ok ? ok(parsed.value as TagFor<P>) : fail(`"${named()}" ${parsed.error}`);
}

/** Parse a list of tags, keeping the good ones and collecting an error for each bad one. */
export function parseTags<P extends TagPlace>(
  raw: readonly string[] | null | undefined,
  place: P,
  where: string,
): { tags: TagFor<P>[]; errors: TagError[] } {
  const tags: TagFor<P>[] = [];
  const errors: TagError[] = [];
  for (const one of raw ?? []) {
    const result = parseTag(one, place, where);
    if (result.ok) tags.push(result.value);
    else errors.push(result.error);
  }
  return { tags, errors };
}

/** The first tag of a kind, typed. */
export function findTag<T extends Tag, K extends T['kind']>(tags: readonly T[], kind: K): Extract<T, { kind: K }> | undefined {
  return tags.find((tag): tag is Extract<T, { kind: K }> => tag.kind === kind);
}

/** Every tag of a kind, typed. */
export function filterTags<T extends Tag, K extends T['kind']>(tags: readonly T[], kind: K): Extract<T, { kind: K }>[] {
  return tags.filter((tag): tag is Extract<T, { kind: K }> => tag.kind === kind);
}
