/**
 * The Phaser half of the composition root. main.ts shows the title at once and then imports this
 * module, with the engine, on its own: the title answers keys and clicks while it loads.
 *
 * The scenes of a first play-through (title, scenario select, play) are bundled here; the later
 * ones (reveal, debrief, saved logs) come in a chunk of their own, fetched in the background once
 * the game is running, with a stand-in scene under each key in case one is wanted sooner.
 */
import Phaser from 'phaser';
import { BootScene } from './scenes/boot-scene.ts';
import { DeferredScene } from './scenes/deferred-scene.ts';
import type { LaterSceneKey } from './scenes/later-scenes.ts';
import { renderOnChange } from './render-on-change.ts';
import { PlayScene } from './scenes/play-scene.ts';
import { SelectScene } from './scenes/select-scene.ts';
import { TitleScene } from './scenes/title-scene.ts';
import { SCENES, type GameServices } from './services.ts';
import type { EarlyScreens } from './screens/early-screens.ts';
import type { TitleScreen } from './screens/title-screen.ts';

export interface GameStart {
  /** Where the canvas goes. */
  readonly parent: HTMLElement;
  readonly services: GameServices;
  /** The title main.ts showed at once. */
  readonly title: TitleScreen;
  /** The screens that followed the player while the engine loaded: the first scene takes over from them. */
  readonly early: EarlyScreens;
}

export function startGame({ parent, services, title, early }: GameStart): Phaser.Game {
  let later: Promise<Record<LaterSceneKey, Phaser.Scene>> | undefined;
  const loadLater = () => (later ??= import('./scenes/later-scenes.ts').then((m) => m.laterScenes(services)));
  const deferred = (key: LaterSceneKey) => new DeferredScene(key, () => loadLater().then((scenes) => scenes[key]), services.overlay);

  const game = new Phaser.Game({
    type: Phaser.WEBGL,
    parent,
    backgroundColor: '#14192a',
    banner: false,
    // Two costs that a machine without a GPU pays on every pixel of every frame drawn (software
    // WebGL): multisampled edges (each pixel four times, then resolved) and a drawing buffer thrown
    // away after each frame. Without them a frame redraws only the parts of the canvas that
    // changed (render-on-change.ts). The pictures are textures, which multisampling never touched.
    antialiasGL: false,
    preserveDrawingBuffer: true,
    // Draw at the window's real size, so nothing is stretched; layouts scale by a design unit.
    scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
    // Sound goes through Howler (issue #9); Phaser's own audio stays off.
    audio: { noAudio: true },
    // Keys and clicks go to the HTML layer over the canvas (see BaseScene.onKey); the lean Phaser
    // has no input plugin for scenes, and its input manager listens to nothing.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scene: [
      new BootScene(early),
      new TitleScene(services, title),
      new SelectScene(services, early.select),
      new PlayScene(services),
      deferred(SCENES.reveal),
      deferred(SCENES.debrief),
      deferred(SCENES.logs),
      deferred(SCENES.storyMap),
    ],
  });
  // Software WebGL makes every redraw costly: draw only the frames in which something changed.
  renderOnChange(game);
  // Fetch the later screens when the browser has a moment, after the first ones are up.
  game.events.once(Phaser.Core.Events.READY, () => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => void loadLater(), { timeout: 2000 });
    else setTimeout(() => void loadLater(), 200);
  });
  return game;
}
