import Phaser from 'phaser';
import { lifetimeOf, type Lifetime } from '../lifetime.ts';
import type { SceneKey } from '../services.ts';

/**
 * Every scene of the game: each run has a lifetime (see lifetime.ts), and leaves through `go`, the one
 * way from one screen to the next. A screen change is taken once: Phaser makes it at its next frame,
 * and until then whatever else is pressed (the same button again in a double click, a second button
 * in the same instant, a key) would start a second scene beside the first: `go` takes the first and
 * ignores the rest, until the next run. The linter keeps scenes from calling `this.scene.start` (or
 * launch, switch, restart, run) anywhere but here.
 */
export abstract class GuardedScene extends Phaser.Scene {
  private current: Lifetime | undefined;
  private leaving = false;

  /** Phaser calls this on every start; children call super.init() first. */
  init(_data?: unknown): void {
    this.current = lifetimeOf(this);
    this.leaving = false;
  }

  /** This run of the scene: what answers later answers through it, and does nothing after the shutdown. */
  protected get run(): Lifetime {
    return (this.current ??= lifetimeOf(this));
  }

  /** True once this run has chosen where to go: from then on it takes no more presses. */
  protected get isLeaving(): boolean {
    return this.leaving || !this.run.alive;
  }

  /**
   * Leave for scene `key` (this one afresh, if it is this one's), with `data`. Taken once per run;
   * returns false, doing nothing, when this run is already on its way out or over.
   */
  protected go(key: SceneKey, data?: object): boolean {
    if (this.isLeaving) return false;
    this.leaving = true;
    this.scene.start(key, data);
    return true;
  }

  /**
   * Put `real` in this scene's place, under the same key, and start it with `data` (for a stand-in
   * whose scene has arrived, see DeferredScene). Taken once, like `go`.
   */
  protected replaceWith(real: Phaser.Scene, data?: object): boolean {
    if (this.isLeaving) return false;
    this.leaving = true;
    const key = this.sys.settings.key;
    const manager = this.game.scene;
    manager.remove(key);
    manager.add(key, real);
    manager.start(key, data);
    return true;
  }
}
