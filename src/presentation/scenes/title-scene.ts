import Phaser from 'phaser';
import { drawBackdrop } from '../play/backdrop.ts';
import { SCENES, type GameServices } from '../services.ts';
import { resumeOffer, type ResumeOffer } from '../../core/save/resume-offer.ts';
import { keepsKey, openLogsButton } from '../ui/logs-entry.ts';
import { titleView } from '../ui/title-view.ts';
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
    const { saves, catalog } = this.services;
    const offer = resumeOffer(saves.check(), catalog.map((entry) => ({ id: entry.info.id, hash: entry.hash })));
    const screen = this.services.overlay.mount(
      titleView(offer, {
        onStart: () => this.start(),
        onResume: () => this.resume(offer),
        onStartOver: () => {
          saves.setCurrentAside();
          this.start();
        },
        onDiscard: () => {
          saves.discardSetAside();
          this.start();
        },
      }),
    );
    screen.append(openLogsButton(() => this.openLogs()));
    screen.querySelector('button')?.focus();
    // Any key starts, unless there is a saved game to decide about first.
    if (offer.kind === 'nothing' || offer.kind === 'no-storage') this.onKey((event) => {
      if (!keepsKey(event)) this.start();
    });
  }

  /** For trainers: saved logs, their debriefs and the cohort view. */
  private openLogs(): void {
    if (this.started) return;
    this.started = true;
    this.scene.start(SCENES.logs);
  }

  private resume(offer: ResumeOffer): void {
    if (offer.kind !== 'resume' || this.started) return;
    const entry = this.services.catalog.find((e) => e.info.id === offer.save.storyId);
    if (!entry) return this.start();
    this.started = true;
    this.scene.start(SCENES.play, { entry, resume: offer.save });
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
