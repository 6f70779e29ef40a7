/**
 * The screens a player can use before the engine has loaded: the title, the scenario list and the
 * play-through's text and choices are plain HTML, so on a slow laptop or network the first decision
 * is on screen while Phaser is still arriving. The engine's pictures (the place, the speaker, the
 * meters) join them when it is ready.
 *
 * Until then this follows the player between those screens. When the engine is up it asks `takeOver`
 * which scene to start; from that moment this lets go of every screen, and anything the player does
 * meanwhile waits in the screen itself until the scene takes it (TitleScreen, SelectScreen and
 * PlayScreen all hold a choice for their next taker), so no key press falls between the two.
 *
 * Screens that need the engine (the saved logs, the reveal, the debrief) cannot be shown early: asked for, they
 * say "Getting the game ready…" and are the first scene the engine starts.
 */
import { SCENES, type GameServices, type SceneKey } from '../services.ts';
import { PlayScreen, type PlayExit, type PlayRequest } from './play-screen.ts';
import { SelectScreen } from './select-screen.ts';
import { lookBackScene, type TitleChoice, type TitleScreen } from './title-screen.ts';

/** A scene for the engine to start, with its data. */
export interface SceneStart {
  readonly key: SceneKey;
  readonly data?: object;
}

export class EarlyScreens {
  private readonly services: GameServices;
  private readonly title: TitleScreen;
  /** The scenario list, shared with the select scene (it keeps the name and mode typed on it). */
  readonly select: SelectScreen;
  private play: PlayScreen | undefined;
  /** A screen that needs the engine, asked for before it was up. */
  private waiting: SceneStart | undefined;
  private stopTaking: (() => void)[] = [];
  private handedOver = false;

  constructor(services: GameServices, title: TitleScreen) {
    this.services = services;
    this.title = title;
    this.select = new SelectScreen(services);
  }

  /** Follow the player from the title (already on screen) until the engine takes over. */
  begin(): void {
    this.stopTaking.push(this.title.take((choice) => this.fromTitle(choice)));
  }

  /** The engine is ready: let go of the screens, and return the scene that shows where the player is now. */
  takeOver(): SceneStart {
    this.handedOver = true;
    for (const stop of this.stopTaking.splice(0)) stop();
    if (this.waiting) {
      this.play?.dispose();
      return this.waiting;
    }
    if (this.play) return { key: SCENES.play, data: { ...this.play.request, screen: this.play } };
    if (this.select.shown) return { key: SCENES.select };
    return { key: SCENES.title };
  }

  private fromTitle(choice: TitleChoice): void {
    if (choice.kind === 'logs') return this.wait({ key: SCENES.logs }, () => this.title.showWaiting());
    if (choice.kind === 'look-back') return this.wait(lookBackScene(choice.lookBack), () => this.title.showWaiting());
    this.title.hide();
    if (choice.kind === 'start') this.toSelect();
    else this.toPlay({ entry: choice.entry, resume: choice.resume });
  }

  private toSelect(): void {
    this.select.show();
    this.stopTaking.push(this.select.take((pick) => this.toPlay(pick)));
  }

  private toPlay(request: PlayRequest): void {
    const play = new PlayScreen(this.services, request);
    this.play = play;
    this.stopTaking.push(play.takeExit((exit) => this.fromPlay(play, exit)));
    play.start();
  }

  private fromPlay(play: PlayScreen, exit: PlayExit): void {
    if (exit.kind === 'reveal') return this.wait({ key: SCENES.reveal, data: { entry: exit.entry, log: exit.log } }, () => play.showWaiting());
    play.dispose();
    this.play = undefined;
    this.toSelect();
  }

  private wait(start: SceneStart, showWaiting: () => void): void {
    if (this.handedOver) return;
    this.waiting = start;
    showWaiting();
  }
}
