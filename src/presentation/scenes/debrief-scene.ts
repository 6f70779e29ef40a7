import type { ChoiceLog } from '../../core/log/choice-log.ts';
import { reviewDecision } from '../../core/patterns/decision-review.ts';
import type { CatalogEntry } from '../../core/story/catalog.ts';
import { MenuBackdrop } from '../play/backdrop.ts';
import { SCENES, type GameServices, type SceneKey } from '../services.ts';
import { exportLog } from '../exports.ts';
import { debriefView } from '../ui/debrief-view.ts';
import { h } from '../ui/dom.ts';
import { exportBar } from '../ui/export-bar.ts';
import { BaseScene } from './base-scene.ts';

/** Where the debrief's back button leads, when not to the reveal. */
export interface BackLink {
  readonly label: string;
  readonly scene: SceneKey;
  readonly data?: object;
}

export interface DebriefSceneData {
  /** The scenario, when this build has it (a loaded log's story may be missing). */
  readonly entry?: CatalogEntry;
  readonly log: ChoiceLog;
  /** Default: back to the reveal. */
  readonly back?: BackLink;
  /** A note about the story, e.g. that it changed since the log was saved. */
  readonly notice?: string;
  /** The decision to open at, 1-based (coming back from the map). Default 1. */
  readonly position?: number;
}

/** Walk back through the decisions of a play-through, one at a time, with ← and → or the buttons. */
export class DebriefScene extends BaseScene {
  private data_!: DebriefSceneData;
  private position = 1;
  private backdrop?: MenuBackdrop;

  constructor(services: GameServices) {
    super(SCENES.debrief, services);
  }

  override init(data: DebriefSceneData): void {
    super.init();
    this.data_ = data;
    this.position = Math.min(Math.max(1, data.position ?? 1), Math.max(1, data.log.decisions.length));
  }

  create(): void {
    this.backdrop = new MenuBackdrop(this);
    this.layout();
    this.show();
    this.onKey((event) => {
      if (event.key === 'ArrowLeft' || event.key === 'PageUp') this.move(-1);
      if (event.key === 'ArrowRight' || event.key === 'PageDown') this.move(1);
    });
  }

  private move(step: number): void {
    const next = this.position + step;
    if (next < 1 || next > this.data_.log.decisions.length) return;
    this.position = next;
    this.show();
  }

  /** Back to the reveal, or wherever the data says. */
  private backLink(): BackLink {
    const { entry, log, back } = this.data_;
    return back ?? (entry ? { label: 'Back to your pattern', scene: SCENES.reveal, data: { entry, log } } : { label: 'Back to the title screen', scene: SCENES.title });
  }

  private show(): void {
    const { entry, log, notice } = this.data_;
    const link = this.backLink();
    const back = () => this.go(link.scene, link.data);
    const record = log.decisions[this.position - 1];
    if (!record) {
      const empty = this.services.overlay.mount(
        h('section', { className: 'debrief-screen on-night' }, h('h1', {}, 'No decisions to look back on'),
          h('div', { className: 'actions' }, h('button', { type: 'button', onClick: back }, link.label))),
      );
      empty.querySelector('button')?.focus();
      return;
    }
    const view = debriefView(entry?.info.title ?? log.storyTitle, reviewDecision(record), {
      position: this.position,
      total: log.decisions.length,
      onPrevious: () => this.move(-1),
      onNext: () => this.move(1),
      onBack: back,
      backLabel: link.label,
    }, {
      ...(notice ? { notice } : {}),
      exports: exportBar((kind) => exportLog(this.services.downloads, log, kind)),
      // The map and a replay need the scenario itself, and this very version of it.
      ...(entry && entry.hash === log.storyHash
        ? {
            onMap: () => this.go(SCENES.storyMap, { entry, logs: [log], back: { label: 'Back to the debrief', scene: SCENES.debrief, data: { ...this.data_, position: this.position } } }),
            onPlayFromHere: () => this.go(SCENES.play, { entry, replay: { log, fromDecision: this.position } }),
          }
        : {}),
    });
    this.services.overlay.mount(view);
    view.querySelector<HTMLElement>('h1')?.focus();
  }

  protected override layout(): void {
    this.backdrop?.show(this.scale.width, this.scale.height, this.u);
  }
}
