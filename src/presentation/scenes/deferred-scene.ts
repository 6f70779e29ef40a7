import type Phaser from 'phaser';
import { h } from '../ui/dom.ts';
import type { Overlay } from '../ui/overlay.ts';
import { GuardedScene } from './guarded-scene.ts';

/**
 * Holds the place of a scene whose code is fetched on demand (the screens after the first play: the
 * reveal, the debrief, the saved logs), so that going to its key works whether or not the code has
 * arrived. Started, it says the game is getting ready, waits for the real scene, then puts it in its
 * own place under the same key and starts it with the same data (once: a run that has ended, or has
 * already handed over, does nothing when the code arrives). The game fetches that code in the
 * background once the first screens are up, so the wait is normally over before anyone asks.
 */
export class DeferredScene extends GuardedScene {
  private readonly fetchScene: () => Promise<Phaser.Scene>;
  private readonly overlay: Overlay;

  constructor(key: string, load: () => Promise<Phaser.Scene>, overlay: Overlay) {
    super({ key });
    this.fetchScene = load;
    this.overlay = overlay;
  }

  create(data: object): void {
    // Replaced by the real screen; code already here arrives before the next paint, so this never flashes.
    this.overlay.mount(h('section', { className: 'end-screen on-night', 'aria-busy': 'true' }, h('p', { className: 'note', role: 'status' }, 'Getting the game ready…')));
    this.run.then(this.fetchScene(), (real) => this.replaceWith(real, data));
  }
}
