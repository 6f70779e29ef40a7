/** Saves a session at every checkpoint (the start, and after each choice) and forgets it at the end. */
import type { Clock } from '../ports.ts';
import type { Session } from '../session.ts';
import { SAVE_SCHEMA } from './save-file.ts';
import type { SaveStore } from './save-store.ts';

export function autosave(session: Session, store: SaveStore, file: string, clock: Clock): () => void {
  const offCheckpoint = session.events.on('checkpoint', (snapshot) => {
    store.write({
      schema: SAVE_SCHEMA,
      savedAt: new Date(clock.now()).toISOString(),
      file,
      storyId: snapshot.log.storyId,
      storyTitle: snapshot.log.storyTitle,
      storyHash: snapshot.log.storyHash,
      snapshot,
    });
  });
  const offEnded = session.events.on('ended', () => store.clear());
  return () => {
    offCheckpoint();
    offEnded();
  };
}
