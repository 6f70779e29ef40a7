/**
 * Drives a compiled ink story from one decision to the next with the inkjs runtime the game ships,
 * keeping every line as ink printed it (text, tags, errors). Shared by the story checker, which
 * saves and restores states to explore every path, and by the terminal player.
 *
 * It knows nothing of the game's tags: it plays any ink. Callers parse tags with src/core/story/tags.ts.
 */
import { Story } from 'inkjs';
import { capSteps, MAX_INK_STEPS, runawayMessage, type StepCap } from '../src/core/story/step-cap.ts';

export interface InkLine {
  /** The text as ink printed it, with its trailing newline (inklecate prints it as is). */
  readonly text: string;
  /** Every tag of the line, as ink reports it. */
  readonly tags: readonly string[];
  /**
   * How many leading tags only repeat other tags: ink puts the global tags on the first line too, and
   * a choice written without brackets repeats its tags on the line that prints its text.
   */
  readonly echoed: number;
  /** The ink path of the line's first text (e.g. `flags.0.99`), to find it in the source. */
  readonly path: string | null;
  /** The ink path of each tag, in the order of `tags` (null where ink built the tag at run time). */
  readonly tagPaths: readonly (string | null)[];
  /** Runtime errors and warnings ink raised while printing this line. */
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

export interface InkChoice {
  /** 0-based, as inkjs counts; people see it plus one. */
  readonly index: number;
  readonly text: string;
  readonly tags: readonly string[];
  /** The ink path of the choice, to find it in the source. */
  readonly sourcePath: string;
}

/** Why the story stopped printing. */
export type InkStop =
  | { readonly kind: 'choices'; readonly choices: readonly InkChoice[] }
  /** `-> END`, `-> DONE`, or the end of the top-level flow. */
  | { readonly kind: 'end' }
  /** Ink ran out of content without reaching an end: no choice, no `-> END`, or a tunnel or function that never returns. */
  | { readonly kind: 'dead-end'; readonly message: string }
  /** `path`: where ink was when it stopped, when the message itself does not say (see `maxSteps`). */
  | { readonly kind: 'error'; readonly message: string; readonly path?: string };

/** A stop with no choice: the story is over, one way or another. */
export type InkEnd = Exclude<InkStop, { readonly kind: 'choices' }>;

export interface InkStep {
  readonly lines: readonly InkLine[];
  readonly stop: InkStop;
}

export interface InkStepperOptions {
  /** Fixes ink's random seed (RANDOM, shuffles), so that a run can be repeated. */
  readonly seed?: number;
  /** Called with the path of every container the story enters: knots, stitches, gathers, choices. */
  readonly onVisit?: (containerPath: string) => void;
  /**
   * At most this many ink steps from one decision to the next (default MAX_INK_STEPS): a story that loops
   * with no choice (a knot diverting to itself) stops with an error instead of running for ever.
   */
  readonly maxSteps?: number;
}

/** A number such as `2.0` somewhere in a save. */
export const INTEGRAL_FLOAT = /\d\.0+(?!\d)/;

/** inkjs's ControlCommand.CommandType values around a tag in the output (not exported by the runtime bundle). */
const BEGIN_TAG = 24;
const END_TAG = 25;

/** The runtime messages that mean "the story stopped without an ending". */
const RAN_OUT = /ran out of content|unexpectedly reached end of content/;

export class InkStepper {
  readonly story: Story;
  private errors: string[] = [];
  private warnings: string[] = [];
  private echo: readonly string[];
  private readonly seed: number | undefined;
  private readonly cap: StepCap;
  private readonly maxSteps: number;

  constructor(compiledJson: string, options: InkStepperOptions = {}) {
    this.story = new Story(compiledJson.replace(/^\uFEFF/, ''));
    // Without a handler inkjs throws on the first error, and even on a warning.
    this.story.onError = (message, type) => {
      if (type === 2) this.errors.push(message);
      else this.warnings.push(message);
    };
    this.seed = options.seed;
    this.fixSeed();
    const onVisit = options.onVisit;
    if (onVisit) {
      const visit = this.story.VisitContainer.bind(this.story);
      this.story.VisitContainer = (container, atStart) => {
        onVisit(container.path.toString());
        visit(container, atStart);
      };
    }
    this.echo = this.story.globalTags ?? [];
    this.maxSteps = options.maxSteps ?? MAX_INK_STEPS;
    this.cap = capSteps(this.story, this.maxSteps);
  }

  /** Print lines up to the next decision or the end. */
  run(): InkStep {
    const lines: InkLine[] = [];
    this.cap.reset();
    while (this.story.canContinue) {
      const path = this.story.state.currentPathString;
      let text = '';
      try {
        text = this.story.Continue() ?? '';
      } catch (error) {
        this.errors.push(error instanceof Error ? error.message : String(error));
      }
      const tags = this.story.currentTags ?? [];
      const echo = this.echo;
      this.echo = [];
      const echoed = echo.length > 0 && echo.every((tag, i) => tags[i] === tag) ? echo.length : 0;
      const errors = this.errors.splice(0);
      const source = this.sourceOfLine();
      lines.push({ text, tags, echoed, path: source.path ?? path, tagPaths: source.tagPaths, errors, warnings: this.warnings.splice(0) });
      const [first] = errors;
      if (first !== undefined) return { lines, stop: RAN_OUT.test(first) ? { kind: 'dead-end', message: first } : { kind: 'error', message: first } };
      const stoppedAt = this.cap.stoppedAt;
      if (stoppedAt !== undefined) return { lines, stop: { kind: 'error', message: runawayMessage(this.maxSteps), ...(stoppedAt ? { path: stoppedAt } : {}) } };
    }
    const choices = this.story.currentChoices.map((choice) => ({
      index: choice.index,
      text: choice.text,
      tags: choice.tags ?? [],
      sourcePath: choice.sourcePath,
    }));
    return { lines, stop: choices.length > 0 ? { kind: 'choices', choices } : { kind: 'end' } };
  }

  /**
   * Where the line just printed comes from: the output holds the very text and tag objects of the
   * compiled story, and their place in it is an ink path.
   */
  private sourceOfLine(): { path: string | null; tagPaths: (string | null)[] } {
    let path: string | null = null;
    const tagPaths: (string | null)[] = [];
    let inTag = false;
    for (const item of this.story.state.outputStream) {
      const command = (item as { commandType?: number }).commandType;
      if (command === BEGIN_TAG || command === END_TAG) {
        inTag = command === BEGIN_TAG;
        if (inTag) tagPaths.push(null);
        continue;
      }
      const where = item.parent ? item.path.toString() : null;
      if (inTag) {
        if (tagPaths.at(-1) === null) tagPaths[tagPaths.length - 1] = where;
      } else if (path === null && where !== null && /\S/.test(String((item as { value?: unknown }).value ?? ''))) {
        path = where;
      }
    }
    return { path, tagPaths };
  }

  /** Take choice `index` (0-based) and print up to the next decision or the end. */
  choose(index: number): InkStep {
    const choice = this.story.currentChoices[index];
    if (!choice) return { lines: [], stop: { kind: 'error', message: `choice ${index + 1} is not on offer` } };
    try {
      this.story.ChooseChoiceIndex(index);
    } catch (error) {
      return { lines: [], stop: { kind: 'error', message: error instanceof Error ? error.message : String(error) } };
    }
    this.echo = choice.tags ?? [];
    return this.run();
  }

  /** Back to the start, as if new. */
  restart(): void {
    this.story.ResetState();
    this.fixSeed();
    this.errors = [];
    this.warnings = [];
    this.echo = this.story.globalTags ?? [];
  }

  private fixSeed(): void {
    if (this.seed === undefined) return;
    this.story.state.storySeed = this.seed;
    this.story.state.previousRandom = 0;
  }

  /**
   * The whole ink state as JSON (inkjs's save format). The text printed so far is dropped first:
   * every Continue starts from an empty output anyway, and the save is smaller and quicker.
   */
  save(): string {
    this.story.state.ResetOutput();
    return this.story.state.toJson();
  }

  load(state: string): void {
    // inkjs's own reader keeps floats such as 2.0 apart from integers but is slow; JSON.parse is
    // ten times faster and loses nothing when no such float is in the save.
    if (INTEGRAL_FLOAT.test(state)) this.story.state.LoadJson(state);
    else this.story.state.LoadJsonObj(JSON.parse(state) as Record<string, unknown>);
    this.errors = [];
    this.warnings = [];
    this.echo = [];
  }

  /** The value of a global ink variable, or undefined. */
  variable(name: string): unknown {
    return this.story.variablesState.$(name) ?? undefined;
  }
}
