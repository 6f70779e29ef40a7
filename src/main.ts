/**
 * The composition root: builds the adapters and the services, shows the title, then loads the
 * Phaser game. Nothing imports this.
 *
 * This is the page's entry script and stays small: the title (plain HTML) answers keys and clicks
 * as soon as it runs, while the early screens (the scenario list and the play-through's text, also
 * plain HTML) and the story runtime (inkjs, through the session) load behind it. The engine
 * (./presentation/game.ts, with Phaser) and the sound (Howler) follow when the player first pauses.
 * A player can open a scenario and play it before the engine is ready; its pictures join the text
 * when it is. See docs/performance.md.
 */
import builtInStories from 'virtual:story-catalog';
import { fileDownloads } from './adapters/file-download.ts';
import { readPickedFiles } from './adapters/file-picker.ts';
import { browserFullScreen } from './adapters/fullscreen.ts';
import { prefersReducedMotion } from './adapters/motion-preference.ts';
import { browserStorage, sessionStore } from './adapters/local-storage.ts';
import { randomId } from './adapters/random-id.ts';
import { browserTabMessages } from './adapters/tab-messages.ts';
import { AudioSettingsStore } from './core/audio/settings.ts';
import { TextSizeStore } from './core/text-size.ts';
import { OptionOrderStore } from './core/option-order-setting.ts';
import { attachStorySound } from './core/audio/story-sound.ts';
import { DeferredAudio } from './core/audio/deferred-audio.ts';
import { systemClock } from './core/ports.ts';
import { err, ok } from './core/result.ts';
import { autosave, progressNow, type Autosave } from './core/save/autosave.ts';
import { PlayThroughPresence } from './core/save/presence.ts';
import { SaveStore } from './core/save/save-store.ts';
import type { CatalogEntry } from './core/story/catalog.ts';
import type { StoryMap } from './core/debrief/story-map.ts';
import type { ChoiceLog } from './core/log/choice-log.ts';
import type { Result } from './core/result.ts';
import type { Session } from './core/session.ts';
import type { StoryFailure } from './core/story/runner.ts';
import { OwnStoryShelf } from './core/story/own-stories.ts';
import type { GameServices } from './presentation/services.ts';
import { Overlay, progressSentence } from './presentation/ui/overlay.ts';
import { afterNextPaint } from './presentation/after-paint.ts';
import { afterInputPause } from './presentation/page-events.ts';
import { perfMark } from './presentation/perf-marks.ts';
import { TitleScreen } from './presentation/screens/title-screen.ts';
import type { LmsMode } from './lms/lms-mode.ts';

/** The engine and the sound start once the player has pressed nothing for this long, or after the latest wait (see below). */
const QUIET_MS = 1500;
const LATEST_START_MS = 5000;

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found;
}

// In LMS mode the learning system may keep the saves instead (then this is replaced before the title shows).
let saves = new SaveStore(browserStorage, randomId, systemClock);
// Which play-throughs the game's other tabs have open: a second tab says so instead of competing for one.
/** How often a page that sees a play-through open elsewhere checks that its tab is still there. */
const ROLL_CALL_MS = 2500;
const presence = new PlayThroughPresence(browserTabMessages('manage-or-lead/play-throughs'), randomId(), systemClock);
// The stories a player opens from their own .ink files stay for the browser session (a reload keeps
// them, so a save of one resumes), listed after the build's own.
const ownStories = new OwnStoryShelf(sessionStore, builtInStories);
// Launched by a learning system: a SCORM package's launch page marks <html data-lms>, a cmi5 or
// xAPI launch puts an `endpoint` in the address. Only then is the LMS code fetched, and the title
// waits for it (docs/lms.md); it offers the launch's scenarios only and may keep the saves itself.
// (No top-level await here: the bundler would split every module the entry shares into chunks.)
const launch = document.documentElement.dataset;
const lmsLaunched = launch.lms !== undefined || new URLSearchParams(window.location.search).has('endpoint');
let lms: LmsMode | undefined;
const stories = (): readonly CatalogEntry[] => lms?.catalog ?? [...builtInStories, ...ownStories.entries];
// Sound: the story's tags → the audio port → Howler, with files found through the asset manifest.
// Howler comes in when the player first pauses (see below): opening the AudioContext behind it can
// hold the page for a few hundred milliseconds on a slow machine. Until then the deferred port keeps
// what is asked of it (settings, the place's ambience, the music, recent cues) and hands it over.
const audio = new DeferredAudio(systemClock);
const soundSettings = new AudioSettingsStore(browserStorage, audio);
// The text-size setting scales the story text through a CSS variable (see style.css).
const textSize = new TextSizeStore(browserStorage, (scale) => document.documentElement.style.setProperty('--text-scale', String(scale)));
// Browsers keep sound suspended until the first key press or click (the title's "press any key").
// Pressed before the sound is made, the key still counts: the deferred port passes it on.
const unlockAudio = () => {
  audio.unlock();
  window.removeEventListener('pointerdown', unlockAudio, { capture: true });
  window.removeEventListener('keydown', unlockAudio, { capture: true });
};
window.addEventListener('pointerdown', unlockAudio, { capture: true });
window.addEventListener('keydown', unlockAudio, { capture: true });
const overlay = new Overlay(element('ui'), element('announcer'));
// Shuffled option order unless the player chose the order written; a resumed save keeps its own.
const optionOrder = new OptionOrderStore(browserStorage);

// The play-through in progress is saved after every choice, once the next text is painted; leaving
// the page (or hiding it, after which a phone may close it unasked) writes a save still waiting.
let saving: Autosave | undefined;
/** Tell the other tabs again that this page has its play-through open (set when one starts). */
let reclaim: (() => void) | undefined;
window.addEventListener('pagehide', () => {
  saving?.flush();
  presence.releaseAll();
});
// A tab that closed without its last message getting through, or crashed, would otherwise keep its
// play-through "open in another tab" here until this page reloads (src/core/save/presence.ts).
setInterval(() => {
  if (presence.wantsRollCall()) presence.rollCall();
}, ROLL_CALL_MS);
// Back from the browser's page cache: the play-through let go on leaving is this page's again.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) reclaim?.();
});
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') saving?.flush();
});

// Whatever escapes the scenes still gets a message and a way back, never a silent blank screen. The
// panel says only what is true of the progress: a save still waiting is written first, then asked about.
const showUnexpected = (detail: string) => {
  saving?.flush();
  overlay.showUnexpectedProblem(detail, progressSentence(progress()), () => window.location.reload());
};
/** What is true of this page's play-through's progress; nothing, when the saves do not outlast the page (LMS mode: the learning system keeps the place). */
function progress() {
  return saves.lasting ? progressNow(saving, saves) : undefined;
}
window.addEventListener('error', (event) => showUnexpected(event.message));
window.addEventListener('unhandledrejection', (event) => showUnexpected(String(event.reason)));

// The first screen: up before anything else loads.
const title = new TitleScreen({
  overlay,
  get saves() {
    return saves;
  },
  get catalog() {
    return stories();
  },
  downloads: fileDownloads,
  presence,
});
const showTitle = () => {
  title.show();
  perfMark('title-interactive');
};
if (lmsLaunched) {
  import('./lms/lms-mode.ts')
    .then(({ startLmsMode }) => startLmsMode({ mark: launch.lms, story: launch.story, search: window.location.search }, builtInStories))
    .then(
      (mode) => {
        lms = mode;
        saves = mode.saves ?? saves;
      },
      (error: unknown) => console.error('The learning system connection could not start:', error),
    )
    .finally(showTitle);
} else showTitle();

// The story runtime (inkjs, the runner, the session), fetched now that the title is up, used once a
// scenario is picked. (index.html does not ask for it ahead: compiled during the title's own script and
// layout, on two cores, it held the title back. See PRELOADED_MODULES in tools/bundle-size.ts.)
const loadSessions = () => import('./core/session.ts');
const sessionsLoading = loadSessions();
sessionsLoading.catch(() => undefined); // a failed fetch is reported when a scenario is opened

/** Maps worked out this visit, by story hash: a story's map does not change while the page is open. */
const storyMaps = new Map<string, Promise<Result<StoryMap, string>>>();

const services: GameServices = {
  get catalog() {
    return stories();
  },
  ownStories,
  // The checker (and the ink compiler in its worker) is fetched the first time someone opens a story.
  checkOwnStory: (files) =>
    import('./adapters/own-story-checker.ts').then(
      ({ checkOwnStory }) => checkOwnStory(files),
      (error: unknown) => ({ file: files[0]?.name ?? '', problems: [{ severity: 'error' as const, text: `The story checker could not be loaded: ${String(error)}` }], story: undefined }),
    ),
  storyMap(entry) {
    const known = storyMaps.get(entry.hash);
    if (known) return known;
    const building = Promise.all([entry.load(), import('./adapters/story-map-builder.ts')]).then(
      ([json, { buildMapInWorker }]) => buildMapInWorker(json, entry.hash),
      (error: unknown) => err(`The map could not be loaded: ${String(error)}`),
    );
    // A failure is not kept: the next try starts again.
    storyMaps.set(entry.hash, building);
    void building.then((result) => {
      if (!result.ok) storyMaps.delete(entry.hash);
    });
    return building;
  },
  overlay,
  get saves() {
    return saves;
  },
  progress,
  setAside(id, why) {
    if (saving?.id === id) {
      saving.stop();
      saving = undefined;
    }
    presence.release(id);
    const kept = saves.setAside(id, why);
    presence.savesChanged();
    return kept;
  },
  soundSettings,
  textSize,
  optionOrder,
  prefersReducedMotion,
  fullScreen: browserFullScreen,
  downloads: fileDownloads,
  readFiles: readPickedFiles,
  async startSession(entry, options = {}) {
    let json: string;
    let sessions: Awaited<ReturnType<typeof loadSessions>>;
    try {
      [json, sessions] = await Promise.all([entry.load(), sessionsLoading.catch(loadSessions)]);
    } catch (error) {
      return err({ kind: 'bad-json', message: `${entry.file} could not be loaded: ${String(error)}` });
    }
    const log = options.resume?.save.snapshot.log;
    const app = { name: 'manage-or-lead', version: __APP_VERSION__ };
    const opened = options.replay
      ? await import('./core/replay.ts').then(({ replayFrom }) => {
          const replayed = replayFrom(json, entry.file, options.replay?.log as ChoiceLog, options.replay?.fromDecision ?? 1, systemClock, { app });
          // A log the story no longer fits cannot be replayed: said as the story's own failure, in the replay's words.
          return replayed.ok || replayed.error.kind !== 'path-broken' ? (replayed as Result<Session, StoryFailure>) : err({ kind: 'bad-state' as const, message: `This play-through cannot be replayed: ${replayed.error.message}.` });
        })
      : sessions.openSession(json, entry.file, systemClock, {
          // The build worked out its own stories' hashes; a player's own story, kept by the browser, is hashed again.
          ...(entry.own ? {} : { storyHash: entry.hash }),
          mode: log?.mode ?? options.mode,
          alias: log ? log.alias : options.alias,
          app,
          ...(log ? {} : { shuffleSeed: optionOrder.seedForNewPlay() }),
        });
    if (!opened.ok) return opened;
    if (options.resume) {
      const resumed = opened.value.resume(options.resume.save.snapshot);
      if (!resumed.ok) return resumed;
    }
    if (saving) {
      saving.stop();
      presence.release(saving.id);
    }
    const id = options.resume?.id ?? saves.createId();
    const current = autosave(opened.value, saves, { id, file: entry.file, saved: options.resume !== undefined }, systemClock, afterNextPaint, () => {
      presence.release(id);
      presence.savesChanged();
    });
    saving = current;
    // Another tab turns out to have opened this play-through first: it keeps it, and this one stops saving it and says so.
    const claim = () => presence.claim(id, () => {
      current.stop(false);
      if (saving === current) saving = undefined;
      overlay.showOpenElsewhere(() => window.location.reload());
    });
    claim();
    reclaim = () => {
      if (saving === current && current.state !== 'kept' && current.state !== 'not-kept') claim();
    };
    lms?.attach(opened.value);
    attachStorySound(opened.value, audio, afterNextPaint);
    return ok(opened.value);
  },
};

// The scenario list and the play-through's text, which follow the player from the title while the
// engine loads: a small chunk of their own, so the title's script stays small.
const earlyLoading = import('./presentation/screens/early-screens.ts').then(({ EarlyScreens }) => {
  const early = new EarlyScreens(services, title);
  early.begin();
  return early;
});

// The engine and the scenes (the pictures, and every screen after the first play-through) and the
// sound wait until the player pauses: starting them (a WebGL context, shader programs, the first
// pictures; the browser's audio) holds the main thread for a second or more on a machine without a
// GPU, and a player pressing keys meanwhile would wait for it. Most players read the title first,
// so for them this is at once; one who goes straight for a scenario gets its text first and the
// pictures and sound when they stop to read (docs/performance.md). Without the engine nothing past
// the first scenario works: say so, with a way to retry.
const playerPaused = afterInputPause(QUIET_MS, LATEST_START_MS);
Promise.all([playerPaused.then(() => import('./presentation/game.ts')), earlyLoading]).then(
  ([{ startGame }, early]) => startGame({ parent: element('stage'), services, title, early }),
  (error: unknown) => showUnexpected(`The game could not load: ${String(error)}`),
);
// A task of its own, after the engine's download has begun; a sound that cannot load is silence.
// The asset manifest (every picture's and sound's address) comes with it, not in the title's script.
void playerPaused
  .then(() => Promise.all([import('./adapters/howler-audio.ts'), import('./presentation/assets/manifest.ts')]))
  .then(([{ createHowlerAudio }, { ambienceFor, cueFor, musicFor }]) =>
    setTimeout(() => audio.connect(createHowlerAudio({ cue: cueFor, ambience: ambienceFor, music: musicFor })), 0),
  )
  .catch(() => undefined);
