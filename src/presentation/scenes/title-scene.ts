import Phaser from 'phaser';
import { drawBackdrop } from '../play/backdrop.ts';
import { SCENES, type GameServices } from '../services.ts';
import { lookBackScene, type TitleChoice, type TitleScreen } from '../screens/title-screen.ts';
import { BaseScene } from './base-scene.ts';

/**
 * "Press any key or click to start": the first gesture, which later unlocks audio (browsers keep
 * sound suspended until the player has pressed or clicked something). The title's HTML lives in
 * TitleScreen: main.ts shows it before the engine has loaded, and this scene adopts it (acting at
 * once on a key pressed in the meantime), or shows it afresh on a later visit.
 */
export class TitleScene extends BaseScene {
  private backdrop?: Phaser.GameObjects.Graphics;
  private readonly title: TitleScreen;

  constructor(services: GameServices, title: TitleScreen) {
    super(SCENES.title, services);
    this.title = title;
  }

  create(): void {
    this.backdrop = this.add.graphics();
    this.layout();
    this.title.show();
    this.own(() => this.title.hide());
    this.own(this.title.take((choice) => this.leaveFor(choice)));
  }

  private leaveFor(choice: TitleChoice): void {
    if (choice.kind === 'start') this.go(SCENES.select);
    else if (choice.kind === 'resume') this.go(SCENES.play, { entry: choice.entry, resume: choice.resume });
    else if (choice.kind === 'look-back') {
      // A recent play-through's pattern or debrief, with the way back to the title.
      const { key, data } = lookBackScene(choice.lookBack);
      this.go(key, data);
    }
    // For trainers: saved logs, their debriefs and the cohort view.
    else this.go(SCENES.logs);
  }

  /**
   * Shapes only: the title's HTML covers the canvas with its own picture of the office (style.css),
   * so loading the painted one here would only race the next screen's request for the same texture.
   */
  protected override layout(): void {
    if (this.backdrop) drawBackdrop(this.backdrop, 'office', this.scale.width, this.scale.height, this.u);
  }
}
