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

/**
 * Resolves once the player has pressed no key and clicked nothing for `quietMs` (counting from now),
 * or after `latestMs` whatever they do. For work that holds the main thread for a long while (the
 * engine's start), which would otherwise hold back the answer to a player's next key.
 */
export function afterInputPause(quietMs: number, latestMs: number): Promise<void> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const restart = () => {
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    };
    const latest = setTimeout(() => done(), latestMs);
    function done(): void {
      clearTimeout(quiet);
      clearTimeout(latest);
      window.removeEventListener('keydown', restart, true);
      window.removeEventListener('pointerdown', restart, true);
      resolve();
    }
    window.addEventListener('keydown', restart, true);
    window.addEventListener('pointerdown', restart, true);
    restart();
  });
}
