import { perfMark } from '../perf-marks.ts';
import type { EarlyScreens } from '../screens/early-screens.ts';
import { SCENES } from '../services.ts';
import { GuardedScene } from './guarded-scene.ts';

/**
 * The first scene once the engine has loaded (the title's HTML is already up, and the player may have
 * moved on to the list or into a scenario, see EarlyScreens): waits until the page's fonts are ready,
 * so the first text Phaser draws is in the right face (a canvas keeps whatever font it drew with),
 * then starts the scene for wherever the player is now, which takes that screen over as it stands.
 * Not a BaseScene: leaving, it must not clear the screen already up.
 */
export class BootScene extends GuardedScene {
  private readonly early: EarlyScreens;

  constructor(early: EarlyScreens) {
    super({ key: SCENES.boot });
    this.early = early;
  }

  create(): void {
    perfMark('engine-ready');
    const fontsReady = document.fonts?.ready ?? Promise.resolve();
    this.run.then(fontsReady, () => {
      const next = this.early.takeOver();
      if (this.go(next.key, next.data)) perfMark('scenes-ready');
    });
  }
}
