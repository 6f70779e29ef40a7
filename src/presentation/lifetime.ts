/**
 * How long a screen lasts: one run of a scene (from its start to its shutdown), or of an HTML screen
 * (until it is disposed). Anything the screen sets going that answers later (a picture loading, a
 * timer, a tween's end, a promise, a sound) answers through its lifetime, and an answer that comes
 * after the end does nothing: it never touches what the screen made, which is gone by then, even
 * when the same scene is running again (a new run has a new lifetime).
 *
 * This file has no engine import: the screens shown before the engine has loaded use it too.
 */
export class Lifetime {
  private cleanups: (() => void)[] = [];
  private ended = false;

  /** True until `end`. */
  get alive(): boolean {
    return !this.ended;
  }

  /** Run `cleanup` when this ends (at once, if it has ended already). */
  own(cleanup: () => void): void {
    if (this.ended) cleanup();
    else this.cleanups.push(cleanup);
  }

  /** `callback`, made to do nothing once this has ended: for anything that calls back later. */
  bind<A extends unknown[]>(callback: (...args: A) => void): (...args: A) => void {
    return (...args: A) => {
      // `args` are this call's own arguments, so they are as few as the caller passed: no file makes them.
      // eslint-disable-next-line no-restricted-syntax
      if (!this.ended) callback(...args);
    };
  }

  /** When `promise` settles, and only if this is still alive: its value to `onValue`, its failure to `onError` (default: thrown on, as before). */
  then<T>(promise: Promise<T>, onValue: (value: T) => void, onError?: (error: unknown) => void): void {
    promise.then(this.bind(onValue), (error: unknown) => {
      if (this.ended) return;
      if (onError) onError(error);
      else throw error;
    });
  }

  /** A timer that is cleared when this ends. */
  setTimeout(work: () => void, ms: number): void {
    const timer = setTimeout(this.bind(work), ms);
    this.own(() => clearTimeout(timer));
  }

  /** End: run the clean-ups, newest first, and make every bound callback a no-op. Once only. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    const cleanups = this.cleanups;
    this.cleanups = [];
    for (const cleanup of cleanups.reverse()) cleanup();
  }
}

/** What a scene's lifetime needs of a scene (a Phaser.Scene has it): its events. */
export interface RunningScene {
  readonly events: {
    once(event: 'shutdown' | 'destroy', listener: () => void): unknown;
    off(event: 'shutdown' | 'destroy', listener: () => void): unknown;
  };
}

const runs = new WeakMap<RunningScene, Lifetime>();

/**
 * The lifetime of `scene`'s current run, ended when the scene shuts down or is destroyed. Ask for it
 * while the run is on (in `init` or `create`, or a widget's constructor) and keep it: asked for
 * after a shutdown, it is already the next run's.
 */
export function lifetimeOf(scene: RunningScene): Lifetime {
  const known = runs.get(scene);
  if (known) return known;
  const run = new Lifetime();
  runs.set(scene, run);
  const end = () => {
    scene.events.off('shutdown', end);
    scene.events.off('destroy', end);
    if (runs.get(scene) === run) runs.delete(scene);
    run.end();
  };
  scene.events.once('shutdown', end);
  scene.events.once('destroy', end);
  return run;
}
