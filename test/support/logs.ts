/**
 * Choice logs made the honest way: by playing a real story with the core Session in Node, choosing
 * with a rule, on a clock that moves a few seconds per decision. Group logs get their votes the way
 * the game records them, through Session.choose.
 */
import type { ChoiceLog, PlayMode, VoteRecord } from '../../src/core/log/choice-log.ts';
import { toStoryOrder } from '../../src/core/option-order.ts';
import { openSession } from '../../src/core/session.ts';
import type { StoryChoice } from '../../src/core/story/runner.ts';
import { compiledFile } from './stories.ts';

const compiled = new Map<string, string>();

/** The compiled story, compiled once per test file. */
export function compiledOnce(file: string): string {
  const json = compiled.get(file) ?? compiledFile(file);
  compiled.set(file, json);
  return json;
}

export interface PlayOptions {
  /** Which option (position in the list as shown) to take at decision `step` (0-based). */
  readonly pick: (step: number, choices: readonly StoryChoice[]) => number;
  readonly alias?: string;
  readonly mode?: PlayMode;
  /** In group mode: the room's hands for each option at decision `step`, in the order shown (as the vote boxes are). */
  readonly votes?: (step: number, count: number, taken: number) => VoteRecord;
  /** When play starts (ms since the epoch). */
  readonly start?: number;
  /** Show the options shuffled from this seed (default: the story's order). */
  readonly shuffleSeed?: number;
}

export function playLog(file: string, options: PlayOptions): ChoiceLog {
  let now = options.start ?? Date.parse('2026-03-02T09:00:00Z');
  const clock = { now: () => now };
  const opened = openSession(compiledOnce(file), file, clock, {
    mode: options.mode ?? 'solo',
    ...(options.alias ? { alias: options.alias } : {}),
    app: { name: 'manage-or-lead', version: 'test' },
    ...(options.shuffleSeed === undefined ? {} : { shuffleSeed: options.shuffleSeed }),
  });
  if (!opened.ok) throw new Error(opened.error.message);
  const session = opened.value;
  let beat = session.begin();
  for (let step = 0; beat.ok && !beat.value.ended; step++) {
    if (step > 200) throw new Error(`${file} did not end within 200 decisions`);
    const choices = beat.value.choices;
    const taken = Math.min(options.pick(step, choices), choices.length - 1);
    now += 4_000 + ((step * 7_919) % 20_000);
    // Counted box by box in the order shown; the game logs them in the story's order (decision-panel.ts).
    const shown = options.votes?.(step, choices.length, taken);
    const votes = shown && { ...shown, tallies: toStoryOrder(choices.map((choice) => choice.index), shown.tallies) };
    beat = session.choose(choices[taken]?.index ?? -1, votes);
  }
  if (!beat.ok) throw new Error(beat.error.message);
  return session.log;
}

/** Hands for each option, most for the one taken: e.g. 7 / 3 / 2 in a room of 12. */
export function roomVotes(room = 12) {
  return (step: number, count: number, taken: number): VoteRecord => {
    const tallies = Array.from({ length: count }, (_, i) => (i === taken ? 0 : (step + i) % 4));
    const rest = tallies.reduce((a, b) => a + b, 0);
    tallies[taken] = Math.max(room - rest, Math.max(...tallies) + 1);
    return { tallies, decidedBy: step === 1 ? 'trainer' : 'majority' };
  };
}
