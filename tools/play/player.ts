/**
 * A terminal player for any compiled ink story. Two formats:
 *
 * - `story`: the text as the game tells it: `Priya: text` for a line with a speaker tag, the game's
 *   own tags hidden, any other tag shown as `# tags: …`, choices numbered from 1.
 * - `transcript`: inklecate's play mode, line for line, so that a run can be compared with one made
 *   by inklecate or another ink tool: each line as ink printed it, `# tags: a, b` after a line with
 *   tags, runtime errors after their line, an empty line and then `N: text` for each choice, and the
 *   `?> ` prompt, after which the input is not echoed (as when inklecate reads a pipe).
 */
import { findTag, parseTag, type LineTag } from '../../src/core/story/tags.ts';
import { InkStepper, type InkChoice, type InkLine, type InkStep } from '../ink-stepper.ts';
import { pick, seededRandom } from '../seeded-random.ts';

export type PlayFormat = 'story' | 'transcript';

/** The next line the player typed, or undefined when there is no more input. */
export type Input = (choices: readonly InkChoice[]) => Promise<string | undefined>;

export interface PlayOptions {
  readonly format: PlayFormat;
  readonly input: Input;
  readonly write: (text: string) => void;
  /** Print what was entered after the prompt (for scripted and random input, which nobody typed). */
  readonly echo?: boolean;
  /** Ink's random seed, so that RANDOM and shuffles repeat. */
  readonly seed?: number;
}

export interface PlayResult {
  /** The choices taken, numbered from 1. */
  readonly choices: readonly number[];
  /** How it stopped: the story ended, ran out of content or failed, or the input ran out or asked to quit. */
  readonly stopped: 'end' | 'dead-end' | 'error' | 'input-closed' | 'quit';
  /** The #ending tag met, if any. */
  readonly ending: string | undefined;
}

const HELP = "Type a choice number, or 'quit' to stop.";

/** Play a compiled story from the start until it ends or the input runs out. */
export async function playStory(compiledJson: string, options: PlayOptions): Promise<PlayResult> {
  const stepper = new InkStepper(compiledJson, { seed: options.seed });
  const out = options.format === 'transcript' ? new TranscriptWriter(options.write) : new StoryWriter(options.write);
  const choices: number[] = [];
  let step: InkStep = stepper.run();
  for (;;) {
    out.lines(step.lines);
    const stop = step.stop;
    if (stop.kind !== 'choices') {
      out.end(stop.kind, 'message' in stop ? stop.message : undefined);
      return { choices, stopped: stop.kind, ending: out.ending };
    }
    out.choices(stop.choices);
    const chosen = await ask(stop.choices, options, out);
    if (typeof chosen === 'string') return { choices, stopped: chosen, ending: out.ending };
    choices.push(chosen + 1);
    step = stepper.choose(chosen);
  }
}

/** Prompt until a valid choice comes (0-based), or the input closes or asks to quit. */
async function ask(choices: readonly InkChoice[], options: PlayOptions, out: Writer): Promise<number | 'input-closed' | 'quit'> {
  for (;;) {
    options.write('?> ');
    const input = await options.input(choices);
    if (input === undefined) {
      options.write('<User input stream closed.>\n');
      return 'input-closed';
    }
    if (options.echo) options.write(`${input}\n`);
    const text = input.trim();
    if (/^\d+$/.test(text)) {
      const index = Number(text) - 1;
      if (index >= 0 && index < choices.length) return index;
      // Like inklecate: a number past the last choice is out of range; 0 just asks again.
      if (index >= choices.length) out.note('Choice out of range');
    } else if (/^(quit|exit)$/i.test(text)) {
      return 'quit';
    } else if (/^help$/i.test(text)) {
      out.note(HELP);
    } else {
      out.note("Unexpected input. Type 'help' or a choice number.");
    }
  }
}

interface Writer {
  ending: string | undefined;
  lines(lines: readonly InkLine[]): void;
  choices(choices: readonly InkChoice[]): void;
  note(text: string): void;
  end(kind: 'end' | 'dead-end' | 'error', message: string | undefined): void;
}

/** inklecate's play format. */
class TranscriptWriter implements Writer {
  ending: string | undefined;

  constructor(private readonly write: (text: string) => void) {}

  lines(lines: readonly InkLine[]): void {
    for (const line of lines) {
      this.write(line.text);
      if (line.tags.length > 0) this.write(`# tags: ${line.tags.join(', ')}\n`);
      for (const message of [...line.errors, ...line.warnings]) this.write(`${message}\n`);
      this.ending ??= endingIn(line);
    }
  }

  choices(choices: readonly InkChoice[]): void {
    this.write(`\n${choices.map((choice, i) => `${i + 1}: ${choice.text}\n`).join('')}`);
  }

  note(text: string): void {
    this.write(`${text}\n`);
  }

  end(): void {
    // inklecate prints nothing when the story ends.
  }
}

/** The text as the game tells it. */
class StoryWriter implements Writer {
  ending: string | undefined;

  constructor(private readonly write: (text: string) => void) {}

  lines(lines: readonly InkLine[]): void {
    for (const line of lines) {
      const own: LineTag[] = [];
      const other: string[] = [];
      for (const raw of line.tags.slice(line.echoed)) {
        const parsed = parseTag(raw, 'line', '');
        if (parsed.ok) own.push(parsed.value);
        else other.push(raw.trim());
      }
      const text = line.text.replace(/\n$/, '');
      if (findTag<LineTag, 'clear'>(own, 'clear')) this.write('\n');
      const speaker = findTag<LineTag, 'speaker'>(own, 'speaker')?.name;
      if (text.trim() !== '') this.write(`${speaker ? `${speaker}: ` : ''}${text}\n`);
      if (other.length > 0) this.write(`# tags: ${other.join(', ')}\n`);
      for (const message of [...line.errors, ...line.warnings]) this.write(`! ${message}\n`);
      this.ending ??= endingIn(line);
    }
  }

  choices(choices: readonly InkChoice[]): void {
    this.write(`\n${choices.map((choice, i) => `${i + 1}: ${choice.text}\n`).join('')}`);
  }

  note(text: string): void {
    this.write(`${text}\n`);
  }

  end(kind: 'end' | 'dead-end' | 'error', message: string | undefined): void {
    if (kind === 'end') this.write(`\n--- End of story${this.ending ? ` (ending: ${this.ending})` : ''} ---\n`);
    else this.write(`\n--- The story stopped: ${message ?? kind} ---\n`);
  }
}

function endingIn(line: InkLine): string | undefined {
  for (const raw of line.tags) {
    const parsed = parseTag(raw, 'line', '');
    if (parsed.ok && parsed.value.kind === 'ending') return parsed.value.ending;
  }
  return undefined;
}

/** Input from a list of choice numbers, e.g. from `--choices 1,2,1`. */
export function scriptedInput(numbers: readonly number[]): Input {
  const queue = [...numbers];
  return async () => {
    const next = queue.shift();
    return next === undefined ? undefined : String(next);
  };
}

/** Input that picks a choice at random, the same way for the same seed. */
export function randomInput(seed: number): Input {
  const random = seededRandom(seed);
  return async (choices) => String(pick(random, choices.length) + 1);
}

/** Input from the lines of a text stream (standard input). */
export function lineInput(lines: AsyncIterator<string>): Input {
  return async () => {
    const next = await lines.next();
    return next.done ? undefined : next.value;
  };
}
