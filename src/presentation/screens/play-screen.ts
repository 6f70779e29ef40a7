/**
 * One play-through's text and choices: the session does the story; this pages its text, offers its
 * choices, takes keys and, in group mode, puts each decision to the room. Plain HTML with no engine,
 * so a scenario can be read and played while the engine is still loading (see early-screens.ts).
 * The play scene attaches to it as its picture (the place, the speaker, the meters) when it can.
 */
import type { PlayMode, VoteRecord } from '../../core/log/choice-log.ts';
import type { ChoiceLog } from '../../core/log/choice-log.ts';
import type { KeptSave } from '../../core/save/save-file.ts';
import type { MeterReading, Session } from '../../core/session.ts';
import type { CatalogEntry } from '../../core/story/catalog.ts';
import type { Beat, StoryFailure } from '../../core/story/runner.ts';
import { afterNextPaint } from '../after-paint.ts';
import { GroupPlay } from '../group/group-play.ts';
import { Lifetime } from '../lifetime.ts';
import { listenForKeys } from '../page-events.ts';
import { markTextShown, perfMark } from '../perf-marks.ts';
import { paginate, type Page, type ShownLine } from '../play/pages.ts';
import type { GameServices, ReplayRequest } from '../services.ts';
import { dialoguePanel, problemView, restoreFailedView, showDialoguePage } from '../ui/play-views.ts';
import { storageNotice } from '../ui/title-view.ts';
import { HeldChoice } from './held-choice.ts';

export interface PlayRequest {
  readonly entry: CatalogEntry;
  /** Carry on from this save rather than starting fresh. */
  readonly resume?: KeptSave;
  /** The name the player or group gave on the select screen, if any; goes into the log. */
  readonly alias?: string;
  /** Solo, or a room on a projector (group mode); a resumed save keeps the mode it was played in. */
  readonly mode?: PlayMode;
  /** "Play from here" in the debrief: a new play-through with a log's history up to one of its decisions. */
  readonly replay?: ReplayRequest;
}

/** Where the player goes from here: the reveal at the end, or back to the list after a problem. */
export type PlayExit = { readonly kind: 'reveal'; readonly entry: CatalogEntry; readonly log: ChoiceLog } | { readonly kind: 'select' };

/** What draws the play-through around the text (the play scene, once the engine is up). */
export interface PlayPicture {
  /** Draw it all: on attaching, and when group mode's tools come (with a taller bar). */
  drawAll(): void;
  /** A new page: draw its place and speaker. Called a frame after the text. */
  drawPage(): void;
  /** The session is open and its meters can be drawn (at once on attaching, if it already is). */
  sessionOpened(session: Session): void;
  /** Meters moved; called a frame after the text that goes with them. */
  metersChanged(readings: readonly MeterReading[]): void;
  metersShown(shown: boolean): void;
}

export class PlayScreen {
  readonly request: PlayRequest;
  private readonly services: GameServices;
  private started = false;
  /** Until dispose: whatever answers after it (the story loading, a frame's work) does nothing. */
  private readonly life = new Lifetime();
  private currentSession: Session | undefined;
  private beat: Beat | undefined;
  private pages: Page[] = [];
  private pageIndex = 0;
  private currentPlace: string | undefined;
  private busy = true;
  /** Group mode's presenter tools and decision panel; undefined when playing solo. */
  private groupPlay: GroupPlay | undefined;
  private picture: PlayPicture | undefined;
  private pageDrawWaiting = false;
  /** The dialogue panel, kept from page to page (see dialoguePanel). */
  private readonly panel = dialoguePanel();
  /** Whether the panel went up with the notice that progress is not being saved. */
  private panelNotice = false;
  /** Where the player asked to go, until a taker acts on it. */
  private readonly exit = new HeldChoice<PlayExit>();

  constructor(services: GameServices, request: PlayRequest) {
    this.services = services;
    this.request = { ...request, alias: request.alias?.trim() || undefined };
  }

  get entry(): CatalogEntry {
    return this.request.entry;
  }

  get session(): Session | undefined {
    return this.currentSession;
  }

  get group(): GroupPlay | undefined {
    return this.groupPlay;
  }

  /** The place of the page on screen (the last one named, pages without one stay where they were). */
  get place(): string | undefined {
    return this.currentPlace;
  }

  /** Every page of the beat on screen (the same array until the next beat). */
  get beatPages(): readonly Page[] {
    return this.pages;
  }

  /** The last line on this page with a speaker: who to show, and in what mood. */
  get speaking(): ShownLine | undefined {
    const page = this.pages[this.pageIndex];
    return page ? [...page.lines].reverse().find((line) => line.speaker) : undefined;
  }

  /** Open the scenario and show its first page; keys work from now on. Once only. */
  start(): void {
    if (this.started || !this.life.alive) return;
    this.started = true;
    this.life.own(listenForKeys((event) => this.onKeyDown(event)));
    void this.open();
  }

  /** Draw around the text with `picture` until the returned function is called. */
  attach(picture: PlayPicture): () => void {
    this.picture = picture;
    if (this.currentSession) picture.sessionOpened(this.currentSession);
    picture.drawAll();
    return () => {
      if (this.picture === picture) this.picture = undefined;
    };
  }

  /**
   * Act on where the player asked to go: at once if they already have, else when they do. One taker
   * at a time (the early screens, then the play scene); the returned function stops taking.
   */
  takeExit(taker: (exit: PlayExit) => void): () => void {
    return this.exit.take(taker);
  }

  /** The end was reached before the reveal's screen could load: say that it is coming. */
  showWaiting(): void {
    const button = document.querySelector('.dialogue button.next');
    if (button) button.textContent = 'Getting the game ready…';
    document.querySelector('.dialogue')?.setAttribute('aria-busy', 'true');
  }

  dispose(): void {
    this.picture = undefined;
    this.exit.release();
    this.life.end();
    // Let the play-through go: its session holds the whole ink story (about half a megabyte), and a finished
    // screen may still be referred to (by the scene that showed it, or Phaser's copy of its data).
    this.currentSession = undefined;
    this.beat = undefined;
    this.pages = [];
  }

  private async open(): Promise<void> {
    const { resume, mode, alias, replay } = this.request;
    const opened = await this.services.startSession(this.entry, resume ? { resume } : replay ? { replay } : { ...(mode ? { mode } : {}), ...(alias ? { alias } : {}) });
    if (!this.life.alive) return;
    // A save whose place would not restore (its choices are intact) is put aside and its choices offered; not a raw error.
    if (!opened.ok && resume && opened.error.kind === 'bad-state') return this.showRestoreFailed(resume);
    if (!opened.ok) return this.showFailure(opened.error);
    const session = opened.value;
    this.currentSession = session;
    if (session.log.mode === 'group') this.startGroup();
    this.picture?.sessionOpened(session);
    // The meters move a frame after the text appears: the text is what the player is waiting for.
    this.life.own(session.events.on('meters', (readings) => afterNextPaint(this.life.bind(() => this.picture?.metersChanged(readings)))));
    if (import.meta.env.DEV) {
      this.life.own(session.events.on('problem', (problem) => console.warn('Story problem:', problem)));
    }
    const first = session.begin();
    // A restored place that cannot go on is a damaged save, like one that would not restore at all.
    if (!first.ok) return resume ? this.showRestoreFailed(resume) : this.showFailure(first.error);
    this.life.own(session.events.on('failed', (failure) => this.showFailure(failure)));
    this.showBeat(first.value);
  }

  private showRestoreFailed(resume: KeptSave): void {
    this.busy = true;
    const { log } = resume.save.snapshot;
    const setAside = this.services.setAside(resume.id, 'its place in the story could not be restored');
    const downloads = this.services.downloads;
    const view = restoreFailedView(resume.save.storyTitle, log.decisions.length, setAside, {
      onSaveChoices: () => void import('../exports.ts').then(({ exportLog }) => exportLog(downloads, log, 'json')),
      onBack: () => this.leave({ kind: 'select' }),
    });
    this.services.overlay.mount(view);
    view.querySelector('button')?.focus();
  }

  /** Group mode: presenter keys and toolbar, the high-contrast theme, and each decision put to the room. */
  private startGroup(): void {
    const group = new GroupPlay({
      services: this.services,
      next: () => this.next(),
      back: () => this.back(),
      decide: (index, votes) => this.choose(index, votes),
      showMeters: (shown) => this.picture?.metersShown(shown),
    });
    this.groupPlay = group;
    this.life.own(() => group.dispose());
    this.picture?.drawAll();
  }

  private showBeat(beat: Beat): void {
    this.beat = beat;
    this.pages = paginate(beat.lines);
    if (this.pages.length === 0) this.pages = [{ lines: [], scene: undefined }];
    this.pageIndex = 0;
    this.groupPlay?.beginBeat(beat.ended ? [] : beat.choices);
    this.busy = false;
    this.showPage();
  }

  /** Shown beside the text when the game cannot save (storage blocked or full). */
  private notices(): HTMLElement[] {
    return this.services.saves.available ? [] : [storageNotice()];
  }

  /** The last page of the beat: in group mode, the room's decision comes after the text, as a page of its own. */
  private get lastPage(): number {
    return this.pages.length - (this.groupPlay?.hasDecision ? 0 : 1);
  }

  private showPage(): void {
    const beat = this.beat;
    const decision = this.pageIndex === this.pages.length ? this.groupPlay?.decision : undefined;
    if (beat && decision) {
      this.services.overlay.mount(decision.element, this.notices());
      decision.focusTarget.focus();
      this.services.overlay.announce(decision.spokenText);
      this.drawPageAfterPaint();
      return;
    }
    const page = this.pages[this.pageIndex];
    if (!beat || !page) return;
    this.currentPlace = page.scene ?? this.currentPlace;
    const isLast = this.pageIndex === this.lastPage;
    const spoken = showDialoguePage(this.panel, {
      page,
      choices: isLast && !this.groupPlay ? beat.choices : [],
      next: isLast ? (beat.ended ? 'end' : 'none') : 'page',
      onChoose: (index) => this.choose(index),
      onNext: () => this.next(),
    });
    const noticeWanted = !this.services.saves.available;
    if (!this.panel.isConnected || this.panelNotice !== noticeWanted) {
      this.services.overlay.mount(this.panel, this.notices());
      this.panelNotice = noticeWanted;
    }
    // Focus stays on the panel from page to page; it is moved only when it was elsewhere (the first
    // page, after a room's vote) or went with the button that had it (a choice clicked or tabbed to).
    if (document.activeElement !== this.panel) this.panel.focus();
    this.services.overlay.announce(spoken);
    this.drawPageAfterPaint();
    markTextShown(isLast && !this.groupPlay && beat.choices.length > 0);
  }

  /**
   * The picture follows the text a frame later: the text is what the player waits for, and on a
   * machine without a GPU redrawing the place and the speaker costs more than the text itself.
   */
  private drawPageAfterPaint(): void {
    if (this.pageDrawWaiting) return;
    this.pageDrawWaiting = true;
    afterNextPaint(this.life.bind(() => {
      this.pageDrawWaiting = false;
      this.picture?.drawPage();
    }));
  }

  private next(): void {
    if (this.busy || !this.beat) return;
    if (this.pageIndex < this.lastPage) {
      this.pageIndex += 1;
      this.showPage();
    } else if (this.groupPlay?.decision) {
      this.groupPlay.decision.confirm();
    } else if (this.beat.ended && this.currentSession) {
      this.busy = true;
      this.leave({ kind: 'reveal', entry: this.entry, log: this.currentSession.log });
    }
  }

  /** Back a page within the beat on screen (the decision already taken stays taken). */
  private back(): void {
    if (this.busy || !this.beat || this.pageIndex === 0) return;
    this.pageIndex -= 1;
    this.showPage();
  }

  private choose(index: number, votes?: VoteRecord): void {
    if (this.busy || !this.currentSession) return;
    this.busy = true;
    perfMark('choice-made');
    const result = this.currentSession.choose(index, votes);
    if (result.ok) this.showBeat(result.value);
    // A failure has already been shown through the session's `failed` event.
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (this.groupPlay) return this.groupPlay.handleKey(event, this.pageIndex === this.pages.length);
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
    const view = problemView(failure, () => this.leave({ kind: 'select' }));
    this.services.overlay.mount(view);
    view.querySelector('button')?.focus();
  }

  private leave(exit: PlayExit): void {
    this.exit.make(exit);
  }
}
