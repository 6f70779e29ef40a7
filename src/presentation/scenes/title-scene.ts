import Phaser from 'phaser';
import { drawBackdrop } from '../play/backdrop.ts';
import { SCENES, type GameServices } from '../services.ts';
import { h } from '../ui/dom.ts';
import { BaseScene } from './base-scene.ts';

/**
 * "Press any key or click to start": the first gesture, which later unlocks audio (browsers keep
 * sound suspended until the player has pressed or clicked something).
 */
export class TitleScene extends BaseScene {
  private backdrop?: Phaser.GameObjects.Graphics;
  private started = false;

  constructor(services: GameServices) {
    super(SCENES.title, services);
  }

  override init(): void {
    super.init();
    this.started = false;
  }

  create(): void {
    this.backdrop = this.add.graphics();
    this.layout();
    const start = () => this.start();
    const screen = this.services.overlay.mount(
      h(
        'section',
        { className: 'title-screen', 'aria-labelledby': 'game-title', onClick: start },
        h('h1', { id: 'game-title' }, 'Manage or Lead?'),
        h('p', { className: 'tagline' }, 'Real decisions from a sales manager’s week. Play them through, then see the pattern in how you manage and how you lead.'),
        h('button', { className: 'prompt-button', type: 'button', onClick: start }, 'Press any key or click to start'),
      ),
    );
    screen.querySelector('button')?.focus();
    this.onKey(() => start());
  }

  protected override layout(): void {
    if (this.backdrop) drawBackdrop(this.backdrop, 'office', this.scale.width, this.scale.height, this.u);
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.scene.start(SCENES.select);
  }
}
