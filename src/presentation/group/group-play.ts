/**
 * Group mode on the play screen: the presenter layer, the decision panel of the beat on screen and
 * the discussion timer, moved on by the browser's animation frames. The play screen keeps the story
 * and the pages; this keeps what a trainer needs around them. `dispose` when the screen goes.
 */
import type { VoteRecord } from '../../core/log/choice-log.ts';
import type { StoryChoice } from '../../core/story/runner.ts';
import { everyFrame } from '../page-events.ts';
import type { GameServices } from '../services.ts';
import { DecisionPanel } from './decision-panel.ts';
import { DiscussionTimer } from './facilitation.ts';
import type { PresenterAction } from './presenter-keys.ts';
import { PresenterLayer, presenterHost } from './presenter-layer.ts';

export interface GroupPlayHost {
  readonly services: GameServices;
  next(): void;
  back(): void;
  /** Take the story's choice `choiceIndex`, logging the room's votes. */
  decide(choiceIndex: number, votes: VoteRecord): void;
  showMeters(shown: boolean): void;
}

/** The play screen's presenter actions, in toolbar order. */
export const PLAY_ACTIONS: readonly PresenterAction[] = ['back', 'next', 'blank', 'meters', 'fullscreen', 'help', 'timer'];

export class GroupPlay {
  private readonly host: GroupPlayHost;
  private readonly layer: PresenterLayer;
  private readonly timer = new DiscussionTimer();
  private readonly stopTicking: () => void;
  /** The frame time of the last update, to measure real time passing. */
  private lastFrame: number | undefined;
  private panel: DecisionPanel | undefined;
  private metersShown = false;

  constructor(host: GroupPlayHost) {
    this.host = host;
    const { overlay, fullScreen } = host.services;
    this.layer = new PresenterLayer(presenterHost(), {
      actions: PLAY_ACTIONS,
      onAction: (action) => this.act(action),
      fullScreen,
      announce: (text) => overlay.announce(text),
    });
    // The frame time is the browser's real clock: it keeps counting when the window loses focus, as it
    // does when a trainer clicks on the laptop screen beside the projector (Phaser's smoothed delta
    // slows down then), and it runs before the engine has loaded.
    this.stopTicking = everyFrame((now) => this.tick(now));
  }

  /** Whether the beat on screen ends in a decision for the room (shown after its text). */
  get hasDecision(): boolean {
    return this.panel !== undefined;
  }

  /** A new beat: a fresh decision (votes at 0, the timer back to its full time) when it offers choices. */
  beginBeat(choices: readonly StoryChoice[]): void {
    this.timer.reset();
    this.panel =
      choices.length === 0
        ? undefined
        : new DecisionPanel({
            choices,
            onDecide: (choiceIndex, votes) => {
              this.timer.reset();
              this.host.decide(choiceIndex, votes);
            },
            timer: {
              toggle: () => this.act('timer'),
              reset: () => this.updateTimer(() => this.timer.reset()),
              adjust: (deltaMs) => this.updateTimer(() => this.timer.adjust(deltaMs)),
            },
            announce: (text) => this.host.services.overlay.announce(text),
          });
    this.panel?.showTimer(this.timer);
  }

  /** The decision panel, for the scene to mount after the beat's text. */
  get decision(): DecisionPanel | undefined {
    return this.panel;
  }

  /** A key press on the play screen: the layer's keys are done at once, next and back go to the scene. */
  handleKey(event: KeyboardEvent, onDecision: boolean): void {
    const action = this.layer.handleKey(event);
    if (action === 'timer' && !onDecision) return;
    if (action) this.act(action);
  }

  get meters(): boolean {
    return this.metersShown;
  }

  dispose(): void {
    this.stopTicking();
    this.layer.dispose();
  }

  private act(action: PresenterAction): void {
    switch (action) {
      case 'next':
        return this.host.next();
      case 'back':
        return this.host.back();
      case 'meters':
        this.metersShown = !this.metersShown;
        this.layer.setMetersShown(this.metersShown);
        this.host.showMeters(this.metersShown);
        return this.host.services.overlay.announce(this.metersShown ? 'Meters shown.' : 'Meters hidden.');
      case 'timer':
        return this.updateTimer(() => this.timer.toggle());
      default:
        return;
    }
  }

  private updateTimer(change: () => void): void {
    change();
    this.panel?.showTimer(this.timer);
  }

  private tick(now: number): void {
    const elapsed = this.lastFrame === undefined ? 0 : now - this.lastFrame;
    this.lastFrame = now;
    if (!this.timer.running) return;
    const ranOut = this.timer.tick(elapsed);
    this.panel?.showTimer(this.timer);
    if (ranOut) this.host.services.overlay.announce('Time’s up.');
  }
}
