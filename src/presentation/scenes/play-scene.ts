import Phaser from 'phaser';
import type { MeterReading, Session } from '../../core/session.ts';
import { SceneBackdrop } from '../play/backdrop.ts';
import { MetersView } from '../play/meters-view.ts';
import { SpeakerBadge } from '../play/speaker-badge.ts';
import { prefetchTextures } from '../play/textures.ts';
import { backgroundFor, portraitFor, type ImageAsset } from '../assets/manifest.ts';
import type { Page } from '../play/pages.ts';
import { PlayScreen, type PlayPicture, type PlayRequest } from '../screens/play-screen.ts';
import { SCENES, type GameServices } from '../services.ts';
import { BaseScene } from './base-scene.ts';
import { declareDrawnArea } from '../drawn-area.ts';

export interface PlaySceneData extends PlayRequest {
  /** A play-through already under way (begun before the engine had loaded): take it over as it stands. */
  readonly screen?: PlayScreen;
}

/**
 * The picture around one play-through: the place, the speaker and the meters. The text, the choices
 * and the keys are the PlayScreen's, made here or taken over from the early screens.
 */
export class PlayScene extends BaseScene implements PlayPicture {
  private request!: PlaySceneData;
  private screen: PlayScreen | undefined;
  private backdrop!: SceneBackdrop;
  private topBar!: Phaser.GameObjects.Graphics;
  private titleText!: Phaser.GameObjects.Text;
  private badge!: SpeakerBadge;
  private meters: MetersView | undefined;
  /** The beat whose pictures have been asked for (its pages, as the screen holds them). */
  private prefetched: readonly Page[] | undefined;

  constructor(services: GameServices) {
    super(SCENES.play, services);
  }

  override init(data: PlaySceneData): void {
    super.init();
    this.request = data;
    this.screen = undefined;
    this.meters = undefined;
    this.prefetched = undefined;
  }

  create(): void {
    const { screen: adopted, ...request } = this.request;
    const screen = adopted ?? new PlayScreen(this.services, request);
    this.screen = screen;
    this.backdrop = new SceneBackdrop(this);
    this.topBar = this.add.graphics();
    this.titleText = this.add
      .text(0, 0, screen.entry.info.title, { fontFamily: 'DejaVu Sans, Arial, sans-serif', color: '#f4f1ea', fontStyle: 'bold', resolution: window.devicePixelRatio || 1 })
      .setOrigin(0, 0.5);
    this.badge = new SpeakerBadge(this);
    this.own(() => {
      screen.dispose();
      this.screen = undefined;
    });
    this.own(
      screen.takeExit((exit) => {
        if (exit.kind === 'reveal') this.go(SCENES.reveal, { entry: exit.entry, log: exit.log });
        else this.go(SCENES.select);
      }),
    );
    this.own(screen.attach(this));
    screen.start();
  }

  drawAll(): void {
    this.layout();
  }

  /** A new page: the place and the speaker (the rest only changes with the screen's size or mode). */
  drawPage(): void {
    const screen = this.screen;
    if (!screen || !this.backdrop) return;
    const { width, height } = this.scale;
    const u = this.u;
    const motion = !this.services.prefersReducedMotion();
    this.backdrop.show(screen.place, width, height, u, motion);
    const speaking = screen.speaking;
    this.badge.show(speaking?.speaker, height, u, speaking?.mood, motion);
    this.prefetchBeat(screen.beatPages);
  }

  /**
   * Load the pictures of the beat's other pages now: pages turned quickly are drawn once, for the
   * last of them, and a page played before the engine was up was never drawn; without this their
   * speakers would show initials first when they next come round.
   */
  private prefetchBeat(pages: readonly Page[]): void {
    if (pages === this.prefetched) return;
    this.prefetched = pages;
    const wanted = new Map<string, ImageAsset>();
    for (const page of pages) {
      const place = backgroundFor(page.scene);
      if (place) wanted.set(place.key, place);
      for (const line of page.lines) {
        const portrait = portraitFor(line.speaker, line.mood);
        if (portrait) wanted.set(portrait.key, portrait);
      }
    }
    void prefetchTextures(this, wanted.values());
  }

  sessionOpened(session: Session): void {
    this.meters = new MetersView(this, session.info.meters);
    this.meters.setVisible(this.screen?.group?.meters ?? true);
    this.meters.update(session.meterReadings, this.scale.width, this.meterUnit, true);
  }

  metersChanged(readings: readonly MeterReading[]): void {
    this.meters?.update(readings, this.scale.width, this.meterUnit, this.services.prefersReducedMotion());
  }

  metersShown(shown: boolean): void {
    this.meters?.setVisible(shown);
  }

  protected override layout(): void {
    const screen = this.screen;
    if (!screen || !this.backdrop) return;
    const { width } = this.scale;
    const u = this.u;
    const group = screen.group !== undefined;
    // Group mode: a taller, darker bar with a larger title and meters, for the back of the room.
    const bar = (group ? 84 : 60) * u;
    this.topBar.clear().fillStyle(group ? 0x000000 : 0x0d1120, group ? 0.88 : 0.72).fillRect(0, 0, width, bar);
    declareDrawnArea(this.topBar, 0, 0, width, bar);
    this.titleText.setFontSize(Math.round((group ? 30 : 22) * u)).setPosition(28 * u, bar / 2);
    this.meters?.layout(width, this.meterUnit);
    this.drawPage();
  }

  /** The meters' design unit: larger in group mode. */
  private get meterUnit(): number {
    return this.screen?.group ? this.u * 1.3 : this.u;
  }
}
