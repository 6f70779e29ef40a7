/**
 * Saves a session at every checkpoint (the start, and after each choice) and forgets it at the end.
 *
 * The save is taken at the checkpoint (the story's state cannot be read back later), but writing it
 * (turning it into text and storing it) may wait: the game writes after the next text is painted,
 * so the player never waits on it. `flush` writes a waiting save at once; the game calls it when the
 * page is hidden or closed, so leaving never loses the last choice.
 */
import type { Clock } from '../ports.ts';
import type { Session } from '../session.ts';
import { SAVE_SCHEMA, type SaveFile } from './save-file.ts';
import type { SaveStore } from './save-store.ts';

export interface Autosave {
  /** Write the waiting save now, if there is one. */
  flush(): void;
  /** Write the waiting save and stop saving this session. */
  stop(): void;
}

/** When to write: at once unless told otherwise. */
const AT_ONCE = (work: () => void) => work();

export function autosave(session: Session, store: SaveStore, file: string, clock: Clock, schedule: (work: () => void) => void = AT_ONCE): Autosave {
  let waiting: SaveFile | undefined;
  const flush = () => {
    const save = waiting;
    waiting = undefined;
    if (save) store.write(save);
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
  const offEnded = session.events.on('ended', () => {
    waiting = undefined;
    store.clear();
  });
  return {
    flush,
    stop() {
      flush();
      offCheckpoint();
      offEnded();
    },
  };
}
