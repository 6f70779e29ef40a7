import Phaser from 'phaser';
import { perfMark } from '../perf-marks.ts';
import { SCENES } from '../services.ts';

/**
 * The first scene once the engine has loaded (the title's HTML is already up, see main.ts): waits
 * until the page's fonts are ready, so the first text Phaser draws is in the right face (a canvas
 * keeps whatever font it drew with), then hands over to the title scene, which acts on any key
 * pressed while the engine loaded. A plain Phaser scene, not a BaseScene: leaving, it must not
 * clear the title that is already on screen.
 */
export class BootScene extends Phaser.Scene {
  constructor() {
    super({ key: SCENES.boot });
  }

  create(): void {
    perfMark('engine-ready');
    const fontsReady = document.fonts?.ready ?? Promise.resolve();
    void fontsReady.then(() => {
      if (this.scene.isActive()) this.scene.start(SCENES.title);
    });
  }
}
