/**
 * A cap on ink's steps between two decisions. A story that loops with no choice (a knot diverting to
 * itself) never returns from `Continue()`, or prints lines for ever: past the cap the flow is ended,
 * which lets inkjs finish its Continue cleanly (a thrown error would leave it mid-continue), and the
 * caller reports where it was. Used by the game's runner and by the story checker's stepper.
 */
import type { Story } from 'inkjs';

/**
 * The shipped stories take at most ~700 steps between two decisions, and inkjs runs about a million
 * a second in Node, so a runaway story stops within a fifth of a second or so.
 */
export const MAX_INK_STEPS = 200_000;

/** The message of a story stopped at the cap. */
export const RUNAWAY_MESSAGE = /^the story ran [\d,]+ steps without reaching a choice or an end/;

export function runawayMessage(maxSteps: number): string {
  return `the story ran ${maxSteps.toLocaleString('en')} steps without reaching a choice or an end, so it seems to loop for ever (a knot that diverts back to itself, or a loop with no choice in it?)`;
}

export interface StepCap {
  /** Start counting again: call before running to the next decision. */
  reset(): void;
  /** The ink path where the cap stopped the story since the last reset (`''` when ink had none), or undefined. */
  readonly stoppedAt: string | undefined;
}

/** Count `story`'s single steps (inkjs's `ContinueSingleStep`, its one step) and end the flow past `maxSteps`. */
export function capSteps(story: Story, maxSteps = MAX_INK_STEPS): StepCap {
  let steps = 0;
  let stoppedAt: string | undefined;
  const step = story.ContinueSingleStep.bind(story);
  story.ContinueSingleStep = () => {
    if (++steps <= maxSteps) return step();
    stoppedAt ??= story.state.currentPathString ?? '';
    story.state.ForceEnd();
    return false;
  };
  return {
    reset() {
      steps = 0;
      stoppedAt = undefined;
    },
    get stoppedAt() {
      return stoppedAt;
    },
  };
}
