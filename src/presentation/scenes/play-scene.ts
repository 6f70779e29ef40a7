import Phaser from 'phaser';
import type { PlayMode, VoteRecord } from '../../core/log/choice-log.ts';
import type { Session } from '../../core/session.ts';
import type { SaveFile } from '../../core/save/save-file.ts';
import type { CatalogEntry } from '../../core/story/catalog.ts';
import type { Beat, StoryFailure } from '../../core/story/runner.ts';
import { afterNextPaint } from '../after-paint.ts';
import { GroupPlay } from '../group/group-play.ts';
import { markTextShown, perfMark } from '../perf-marks.ts';
import { SceneBackdrop } from '../play/backdrop.ts';
import { MetersView } from '../play/meters-view.ts';
import { paginate, type Page } from '../play/pages.ts';
import { SpeakerBadge } from '../play/speaker-badge.ts';
import { SCENES, type GameServices } from '../services.ts';
import { dialogueView, problemView } from '../ui/play-views.ts';
import { storageNotice } from '../ui/title-view.ts';
import { BaseScene } from './base-scene.ts';

export interface PlaySceneData {
  readonly entry: CatalogEntry;
  /** Carry on from this save rather than starting fresh. */
  readonly resume?: SaveFile;
  /** The name the player or group gave on the select screen, if any; goes into the log. */
  readonly alias?: string;
  /** Solo, or a room on a projector (group mode); a resumed save keeps the mode it was played in. */
  readonly mode?: PlayMode;
}

/**
 * One play-through on screen. The session does the story; this scene pages its text, offers its
 * choices and draws the place, the speaker and the meters.
 */
export class PlayScene extends BaseScene {
  private entry!: CatalogEntry;
  private resumeFrom: SaveFile | undefined;
  private alias: string | undefined;
  private session: Session | undefined;
  private beat: Beat | undefined;
  private pages: Page[] = [];
  private pageIndex = 0;
  private place: string | undefined;
  private busy = false;
  private backdrop!: SceneBackdrop;
  private topBar!: Phaser.GameObjects.Graphics;
  private titleText!: Phaser.GameObjects.Text;
  private badge!: SpeakerBadge;
  private meters: MetersView | undefined;
  private mode: PlayMode = 'solo';
  /** Group mode's presenter tools and decision panel; undefined when playing solo. */
  private group: GroupPlay | undefined;

  constructor(services: GameServices) {
    super(SCENES.play, services);
  }

  override init(data: PlaySceneData): void {
    super.init();
    this.entry = data.entry;
    this.resumeFrom = data.resume;
    this.alias = data.alias?.trim() || undefined;
    this.session = undefined;
    this.beat = undefined;
    this.pages = [];
    this.pageIndex = 0;
    this.place = undefined;
    this.busy = true;
    this.meters = undefined;
    this.mode = data.mode ?? 'solo';
    this.group = undefined;
  }

  create(): void {
    this.backdrop = new SceneBackdrop(this);
    this.topBar = this.add.graphics();
    this.titleText = this.add
      .text(0, 0, this.entry.info.title, { fontFamily: 'DejaVu Sans, Arial, sans-serif', color: '#f4f1ea', fontStyle: 'bold', resolution: window.devicePixelRatio || 1 })
      .setOrigin(0, 0.5);
    this.badge = new SpeakerBadge(this);
    this.layout();
    this.onKey((event) => this.onKeyDown(event));
    void this.startStory();
  }

  private async startStory(): Promise<void> {
    const opened = await this.services.startSession(
      this.entry,
      this.resumeFrom ? { resume: this.resumeFrom } : { mode: this.mode, ...(this.alias ? { alias: this.alias } : {}) },
    );
    if (!this.scene.isActive()) return;
    if (!opened.ok) return this.showFailure(opened.error);
    const session = opened.value;
    this.session = session;
    if (session.log.mode === 'group') this.startGroup();
    this.meters = new MetersView(this, session.info.meters);
    this.meters.setVisible(this.group?.meters ?? true);
    // The meters move a frame after the text appears: the text is what the player is waiting for.
    this.own(
      session.events.on('meters', (readings) =>
        afterNextPaint(() => {
          if (this.session === session && this.sys.isActive()) this.meters?.update(readings, this.scale.width, this.meterUnit, this.services.prefersReducedMotion());
        }),
      ),
    );
    this.own(session.events.on('failed', (failure) => this.showFailure(failure)));
    if (import.meta.env.DEV) {
      this.own(session.events.on('problem', (problem) => console.warn('Story problem:', problem)));
    }
    const first = session.begin();
    if (first.ok) this.showBeat(first.value);
  }

  /** Group mode: presenter keys and toolbar, the high-contrast theme, and each decision put to the room. */
  private startGroup(): void {
    const group = new GroupPlay({
      sceneEvents: this.events,
      services: this.services,
      next: () => this.next(),
      back: () => this.back(),
      decide: (index, votes) => this.choose(index, votes),
      showMeters: (shown) => this.meters?.setVisible(shown),
    });
    this.group = group;
    this.own(() => group.dispose());
    this.layout();
  }

  private showBeat(beat: Beat): void {
    this.beat = beat;
    this.pages = paginate(beat.lines);
    if (this.pages.length === 0) this.pages = [{ lines: [], scene: undefined }];
    this.pageIndex = 0;
    this.group?.beginBeat(beat.ended ? [] : beat.choices);
    this.busy = false;
    this.showPage();
  }

  /** The last page of the beat: in group mode, the room's decision comes after the text, as a page of its own. */
  private get lastPage(): number {
    return this.pages.length - (this.group?.hasDecision ? 0 : 1);
  }

  private showPage(): void {
    const beat = this.beat;
    const decision = this.pageIndex === this.pages.length ? this.group?.decision : undefined;
    if (beat && decision) {
      this.services.overlay.mount(decision.element, ...(this.services.saves.available ? [] : [storageNotice()]));
      decision.focusTarget.focus();
      this.services.overlay.announce(decision.spokenText);
      this.layout();
      return;
    }
    const page = this.pages[this.pageIndex];
    if (!beat || !page) return;
    this.place = page.scene ?? this.place;
    const isLast = this.pageIndex === this.lastPage;
    const view = dialogueView({
      page,
      choices: isLast && !this.group ? beat.choices : [],
      next: isLast ? (beat.ended ? 'end' : 'none') : 'page',
      onChoose: (index) => this.choose(index),
      onNext: () => this.next(),
    });
    this.services.overlay.mount(view.element, ...(this.services.saves.available ? [] : [storageNotice()]));
    view.focusTarget.focus();
    this.services.overlay.announce(view.spokenText);
    this.layout();
    markTextShown(isLast && !this.group && beat.choices.length > 0);
  }

  private next(): void {
    if (this.busy || !this.beat) return;
    if (this.pageIndex < this.lastPage) {
      this.pageIndex += 1;
      this.showPage();
    } else if (this.group?.decision) {
      this.group.decision.confirm();
    } else if (this.beat.ended && this.session) {
      this.busy = true;
      this.scene.start(SCENES.reveal, { entry: this.entry, log: this.session.log });
    }
  }

  /** Back a page within the beat on screen (the decision already taken stays taken). */
  private back(): void {
    if (this.busy || !this.beat || this.pageIndex === 0) return;
    this.pageIndex -= 1;
    this.showPage();
  }

  private choose(index: number, votes?: VoteRecord): void {
    if (this.busy || !this.session) return;
    this.busy = true;
    perfMark('choice-made');
    const result = this.session.choose(index, votes);
    if (result.ok) this.showBeat(result.value);
    // A failure has already been shown through the session's `failed` event.
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (this.group) return this.group.handleKey(event, this.pageIndex === this.pages.length);
    if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
      event.preventDefault();
      return this.back();
    }
    const onButton = document.activeElement instanceof HTMLButtonElement;
    const isLast = this.pageIndex === this.pages.length - 1;
    const digit = Number(event.key);
    if (Number.isInteger(digit) && digit >= 1 && isLast) {
      const choice = this.beat?.choices[digit - 1];
      if (choice) {
        event.preventDefault();
        this.choose(choice.index);
      }
      return;
    }
    // On a focused button, Enter and Space belong to the button itself.
    const nextKeys = ['ArrowRight', 'PageDown'];
    if (nextKeys.includes(event.key) || (!onButton && (event.key === 'Enter' || event.key === ' '))) {
      event.preventDefault();
      if (!isLast || this.beat?.ended) this.next();
    }
  }

  private showFailure(failure: StoryFailure): void {
    this.busy = true;
    const view = problemView(failure, () => this.scene.start(SCENES.select));
    this.services.overlay.mount(view);
    view.querySelector('button')?.focus();
  }

  protected override layout(): void {
    if (!this.backdrop) return;
    const { width, height } = this.scale;
    const u = this.u;
    const motion = !this.services.prefersReducedMotion();
    this.backdrop.show(this.place, width, height, u, motion);
    // Group mode: a taller, darker bar with a larger title and meters, for the back of the room.
    const bar = (this.group ? 84 : 60) * u;
    this.topBar.clear().fillStyle(this.group ? 0x000000 : 0x0d1120, this.group ? 0.88 : 0.72).fillRect(0, 0, width, bar);
    this.titleText.setFontSize(Math.round((this.group ? 30 : 22) * u)).setPosition(28 * u, bar / 2);
    this.meters?.layout(width, this.meterUnit);
    const page = this.pages[this.pageIndex];
    const speaking = page ? [...page.lines].reverse().find((line) => line.speaker) : undefined;
    this.badge.show(speaking?.speaker, height, u, speaking?.mood, motion);
  }

  /** The meters' design unit: larger in group mode. */
  private get meterUnit(): number {
    return this.group ? this.u * 1.3 : this.u;
  }
}
