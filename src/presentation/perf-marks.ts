/**
 * Named moments for `npm run bench` (bench/run.ts) and the browser's performance tools. Each is one
 * `performance.mark`, a few microseconds, with the previous mark of the same name cleared first, so
 * a long session keeps one entry per name; the bench watches them with a PerformanceObserver.
 */
/** `scenes-ready`: the engine has taken over the screen on show (the pictures join the text from here). */
export type PerfMark = 'title-interactive' | 'engine-ready' | 'scenes-ready' | 'first-choice-shown' | 'choice-made' | 'text-shown';

export function perfMark(name: PerfMark): void {
  performance.clearMarks(name);
  performance.mark(name);
}

let firstChoiceShown = false;

/** Text is on screen (in the DOM, for the next frame); `withChoices` when it offers a decision. */
export function markTextShown(withChoices: boolean): void {
  perfMark('text-shown');
  if (withChoices && !firstChoiceShown) {
    firstChoiceShown = true;
    perfMark('first-choice-shown');
  }
}
