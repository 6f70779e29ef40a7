/** Key presses and animation frames, for the screens (which run before the engine) and the scenes. */

/**
 * Key presses: a DOM listener on the window rather than Phaser's keyboard
 * plugin. Phaser queues key events until its next frame, by when the HTML layer may already have
 * moved on, and a fast key press would act on the wrong screen; the screens shown before the engine
 * has loaded have no Phaser at all. Held-down keys do not repeat the action.
 */
export function listenForKeys(handler: (event: KeyboardEvent) => void): () => void {
  const listener = (event: KeyboardEvent) => {
    if (!event.repeat) handler(event);
  };
  window.addEventListener('keydown', listener);
  return () => window.removeEventListener('keydown', listener);
}

/** Call `onFrame` with the browser's frame time at every animation frame, until the returned function is called. */
export function everyFrame(onFrame: (now: number) => void): () => void {
  let request = requestAnimationFrame(function frame(now) {
    onFrame(now);
    request = requestAnimationFrame(frame);
  });
  return () => cancelAnimationFrame(request);
}
