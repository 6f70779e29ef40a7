/**
 * The story runner: the one place that drives inkjs. It turns ink's output into Beats — the lines up
 * to the next decision, each with its tags parsed — and turns every ink error into a typed result.
 */
import { Story } from 'inkjs';
import { err, ok, type Result } from '../result.ts';
import { readStoryInfo, type StoryInfo } from './info.ts';
import { capSteps, runawayMessage, MAX_INK_STEPS, type StepCap } from './step-cap.ts';
import { parseTags, type ChoiceTag, type LineTag, type TagError } from './tags.ts';
import { appendAll } from '../arrays.ts';
import { boundedMessage, excerptOf } from '../text/excerpt.ts';

export interface StoryLine {
  /** The text as ink printed it, without the trailing newline. May be empty for a tag-only line. */
  readonly text: string;
  readonly tags: readonly LineTag[];
}

export interface StoryChoice {
  /** The index to pass to `choose`. */
  readonly index: number;
  readonly text: string;
  readonly tags: readonly ChoiceTag[];
  /** The tags as the author wrote them, for the log. */
  readonly rawTags: readonly string[];
  /**
   * Where the option leads in the compiled story (ink's target path, e.g. `flags.0.c-1`). The same
   * option of the same decision has the same path on every play-through, whichever options are on
   * offer beside it, so reports to a learning system can name decisions and options by it.
   */
  readonly path?: string;
}

/** Everything ink printed up to the next decision or the end. */
export interface Beat {
  readonly lines: readonly StoryLine[];
  readonly choices: readonly StoryChoice[];
  readonly ended: boolean;
  /** Ink warnings and tag errors met on the way; the story went on regardless. */
  readonly warnings: readonly StoryProblem[];
}

export type StoryProblem =
  | { readonly kind: 'ink-warning'; readonly message: string }
  | { readonly kind: 'tag'; readonly error: TagError };

/** Why the story could not go on. */
export type StoryFailure =
  | { readonly kind: 'ink-error'; readonly message: string }
  | { readonly kind: 'not-offered'; readonly message: string; readonly index: number }
  | { readonly kind: 'bad-json'; readonly message: string }
  | { readonly kind: 'bad-state'; readonly message: string };

export function describeProblem(problem: StoryProblem): string {
  return problem.kind === 'ink-warning' ? problem.message : `${problem.error.where}: ${problem.error.tag} ${problem.error.message}`;
}

/** A runner's state, for saving: the ink state, and the tags ink will echo on the next line. */
export interface RunnerSnapshot {
  readonly ink: string;
  readonly echo: readonly string[];
}

export class StoryRunner {
  readonly info: StoryInfo;
  /** Problems found in the global tags when the story was opened. */
  readonly infoErrors: readonly TagError[];
  private readonly story: Story;
  private readonly file: string;
  /** A story that loops with no choice stops with a message instead of holding the page (a player's own story may). */
  private readonly cap: StepCap;
  private pendingErrors: string[] = [];
  private pendingWarnings: string[] = [];
  /** Tags to drop from the next line: the global tags (ink repeats them on the first line) or the chosen choice's. */
  private echoedTags: readonly string[];

  private constructor(story: Story, file: string) {
    this.story = story;
    this.file = file;
    // Without a handler inkjs throws on the first error, and even on a warning.
    story.onError = (message, type) => {
      if (type === 2) this.pendingErrors.push(message);
      else this.pendingWarnings.push(message);
    };
    const { info, errors } = readStoryInfo(story.globalTags, file);
    this.info = info;
    this.infoErrors = errors;
    this.echoedTags = story.globalTags ?? [];
    this.cap = capSteps(story);
  }

  /** Open a compiled story. `file` names it in messages (e.g. `stories/forecast.ink`). */
  static open(compiledJson: string | object, file: string): Result<StoryRunner, StoryFailure> {
    try {
      const json = typeof compiledJson === 'string' ? compiledJson.replace(/^\uFEFF/, '') : compiledJson;
      return ok(new StoryRunner(new Story(json as string), file));
    } catch (error) {
      return err({ kind: 'bad-json', message: `${file} could not be opened: ${messageOf(error)}` });
    }
  }

  get ended(): boolean {
    return !this.story.canContinue && this.story.currentChoices.length === 0;
  }

  /** The current value of an ink variable, or undefined when the story has none of that name. */
  variable(name: string): unknown {
    return this.story.variablesState.$(name) ?? undefined;
  }

  /** Run to the next decision or the end. */
  continue(): Result<Beat, StoryFailure> {
    const lines: StoryLine[] = [];
    const warnings: StoryProblem[] = [];
    this.cap.reset();
    try {
      while (this.story.canContinue) {
        const where = `${this.file}, ${describePath(this.story.state.currentPathString)}`;
        const text = (this.story.Continue() ?? '').replace(/\n$/, '');
        const failure = this.takeErrors(warnings);
        if (failure) return err(failure);
        const runaway = this.cap.stoppedAt;
        if (runaway !== undefined) return err({ kind: 'ink-error', message: `${this.file}, ${describePath(runaway || null)}: ${runawayMessage(MAX_INK_STEPS)}` });
        const { tags, errors } = parseTags(this.withoutEcho(this.story.currentTags ?? []), 'line', nearText(where, text));
        appendAll(warnings, errors.map((error) => ({ kind: 'tag' as const, error })));
        if (text.trim() !== '' || tags.length > 0) lines.push({ text, tags });
      }
    } catch (error) {
      this.takeErrors(warnings);
      return err({ kind: 'ink-error', message: `${this.file}: ${messageOf(error)}` });
    }
    const choices = this.story.currentChoices.map((choice): StoryChoice => {
      const rawTags = choice.tags ?? [];
      // Named only for a choice with tags to read (the explorer takes this path for every choice it meets).
      const where = rawTags.length === 0 ? '' : `${this.file}, choice "${excerptOf(choice.text)}" at ${choice.sourcePath}`;
      const { tags, errors } = parseTags(rawTags, 'choice', where);
      appendAll(warnings, errors.map((error) => ({ kind: 'tag' as const, error })));
      const path = choice.targetPath?.toString();
      return path ? { index: choice.index, text: choice.text, tags, rawTags, path } : { index: choice.index, text: choice.text, tags, rawTags };
    });
    return ok({ lines, choices, ended: choices.length === 0, warnings });
  }

  /** Take one of the choices on offer; anything else is refused and changes nothing. */
  choose(index: number): Result<void, StoryFailure> {
    const offered = this.story.currentChoices;
    const choice = offered.find((c) => c.index === index);
    if (!Number.isInteger(index) || !choice) {
      const range = offered.length === 0 ? 'no choices are on offer' : `choices on offer are 0 to ${offered.length - 1}`;
      return err({ kind: 'not-offered', index, message: `choice ${index} is not on offer: ${range}` });
    }
    try {
      this.story.ChooseChoiceIndex(index);
    } catch (error) {
      return err({ kind: 'ink-error', message: `${this.file}: ${messageOf(error)}` });
    }
    const failure = this.takeErrors([]);
    if (failure) return err(failure);
    // A choice written without brackets prints its own text, and ink repeats its tags on that line.
    this.echoedTags = choice.tags ?? [];
    return ok(undefined);
  }

  /** Everything needed to carry on later from exactly here: the ink state and the runner's own memory. */
  snapshot(): RunnerSnapshot {
    return { ink: this.saveState(), echo: [...this.echoedTags] };
  }

  /** Carry on from a snapshot. On failure the current state is kept as it was. */
  restore(snapshot: RunnerSnapshot): Result<void, StoryFailure> {
    const loaded = this.loadState(snapshot.ink);
    if (loaded.ok) this.echoedTags = [...snapshot.echo];
    return loaded;
  }

  /** The whole ink state (position, variables, visit counts) as JSON. */
  saveState(): string {
    return this.story.state.toJson();
  }

  /** Restore a state from `saveState`. On failure the current state is kept as it was. */
  loadState(json: string): Result<void, StoryFailure> {
    const before = this.story.state.toJson();
    try {
      this.story.state.LoadJson(json);
      this.echoedTags = [];
      return ok(undefined);
    } catch (error) {
      this.story.state.LoadJson(before);
      return err({ kind: 'bad-state', message: `the saved position could not be restored: ${messageOf(error)}` });
    }
  }

  private withoutEcho(tags: readonly string[]): string[] {
    const echo = this.echoedTags;
    this.echoedTags = [];
    const startsWithEcho = echo.length > 0 && echo.every((tag, i) => tags[i] === tag);
    return startsWithEcho ? tags.slice(echo.length) : [...tags];
  }

  /** Move collected ink warnings into `warnings`; turn the first ink error into a failure. */
  private takeErrors(warnings: StoryProblem[]): StoryFailure | undefined {
    appendAll(warnings, this.pendingWarnings.map((message) => ({ kind: 'ink-warning' as const, message })));
    this.pendingWarnings = [];
    const [first] = this.pendingErrors;
    this.pendingErrors = [];
    return first === undefined ? undefined : { kind: 'ink-error', message: `${this.file}: ${first}` };
  }
}

function describePath(path: string | null): string {
  return path ? `at ${path}` : 'at the start';
}

function nearText(where: string, text: string): string {
  const short = text.trim().slice(0, 40);
  return short ? `${where}, line "${short}${text.trim().length > 40 ? '…' : ''}"` : where;
}

/** An ink error in words, bounded: ink quotes the story's own text in some (an own story's, at any length). */
function messageOf(error: unknown): string {
  return boundedMessage(error instanceof Error ? error.message : String(error));
}
