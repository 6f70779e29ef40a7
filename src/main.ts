/**
 * The composition root: builds the adapters, the services and the Phaser game. Nothing imports this.
 */
import Phaser from 'phaser';
import catalog from 'virtual:story-catalog';
import { fileDownloads } from './adapters/file-download.ts';
import { readPickedFiles } from './adapters/file-picker.ts';
import { prefersReducedMotion } from './adapters/motion-preference.ts';
import { createHowlerAudio } from './adapters/howler-audio.ts';
import { browserStorage } from './adapters/local-storage.ts';
import { AudioSettingsStore } from './core/audio/settings.ts';
import { attachStorySound } from './core/audio/story-sound.ts';
import { ambienceFor, cueFor, musicFor } from './presentation/assets/manifest.ts';
import { systemClock } from './core/ports.ts';
import { err, ok } from './core/result.ts';
import { autosave } from './core/save/autosave.ts';
import { SaveStore } from './core/save/save-store.ts';
import { openSession } from './core/session.ts';
import { BootScene } from './presentation/scenes/boot-scene.ts';
import { DebriefScene } from './presentation/scenes/debrief-scene.ts';
import { LogsScene } from './presentation/scenes/logs-scene.ts';
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

const saves = new SaveStore(browserStorage);
// Sound: the story's tags → the audio port → Howler, with files found through the asset manifest.
const audio = createHowlerAudio({ cue: cueFor, ambience: ambienceFor, music: musicFor });
const soundSettings = new AudioSettingsStore(browserStorage, audio);
// Browsers keep sound suspended until the first key press or click (the title's "press any key").
const unlockAudio = () => audio.unlock();
window.addEventListener('pointerdown', unlockAudio, { once: true, capture: true });
window.addEventListener('keydown', unlockAudio, { once: true, capture: true });
const overlay = new Overlay(element('ui'), element('announcer'));

const services: GameServices = {
  catalog,
  overlay,
  saves,
  soundSettings,
  prefersReducedMotion,
  downloads: fileDownloads,
  readFiles: readPickedFiles,
  async startSession(entry, options = {}) {
    let json: string;
    try {
      json = await entry.load();
    } catch (error) {
      return err({ kind: 'bad-json', message: `${entry.file} could not be loaded: ${String(error)}` });
    }
    const log = options.resume?.snapshot.log;
    const opened = openSession(json, entry.file, systemClock, {
      mode: log?.mode ?? options.mode,
      alias: log ? log.alias : options.alias,
      app: { name: 'manage-or-lead', version: __APP_VERSION__ },
    });
    if (!opened.ok) return opened;
    if (options.resume) {
      const resumed = opened.value.resume(options.resume.snapshot);
      if (!resumed.ok) return resumed;
    }
    autosave(opened.value, saves, entry.file, systemClock);
    attachStorySound(opened.value, audio);
    return ok(opened.value);
  },
};

// Whatever escapes the scenes still gets a message and a way back, never a silent blank screen.
const showUnexpected = (detail: string) => overlay.showUnexpectedProblem(detail, saves.available, () => window.location.reload());
window.addEventListener('error', (event) => showUnexpected(event.message));
window.addEventListener('unhandledrejection', (event) => showUnexpected(String(event.reason)));

new Phaser.Game({
  type: Phaser.WEBGL,
  parent: element('stage'),
  backgroundColor: '#14192a',
  banner: false,
  // Draw at the window's real size, so nothing is stretched; layouts scale by a design unit.
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  // Sound goes through Howler (issue #9); Phaser's own audio stays off.
  audio: { noAudio: true },
  scene: [new BootScene(services), new TitleScene(services), new SelectScene(services), new PlayScene(services), new RevealScene(services), new DebriefScene(services), new LogsScene(services)],
});
