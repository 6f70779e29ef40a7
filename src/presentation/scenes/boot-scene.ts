import { SCENES, type GameServices } from '../services.ts';
import { BaseScene } from './base-scene.ts';

/**
 * The first scene: waits until the page's fonts are ready, so the first text Phaser draws is in the
 * right face (a canvas keeps whatever font it drew with), then hands over to the title.
 */
export class BootScene extends BaseScene {
  constructor(services: GameServices) {
    super(SCENES.boot, services);
  }

  create(): void {
    const fontsReady = document.fonts?.ready ?? Promise.resolve();
    void fontsReady.then(() => {
      if (this.scene.isActive()) this.scene.start(SCENES.title);
    });
  }
}
