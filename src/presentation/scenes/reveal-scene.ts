import Phaser from 'phaser';
import type { ChoiceLog } from '../../core/log/choice-log.ts';
import { interpret } from '../../core/patterns/interpret.ts';
import { profileOf } from '../../core/patterns/profile.ts';
import type { CatalogEntry } from '../../core/story/catalog.ts';
import { drawBackdrop } from '../play/backdrop.ts';
import { FitGauge } from '../reveal/fit-gauge.ts';
import { PatternChart } from '../reveal/pattern-chart.ts';
import { SCENES, type GameServices } from '../services.ts';
import { revealView } from '../ui/reveal-view.ts';
import { BaseScene } from './base-scene.ts';

export interface RevealSceneData {
  readonly entry: CatalogEntry;
  readonly log: ChoiceLog;
}

/**
 * The end of every play-through: the pattern in the player's choices, computed from the log,
 * as a chart and gauge on the canvas and as words (and a text version of the chart) in the HTML.
 */
export class RevealScene extends BaseScene {
  private shown!: RevealSceneData;
  private backdrop?: Phaser.GameObjects.Graphics;
  private chart?: PatternChart;
  private gauge?: FitGauge;

  constructor(services: GameServices) {
    super(SCENES.reveal, services);
  }

  override init(data: RevealSceneData): void {
    super.init();
    this.shown = data;
  }

  create(): void {
    const { entry, log } = this.shown;
    const profile = profileOf(log);
    const words = interpret(profile);
    this.backdrop = this.add.graphics();
    this.chart = new PatternChart(this, words.readings);
    this.gauge = new FitGauge(this, profile.fit.percent);
    this.layout();
    const instant = this.services.prefersReducedMotion();
    this.chart.reveal(this, instant);
    this.gauge.reveal(this, instant);
    const screen = this.services.overlay.mount(
      revealView(entry.info.title, factsOf(log), profile, words, log, {
        onDebrief: () => this.scene.start(SCENES.debrief, { entry, log }),
        onPlayAgain: () => this.scene.start(SCENES.play, { entry }),
        onAnother: () => this.scene.start(SCENES.select),
      }),
    );
    screen.querySelector<HTMLElement>('h1')?.focus();
    this.services.overlay.announce(`${words.headline}. ${words.fitLine}`);
  }

  protected override layout(): void {
    if (!this.backdrop) return;
    const u = this.u;
    drawBackdrop(this.backdrop, 'plain', this.scale.width, this.scale.height, u);
    this.chart?.layout(30 * u, 60 * u, 580 * u, u);
    this.gauge?.layout(320 * u, 520 * u, u);
  }
}

/** "You made 6 decisions in 9 minutes." */
export function factsOf(log: ChoiceLog): string {
  const count = log.decisions.length;
  return `You made ${count} ${count === 1 ? 'decision' : 'decisions'} in ${describeDuration(log)}.`;
}

export function describeDuration(log: ChoiceLog): string {
  const end = log.endedAt ? Date.parse(log.endedAt) : Date.now();
  const seconds = Math.max(0, Math.round((end - Date.parse(log.startedAt)) / 1000));
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.round(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}
