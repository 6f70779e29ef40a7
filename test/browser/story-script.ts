/**
 * The expected screens of a play-through, worked out in Node with the real runner and the same
 * pagination the game uses, so browser tests can check that each choice leads where ink says.
 */
import type { ChoiceLog } from '../../src/core/log/choice-log.ts';
import { openSession } from '../../src/core/session.ts';
import { StoryRunner, type Beat } from '../../src/core/story/runner.ts';
import { paginate, type Page } from '../../src/presentation/play/pages.ts';
import { compiledFile } from '../support/stories.ts';

export interface ExpectedStep {
  readonly pages: readonly Page[];
  readonly choices: readonly string[];
  /** Index into `choices` that the script takes here (undefined at the end). */
  readonly take: number | undefined;
}

/** Play `file` taking `pick(step, choiceCount, choices)` at each decision; return every beat's pages and choices. */
export function expectedPlayThrough(file: string, pick: (step: number, count: number, choices: Beat['choices']) => number): ExpectedStep[] {
  const opened = StoryRunner.open(compiledFile(file), file);
  if (!opened.ok) throw new Error(opened.error.message);
  const runner = opened.value;
  const steps: ExpectedStep[] = [];
  for (let step = 0; step < 200; step++) {
    const result = runner.continue();
    if (!result.ok) throw new Error(result.error.message);
    const beat: Beat = result.value;
    const take = beat.ended ? undefined : pick(step, beat.choices.length, beat.choices);
    steps.push({ pages: paginate(beat.lines), choices: beat.choices.map((c) => c.text), take });
    if (take === undefined) return steps;
    const chosen = runner.choose(beat.choices[take]?.index ?? -1);
    if (!chosen.ok) throw new Error(chosen.error.message);
  }
  throw new Error(`${file} did not end within 200 decisions`);
}

/**
 * The log the same play-through produces (times aside), for checking figures the game shows; with the
 * seed the game drew, the same shown order too. `take` is a place in the story's order, which is the
 * story's choice index, wherever the option was shown.
 */
export function expectedLog(file: string, steps: readonly ExpectedStep[], shuffleSeed?: number): ChoiceLog {
  const opened = openSession(compiledFile(file), file, { now: () => 0 }, shuffleSeed === undefined ? {} : { shuffleSeed });
  if (!opened.ok) throw new Error(opened.error.message);
  const session = opened.value;
  let beat = session.begin();
  for (const step of steps) {
    if (step.take === undefined || !beat.ok) break;
    beat = session.choose(step.take);
  }
  return session.log;
}
