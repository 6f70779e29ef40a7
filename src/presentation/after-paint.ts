/**
 * Run work after the browser has painted the next frame. What follows a choice splits in two: the
 * new text, which the player waits for, and what can come a frame later without anyone noticing
 * (meters sliding, sound cues starting). Doing the second part here keeps it from delaying the first:
 * a task queued from an animation frame runs after that frame is on screen.
 *
 * In a hidden tab animation frames wait until the tab is shown again; so does this work, in order.
 */
export function afterNextPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}
