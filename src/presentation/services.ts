/** What the scenes are given by the composition root (main.ts). Scenes reach the world only through this. */
import type { FileDownloads, PickedFile } from '../core/file-ports.ts';
import type { Result } from '../core/result.ts';
import type { AudioSettingsStore } from '../core/audio/settings.ts';
import type { FullScreen } from '../core/display-ports.ts';
import type { TextSizeStore } from '../core/text-size.ts';
import type { ProgressState } from '../core/save/autosave.ts';
import type { KeptSave } from '../core/save/save-file.ts';
import type { OptionOrderStore } from '../core/option-order-setting.ts';
import type { SaveStore } from '../core/save/save-store.ts';
import type { Session, SessionOptions } from '../core/session.ts';
import type { CatalogEntry } from '../core/story/catalog.ts';
import type { OwnStoryCheck, OwnStoryFile, OwnStoryShelf } from '../core/story/own-stories.ts';
import type { StoryFailure } from '../core/story/runner.ts';
import type { Overlay } from './ui/overlay.ts';
import type { ChoiceLog } from '../core/log/choice-log.ts';
import type { StoryMap } from '../core/debrief/story-map.ts';

export interface StartOptions extends Pick<SessionOptions, 'mode' | 'alias'> {
  /** Carry on from this save instead of starting fresh. */
  readonly resume?: KeptSave;
  /** "Play from here": a new play-through with this log's history up to this decision (src/core/replay.ts). */
  readonly replay?: ReplayRequest;
}

export interface ReplayRequest {
  readonly log: ChoiceLog;
  /** 1-based: the replay waits at this decision for a new choice. */
  readonly fromDecision: number;
}

export interface GameServices {
  /** Every scenario the build contains, in the order to list them, then the player's own stories of this session. */
  readonly catalog: readonly CatalogEntry[];
  /** The stories the player opened from their own .ink files, kept for the browser session. */
  readonly ownStories: OwnStoryShelf;
  /** Compile and check a story from the player's files, in a worker fetched the first time this is called. */
  checkOwnStory(files: readonly OwnStoryFile[]): Promise<OwnStoryCheck>;
  /**
   * Load a scenario and start a play-through (solo unless the options say otherwise), or carry on
   * from a save. Every play-through is saved after each choice.
   */
  startSession(entry: CatalogEntry, options?: StartOptions): Promise<Result<Session, StoryFailure>>;
  /** The map of a scenario's decisions for the debrief, worked out in a worker the first time it is asked for. */
  storyMap(entry: CatalogEntry): Promise<Result<StoryMap, string>>;
  /** The play-throughs kept between visits. */
  readonly saves: SaveStore;
  /** What is true now of the progress of this page's play-through (undefined before one has begun). */
  progress(): ProgressState | undefined;
  /**
   * Put a save to one side (its place could not be restored), stopping this page's saving of it.
   * Returns false when the storage would not let it be put aside (it is then left as it was).
   */
  setAside(id: string, why: string): boolean;
  /** Master, music and effects volume and mute, applied to the sound and remembered between visits. */
  readonly soundSettings: AudioSettingsStore;
  /** The player's text size, remembered between visits. */
  readonly textSize: TextSizeStore;
  /** Whether options come shuffled (the default) or in the order written, remembered between visits. */
  readonly optionOrder: OptionOrderStore;
  /** The HTML layer for text and controls. */
  readonly overlay: Overlay;
  /** Full screen on and off, for presenting to a room (group mode's F key and button). */
  readonly fullScreen: FullScreen;
  /** True when the player asked their system for less motion: no tweens, text at once. */
  prefersReducedMotion(): boolean;
  /** Saving exports (logs, spreadsheets, reports) as files, and opening the report in a tab. */
  readonly downloads: FileDownloads;
  /** Read files picked or dropped by the person; a file over `maxBytes` is not read. */
  readFiles(files: ArrayLike<File>, maxBytes: number): Promise<PickedFile[]>;
}

/** Scene keys, in one place so a typo is a type error. */
export const SCENES = {
  boot: 'boot',
  title: 'title',
  select: 'select',
  play: 'play',
  reveal: 'reveal',
  debrief: 'debrief',
  logs: 'logs',
  storyMap: 'story-map',
} as const;

export type SceneKey = (typeof SCENES)[keyof typeof SCENES];
