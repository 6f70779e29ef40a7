/**
 * Saves a play-through at every checkpoint (the start, and after each choice) under its own id, and
 * at its end keeps its log among the recent play-throughs before its save is forgotten: nothing is
 * cleared before the reveal, and a play-through whose log cannot be kept keeps its save instead.
 *
 * The save is taken at the checkpoint (the story's state cannot be read back later), but writing it
 * (turning it into text and storing it) may wait: the game writes after the next text is painted,
 * so the player never waits on it. `flush` writes a waiting save at once; the game calls it when the
 * page is hidden or closed, so leaving never loses the last choice.
 */
import type { ChoiceLog } from '../log/choice-log.ts';
import type { Clock } from '../ports.ts';
import type { Session } from '../session.ts';
import { SAVE_SCHEMA, type SaveFile } from './save-file.ts';
import type { SaveStore } from './save-store.ts';

/**
 * What is true of this play-through's progress now, for anything that tells the player (the crash
 * panel, the reveal): nothing written yet; the latest checkpoint saved; the latest save refused by the
 * storage; finished and kept among the recent play-throughs; finished, but the log could not be kept.
 */
export type ProgressState = 'not-yet' | 'saved' | 'not-saved' | 'kept' | 'not-kept';

/**
 * What is still true of a play-through's progress: the state of its last write, unless the title
 * (in this tab or another) has since removed its finished log or put its save aside. Then nothing
 * is claimed (undefined), rather than "kept" or "saved" about what is no longer there.
 */
export function progressNow(saving: Pick<Autosave, 'id' | 'state'> | undefined, store: SaveStore): ProgressState | undefined {
  if (!saving) return undefined;
  const { id, state } = saving;
  if (state === 'kept' && store.readFinished(id) === null) return undefined;
  if (state === 'saved' && !store.index().playing.some((entry) => entry.id === id)) return undefined;
  return state;
}

export interface Autosave {
  /** The play-through's id: its key in storage. */
  readonly id: string;
  readonly state: ProgressState;
  /** Write the waiting save now, if there is one. */
  flush(): void;
  /** Stop saving this session, after writing the waiting save unless told not to (another tab has it now). */
  stop(writeWaiting?: boolean): void;
}

export interface SaveTarget {
  readonly id: string;
  /** Project-relative story file, e.g. `stories/forecast.ink`. */
  readonly file: string;
  /** Resumed from a save already kept: its progress is saved until a write says otherwise. */
  readonly saved?: boolean;
}

/** When to write: at once unless told otherwise. */
const AT_ONCE = (work: () => void) => work();

export function autosave(
  session: Session,
  store: SaveStore,
  target: SaveTarget,
  clock: Clock,
  schedule: (work: () => void) => void = AT_ONCE,
  onEnded?: (log: ChoiceLog, kept: boolean) => void,
): Autosave {
  const { id, file } = target;
  let waiting: SaveFile | undefined;
  let state: ProgressState = target.saved ? 'saved' : 'not-yet';
  const write = (save: SaveFile) => {
    state = store.write(id, save) ? 'saved' : 'not-saved';
  };
  const flush = () => {
    const save = waiting;
    waiting = undefined;
    if (save) write(save);
  };
  const offCheckpoint = session.events.on('checkpoint', (snapshot) => {
    const scheduled = waiting !== undefined;
    // A later checkpoint replaces one not yet written: only the latest is worth writing.
    waiting = {
      schema: SAVE_SCHEMA,
      savedAt: new Date(clock.now()).toISOString(),
      file,
      storyId: snapshot.log.storyId,
      storyTitle: snapshot.log.storyTitle,
      storyHash: snapshot.log.storyHash,
      snapshot,
    };
    if (!scheduled) schedule(flush);
  });
  const offEnded = session.events.on('ended', (log) => {
    const last = waiting;
    waiting = undefined;
    const kept = store.finish(id, log);
    // Not kept (storage full or off): the save after the last choice stays, so a reload still reaches the end.
    if (!kept && last) store.write(id, last);
    state = kept ? 'kept' : 'not-kept';
    onEnded?.(log, kept);
  });
  return {
    id,
    get state() {
      return state;
    },
    flush,
    stop(writeWaiting = true) {
      if (writeWaiting) flush();
      waiting = undefined;
      offCheckpoint();
      offEnded();
    },
  };
}
