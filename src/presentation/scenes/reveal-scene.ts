import type Phaser from 'phaser';
import type { ChoiceLog } from '../../core/log/choice-log.ts';
import { factsOf } from '../../core/log/facts.ts';
import { interpret } from '../../core/patterns/interpret.ts';
import { profileOf } from '../../core/patterns/profile.ts';
import type { CatalogEntry } from '../../core/story/catalog.ts';
import { MenuBackdrop } from '../play/backdrop.ts';
import { roomFactsOf } from '../group/facilitation.ts';
import { PresenterLayer, presenterHost } from '../group/presenter-layer.ts';
import { FitGauge } from '../reveal/fit-gauge.ts';
import { PatternChart } from '../reveal/pattern-chart.ts';
import { SCENES, type GameServices } from '../services.ts';
import { exportLog } from '../exports.ts';
import { exportBar } from '../ui/export-bar.ts';
import { revealView } from '../ui/reveal-view.ts';
import { BaseScene } from './base-scene.ts';
import type { BackLink } from './debrief-scene.ts';

export interface RevealSceneData {
  readonly entry: CatalogEntry;
  readonly log: ChoiceLog;
  /** For a saved log opened later: where to go back to (instead of playing on). */
  readonly back?: BackLink;
}

/**
 * The end of every play-through: the pattern in the player's choices, computed from the log,
 * as a chart and gauge on the canvas and as words (and a text version of the chart) in the HTML.
 */
export class RevealScene extends BaseScene {
  private shown!: RevealSceneData;
  private backdrop?: MenuBackdrop;
  /** The card behind the chart and gauge, a twin of the text's card on the right (style.css .reveal-text). */
  private chartCard?: Phaser.GameObjects.Graphics;
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
    const { entry, log, back } = this.shown;
    const profile = profileOf(log);
    const words = interpret(profile);
    this.backdrop = new MenuBackdrop(this);
    this.chartCard = this.add.graphics();
    this.chart = new PatternChart(this, words.readings);
    this.gauge = new FitGauge(this, profile.fit.percent);
    this.layout();
    const instant = this.services.prefersReducedMotion();
    this.chart.reveal(this, instant);
    this.gauge.reveal(this, instant);
    const screen = this.services.overlay.mount(
      revealView(entry.info.title, log.mode === 'group' ? roomFactsOf(log) : factsOf(log), profile, words, log, {
        onDebrief: () => this.go(SCENES.debrief, { entry, log, ...(back ? { back: { label: 'Back to the pattern', scene: SCENES.reveal, data: this.shown } } : {}) }),
        onPlayAgain: () => this.go(SCENES.play, { entry, mode: log.mode, ...(log.alias ? { alias: log.alias } : {}) }),
        onAnother: () => this.go(SCENES.select),
        ...(back ? { back: { label: back.label, onClick: () => this.go(back.scene, back.data) } } : {}),
        exports: exportBar((kind) => exportLog(this.services.downloads, log, kind)),
        ...(back ? {} : this.keptNote()),
      }),
    );
    screen.querySelector<HTMLElement>('h1')?.focus();
    this.services.overlay.announce(`${words.headline}. ${words.fitLine}`);
    if (log.mode === 'group') this.presentToRoom(screen);
  }

  /** At the end of a play-through: whether it was kept among the recent ones (nothing to say for a log opened from elsewhere). */
  private keptNote(): { kept?: boolean } {
    const progress = this.services.progress();
    return progress === 'kept' ? { kept: true } : progress === 'not-kept' ? { kept: false } : {};
  }

  /** A room's reveal stays on the projector: the group theme, and blank, full screen and the key help. */
  private presentToRoom(screen: HTMLElement): void {
    const { overlay, fullScreen } = this.services;
    const layer = new PresenterLayer(presenterHost(), {
      actions: ['blank', 'fullscreen', 'help'],
      onAction: () => undefined,
      fullScreen,
      announce: (text) => overlay.announce(text),
    });
    this.own(() => layer.dispose());
    this.onKey((event) => {
      if (this.turnWordsPage(event, screen)) return;
      layer.handleKey(event);
    });
  }

  /**
   * A clicker's Page Down and Page Up turn the words on the right a page at a time, wherever the focus
   * is: the browser's own scrolling only moves the region that holds the focus, and on a projector the
   * focus is often on the toolbar or nowhere in particular.
   */
  private turnWordsPage(event: KeyboardEvent, screen: HTMLElement): boolean {
    const direction = event.key === 'PageDown' ? 1 : event.key === 'PageUp' ? -1 : 0;
    const words = screen.querySelector<HTMLElement>('.reveal-text');
    if (direction === 0 || !words || event.ctrlKey || event.altKey || event.metaKey) return false;
    event.preventDefault();
    words.scrollBy({ top: direction * words.clientHeight * 0.85, behavior: this.services.prefersReducedMotion() ? 'auto' : 'smooth' });
    return true;
  }

  protected override layout(): void {
    if (!this.backdrop) return;
    const u = this.u;
    this.backdrop.show(this.scale.width, this.scale.height, u);
    this.chartCard?.clear().fillStyle(0x0d1120, 0.86).fillRoundedRect(24 * u, 24 * u, 592 * u, 534 * u, 16 * u);
    this.chart?.layout(30 * u, 60 * u, 580 * u, u);
    this.gauge?.layout(320 * u, 520 * u, u);
  }
}
