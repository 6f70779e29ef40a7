/**
 * The composition root: builds the adapters, the services and the Phaser game. Nothing imports this.
 */
import Phaser from 'phaser';
import catalog from 'virtual:story-catalog';
import { prefersReducedMotion } from './adapters/motion-preference.ts';
import { systemClock } from './core/ports.ts';
import { openSession } from './core/session.ts';
import { err } from './core/result.ts';
import { BootScene } from './presentation/scenes/boot-scene.ts';
import { DebriefScene } from './presentation/scenes/debrief-scene.ts';
import { RevealScene } from './presentation/scenes/reveal-scene.ts';
import { PlayScene } from './presentation/scenes/play-scene.ts';
import { SelectScene } from './presentation/scenes/select-scene.ts';
import { TitleScene } from './presentation/scenes/title-scene.ts';
import type { GameServices } from './presentation/services.ts';
import { Overlay } from './presentation/ui/overlay.ts';

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found;
}

const services: GameServices = {
  catalog,
  overlay: new Overlay(element('ui'), element('announcer')),
  prefersReducedMotion,
  async startSession(entry, options = {}) {
    try {
      return openSession(await entry.load(), entry.file, systemClock, { ...options, app: { name: 'manage-or-lead', version: __APP_VERSION__ } });
    } catch (error) {
      return err({ kind: 'bad-json', message: `${entry.file} could not be loaded: ${String(error)}` });
    }
  },
};

new Phaser.Game({
  type: Phaser.WEBGL,
  parent: element('stage'),
  backgroundColor: '#14192a',
  banner: false,
  // Draw at the window's real size, so nothing is stretched; layouts scale by a design unit.
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  // Sound goes through Howler (issue #9); Phaser's own audio stays off.
  audio: { noAudio: true },
  scene: [new BootScene(services), new TitleScene(services), new SelectScene(services), new PlayScene(services), new RevealScene(services), new DebriefScene(services)],
});
