/**
 * The story checker's lints. Tags are read with the project's one tag parser
 * (src/core/story/tags.ts) exactly where the game reads them: line tags on the lines ink prints,
 * choice tags on the choices it offers. Float literals are found in the source text.
 */
import { MAP_GEOMETRY } from '../../src/core/debrief/map-geometry.ts';
import { wrap } from '../../src/core/debrief/map-svg.ts';
import { filterTags, findTag, parseTag, parseTags, type ChoiceTag, type LineTag } from '../../src/core/story/tags.ts';
import type { InkDiagnostic, SourcePosition } from '../ink-compiler.ts';
import type { InkChoice, InkLine } from '../ink-stepper.ts';
import { looksLikeQuestioning } from './ask-text.ts';
import type { ChoiceStep } from './explore.ts';

export type Severity = 'error' | 'warning';

export type Rule =
  | 'compile'
  | 'story-info'
  | 'tag'
  | 'choice-tag-after-bracket'
  | 'no-pole'
  | 'approach-without-readiness'
  | 'readiness-without-approach'
  | 'same-approach-ladder'
  | 'ask-without-question'
  | 'decision-label-long'
  | 'decision-label-without-decision'
  | 'account-not-in-bible'
  | 'account-description'
  | 'account-untagged'
  | 'no-cast-bible'
  | 'ending-mid-story'
  | 'no-ending-tag'
  | 'float-literal'
  | 'tag-in-inline-conditional'
  | 'dead-end'
  | 'runtime-error'
  | 'ink-warning'
  | 'unreachable';

export interface Finding {
  readonly severity: Severity;
  readonly rule: Rule;
  /** The story file the finding belongs to (project-relative). */
  readonly file: string;
  /** Where in the sources, when known (an included file's line too). */
  readonly at: SourcePosition | undefined;
  readonly message: string;
  /** The choices that lead there from the start, for what only shows in play. */
  readonly choices?: readonly ChoiceStep[];
}

export type Locate = (inkPath: string) => SourcePosition | undefined;

/** What the story printed between two decisions, and the decision it stopped at. */
export interface BeatToLint {
  readonly lines: readonly InkLine[];
  /** The choices on offer at the end of the beat; undefined when the story ended. */
  readonly choices: readonly InkChoice[] | undefined;
  /** The choice that led to this beat. */
  readonly chose: InkChoice | undefined;
}

// The same tags come back on every path through a story: parse each text once.
const parsedLineTags = new Map<string, ReturnType<typeof parseTag<'line'>>>();
const parsedChoiceTags = new Map<string, ReturnType<typeof parseTags<'choice'>>>();

function parseLineTag(raw: string): ReturnType<typeof parseTag<'line'>> {
  let parsed = parsedLineTags.get(raw);
  if (!parsed) {
    parsed = parseTag(raw, 'line', '');
    parsedLineTags.set(raw, parsed);
  }
  return parsed;
}

const questioning = new Map<string, boolean>();

/** Whether an option's text asks something (looksLikeQuestioning), worked out once per text. */
function asksSomething(text: string): boolean {
  let asks = questioning.get(text);
  if (asks === undefined) {
    asks = looksLikeQuestioning(text);
    questioning.set(text, asks);
  }
  return asks;
}

/** A choice's tags, parsed (shared by every path that offers the choice). */
export function choiceTags(tags: readonly string[]): ReturnType<typeof parseTags<'choice'>> {
  const key = tags.join('\u0000');
  let parsed = parsedChoiceTags.get(key);
  if (!parsed) {
    parsed = parseTags(tags, 'choice', '');
    parsedChoiceTags.set(key, parsed);
  }
  return parsed;
}

/** The line tags of a line, parsed, without the ones ink only repeated. */
export function lineTags(line: InkLine): LineTag[] {
  const tags: LineTag[] = [];
  for (let i = line.echoed; i < line.tags.length; i++) {
    const parsed = parseLineTag(line.tags[i] as string);
    if (parsed.ok) tags.push(parsed.value);
  }
  return tags;
}

/** The readiness a beat declares for the decision that follows it. */
export function readinessOf(lines: readonly InkLine[]): Extract<LineTag, { kind: 'readiness' }> | undefined {
  return findTag<LineTag, 'readiness'>(lines.flatMap(lineTags), 'readiness');
}

/** The ending a beat marks, if any. */
export function endingOf(lines: readonly InkLine[]): string | undefined {
  return findTag<LineTag, 'ending'>(lines.flatMap(lineTags), 'ending')?.ending;
}

/** The `decision` tags of a beat, each with where it is written. */
function decisionLabels(lines: readonly InkLine[]): { label: string; path: string | null }[] {
  return lines.flatMap((line) => {
    const found: { label: string; path: string | null }[] = [];
    for (let t = line.echoed; t < line.tags.length; t++) {
      const parsed = parseLineTag(line.tags[t] as string);
      if (parsed.ok && parsed.value.kind === 'decision') found.push({ label: parsed.value.label, path: line.tagPaths[t] ?? line.path });
    }
    return found;
  });
}

/** Whether the map's box shows a label whole (its two lines, as map-svg wraps them). */
function fitsMapBox(label: string): boolean {
  return wrap(label, MAP_GEOMETRY.lineChars).join(' ') === label.replace(/\s+/g, ' ').trim();
}

/** Every tag and decision problem in one beat. */
export function lintBeat(beat: BeatToLint, file: string, locate: Locate): Finding[] {
  const findings: Finding[] = [];
  const add = (severity: Severity, rule: Rule, path: string | null, message: string) =>
    findings.push({ severity, rule, file, at: path === null ? undefined : locate(path), message });

  beat.lines.forEach((line, i) => {
    for (let t = line.echoed; t < line.tags.length; t++) {
      const raw = line.tags[t] as string;
      const parsed = parseLineTag(raw);
      if (parsed.ok) continue;
      const chose = beat.chose;
      if (i === 0 && chose && parseTag(raw, 'choice', '').ok) {
        add('error', 'choice-tag-after-bracket', chose.sourcePath,
          `the tag #${raw.trim()} comes after the closing bracket of the choice "${chose.text}", so ink gives it to the next line and the choice has no tags: move it inside the brackets, as in * [${chose.text} #${raw.trim()}]`);
      } else {
        add('error', 'tag', line.tagPaths[t] ?? line.path, `${parsed.error.tag} ${parsed.error.message}`);
      }
    }
    for (const warning of line.warnings) add('warning', 'ink-warning', line.path, withoutInkPrefix(warning));
  });

  const choices = beat.choices;
  for (const { label, path } of decisionLabels(beat.lines)) {
    if (!choices) add('warning', 'decision-label-without-decision', path, `the decision label "${label}" is on lines that end the story, not before a decision: the map has no box to name`);
    else if (!fitsMapBox(label)) {
      add('warning', 'decision-label-long', path, `the decision label "${label}" is ${label.length} characters; the map’s box shows two lines of ${MAP_GEOMETRY.lineChars}, so it will be cut: keep it to a few words`);
    }
  }
  if (!choices) return findings;
  const ending = endingOf(beat.lines);
  if (ending !== undefined) {
    const line = beat.lines.find((l) => lineTags(l).some((tag) => tag.kind === 'ending'));
    add('warning', 'ending-mid-story', line?.path ?? null, `#ending: ${ending} is on a line followed by choices, not at an end; the log records the first ending it meets`);
  }
  const readiness = readinessOf(beat.lines);
  const missingApproach: InkChoice[] = [];
  for (const choice of choices) {
    const { tags, errors } = choiceTags(choice.tags);
    for (const error of errors) add('error', 'tag', choice.sourcePath, `${error.tag} ${error.message} (on the option "${choice.text}")`);
    const poles = filterTags<ChoiceTag, 'pattern'>(tags, 'pattern');
    if (poles.length === 0) {
      add('error', 'no-pole', choice.sourcePath, `the option "${choice.text}" has no pattern pole: give every option one, such as #manage:control or #lead:empower, inside its brackets`);
    }
    if (poles.some((pole) => pole.pole === 'ask') && !asksSomething(choice.text)) {
      add('warning', 'ask-without-question', choice.sourcePath,
        `the option "${choice.text}" is tagged lead:ask but asks nothing: no question, and no coaching move such as "ask her what…", "what would you…" or "talk it through". ` +
          'A request, a polite instruction or leaving them to it is not ask (docs/authoring.md, "What each tag means"): change the tag, or say the question in the text');
    }
    const approach = findTag<ChoiceTag, 'approach'>(tags, 'approach');
    if (approach && !readiness) {
      add('error', 'approach-without-readiness', choice.sourcePath,
        `the option "${choice.text}" has #approach:${approach.approach} but its decision declares no readiness: put #readiness: R1 to R4 on the last line before the choices`);
    }
    if (!approach) missingApproach.push(choice);
  }
  const [firstMissing] = missingApproach;
  if (readiness && firstMissing) {
    const names = missingApproach.map((choice) => `"${choice.text}"`).join(', ');
    add('error', 'readiness-without-approach', firstMissing.sourcePath,
      `the decision declares readiness R${readiness.level}, but ${missingApproach.length === 1 ? 'this option has' : 'these options have'} no #approach: ${names}. ` +
        'Give every option one: direct, coach, support, delegate, or none when you do the task yourself (no fit is claimed for it)');
  }
  return findings;
}

/**
 * A decision's approach ladder: its options' approaches in the order written (`direct, coach, delegate`);
 * undefined when it has fewer than two options or one of them declares no approach.
 */
export function approachLadder(choices: readonly InkChoice[]): string[] | undefined {
  if (choices.length < 2) return undefined;
  const ladder = choices.map((choice) => findTag<ChoiceTag, 'approach'>(choiceTags(choice.tags).tags, 'approach')?.approach);
  return ladder.every((approach) => approach !== undefined) ? (ladder as string[]) : undefined;
}

/** The ink path of the last line with text (or the last line): where a story stopped. */
export function lastLinePath(lines: readonly InkLine[]): string | null {
  return ([...lines].reverse().find((line) => line.text.trim() !== '') ?? lines.at(-1))?.path ?? null;
}

/** A warning for each play-through end whose last beat has no #ending tag. */
export function lintEnd(lines: readonly InkLine[], file: string, locate: Locate): Finding[] {
  if (endingOf(lines) !== undefined) return [];
  const path = lastLinePath(lines);
  const at = path === null ? undefined : locate(path);
  return [{ severity: 'warning', rule: 'no-ending-tag', file, at, message: 'the story ends here without an #ending tag on its last lines, so the log records no ending' }];
}

/** A compiler message as a finding. */
export function compileFinding(d: InkDiagnostic, file: string): Finding {
  return { severity: d.severity === 'error' ? 'error' : 'warning', rule: 'compile', file, at: d.line === undefined ? undefined : { file: d.file, line: d.line }, message: d.message };
}

/** `RUNTIME ERROR: (Ink Pointer -> knot.0 -- index 4): message` → the message and the ink path it names. */
export function readRuntimeMessage(message: string): { message: string; path: string | undefined } {
  const pointer = /^(?:RUNTIME (?:ERROR|WARNING): )?\(Ink Pointer -> (\S*) -- index (\d+)\): /.exec(message);
  if (!pointer) return { message: withoutInkPrefix(message), path: undefined };
  const container = pointer[1] ?? '';
  return { message: message.slice(pointer[0].length), path: container === '' ? pointer[2] : `${container}.${pointer[2]}` };
}

function withoutInkPrefix(message: string): string {
  return message.replace(/^RUNTIME (ERROR|WARNING): /, '');
}

/**
 * Float literals such as `2.0` in the logic of the ink sources (`~` lines, VAR and CONST, `{…}`
 * expressions, divert arguments). A compiled story saved as JSON turns them into integers, and
 * `5 / 2.0` becomes 2. Narration is not read, so "version 2.0" in a line of text is fine.
 */
export function lintFloatLiterals(sources: readonly { readonly file: string; readonly text: string }[], storyFile: string): Finding[] {
  const findings: Finding[] = [];
  for (const { file, text } of sources) {
    let depth = 0; // how many `{` are open: inside a multi-line conditional, `- condition:` lines are logic
    withoutComments(text)
      .split('\n')
      .forEach((line, i) => {
        const logic = logicOf(line, depth > 0);
        depth = Math.max(0, depth + (line.match(/\{/g)?.length ?? 0) - (line.match(/\}/g)?.length ?? 0));
        for (const literal of logic.matchAll(/(?<![\w.])\d+\.0+(?![\w.])/g)) {
          findings.push({
            severity: 'warning',
            rule: 'float-literal',
            file: storyFile,
            at: { file, line: i + 1 },
            message: `the float ${literal[0]} becomes the integer ${Number(literal[0])} when the story is saved as JSON (so / divides as integers): write a whole number, or a fraction such as 2.5`,
          });
        }
      });
  }
  return findings;
}

/**
 * A tag written inside an inline conditional on one line (`{met: Hi. #mood: pleased|Hello.}`) runs to
 * the end of the line: ink makes the other branch and the closing brace part of the tag, so one branch
 * loses its text and the other gets a mood no one has. Tags go after the closing brace, or the
 * conditional goes on lines of its own. A `{…}` inside a tag (`#decision: Plan {met:met|not met}`) is
 * fine: that is the tag's own text, chosen as the line is played.
 */
export function lintTagsInInlineConditionals(sources: readonly { readonly file: string; readonly text: string }[], storyFile: string): Finding[] {
  const findings: Finding[] = [];
  for (const { file, text } of sources) {
    withoutComments(text)
      .split('\n')
      .forEach((line, i) => {
        if (!tagInsideBraces(line)) return;
        findings.push({
          severity: 'error',
          rule: 'tag-in-inline-conditional',
          file: storyFile,
          at: { file, line: i + 1 },
          message: 'a tag inside { } on one line takes the rest of the line, the other branch and the closing brace included: put the tags after the closing brace, or write the conditional on lines of its own',
        });
      });
  }
  return findings;
}

/** Whether a `#` (not escaped) starts inside a `{` opened earlier on the same line, with a `|` or `}` after it. */
function tagInsideBraces(line: string): boolean {
  let depth = 0;
  for (let at = 0; at < line.length; at++) {
    const char = line[at];
    if (char === '\\') at++;
    else if (char === '{') depth++;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (char === '#') {
      if (depth > 0 && /[|}]/.test(line.slice(at + 1))) return true;
      if (depth === 0) return false; // a tag at the top level: anything after it is the tag's own text
    }
  }
  return false;
}

/** Blank out comments, keeping the line breaks so that line numbers stay right. */
export function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).replace(/\/\/[^\n]*/g, '');
}

/** The parts of a source line that are ink logic rather than text, with string literals removed. */
function logicOf(line: string, inBlock: boolean): string {
  const condition = inBlock ? /^\s*-\s*([^:]*):/.exec(line)?.[1] ?? '' : '';
  const code = /^\s*(~|VAR\b|CONST\b|LIST\b|temp\b)/.test(line)
    ? line
    : [condition, ...[...line.matchAll(/\{[^{}]*\}|->\s*[\w.]+\s*\([^)]*\)/g)].map((m) => m[0])].join(' ');
  return code.replace(/"[^"]*"/g, '""');
}
