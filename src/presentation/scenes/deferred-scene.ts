import type Phaser from 'phaser';
import { GuardedScene } from './guarded-scene.ts';

/**
 * Holds the place of a scene whose code is fetched on demand (the screens after the first play: the
 * reveal, the debrief, the saved logs), so that going to its key works whether or not the code has
 * arrived. Started, it waits for the real scene, then puts it in its own place under the same key and
 * starts it with the same data (once: a run that has ended, or already handed over, does nothing when
 * the code arrives). The game fetches that code in the background once the first screens are up, so
 * the wait is normally over before anyone asks.
 */
export class DeferredScene extends GuardedScene {
  private readonly fetchScene: () => Promise<Phaser.Scene>;

  constructor(key: string, load: () => Promise<Phaser.Scene>) {
    super({ key });
    this.fetchScene = load;
  }

  create(data: object): void {
    this.run.then(this.fetchScene(), (real) => this.replaceWith(real, data));
  }
}
