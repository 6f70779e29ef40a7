/**
 * Everything kept in this browser, read and checked, for the title screen: the play-throughs in
 * progress (each with what can be offered for it), the recent finished ones, and the saves put to
 * one side. A save that cannot be read is put to one side here, with the reason, before anything is
 * offered; no save, however damaged, can stop the title from showing (each is looked at on its own,
 * and one that trips anything unforeseen is put aside like a damaged one).
 */
import type { ChoiceLog } from '../log/choice-log.ts';
import { parseChoiceLog } from '../log/log-schema.ts';
import type { SaveFile, SaveProblem } from './save-file.ts';
import { parseSave, placeLooksWhole } from './save-schema.ts';
import { SET_ASIDE_KEPT, type SaveStore } from './save-store.ts';
import { resumeOffer, type KnownStory, type ResumeOffer } from './resume-offer.ts';

export interface PlayingGame {
  readonly offer: ResumeOffer;
  /** Another tab of this browser has it open: it is not offered here. */
  readonly openElsewhere: boolean;
}

export interface FinishedGame {
  readonly id: string;
  /** As it was stored, to hand over as a file. */
  readonly text: string;
  /** Undefined when the stored log cannot be read (it is still listed, to save as a file or remove). */
  readonly log: ChoiceLog | undefined;
}

export interface SetAsideGame {
  readonly id: string;
  /** When it was put aside (ISO 8601; empty when unknown). */
  readonly at: string;
  /** Why, as the end of a sentence ("you started over"). */
  readonly why: string;
  /** As it was stored, to hand over as a file. */
  readonly text: string;
  /** Its choices, when the save can still be read: then the file offered is its log. */
  readonly save?: SaveFile;
}

/** A save found unreadable on this look, and whether it could be put aside (else it stays where it was). */
export interface DamagedSave {
  readonly id: string;
  readonly problem: SaveProblem;
  readonly setAside: boolean;
}

export interface SavedGames {
  /** Newest first. */
  readonly playing: readonly PlayingGame[];
  /** Newest first (the order they finished in); at most FINISHED_KEPT. */
  readonly finished: readonly FinishedGame[];
  /** Newest first; at most SET_ASIDE_KEPT. */
  readonly setAside: readonly SetAsideGame[];
  readonly damaged: readonly DamagedSave[];
}

export function reviewSavedGames(store: SaveStore, stories: readonly KnownStory[], openElsewhere: (id: string) => boolean): SavedGames {
  const index = store.prepare();
  const playing: (PlayingGame & { readonly savedAt: string })[] = [];
  const unreadable: { readonly id: string; readonly problem: SaveProblem }[] = [];
  for (const { id } of index.playing) {
    const text = store.readSave(id);
    if (text === null) continue;
    const parsed = guarded(() => parseSave(text));
    if (parsed?.ok) {
      const save = parsed.value;
      playing.push({ offer: resumeOffer(id, save, stories, placeLooksWhole(save)), openElsewhere: openElsewhere(id), savedAt: save.savedAt });
    } else unreadable.push({ id, problem: parsed?.error ?? { kind: 'damaged', message: 'the saved game could not be read' } });
  }
  // At most as many as the list keeps, on one look: more would push out one just said to be kept. Any
  // others stay where they are, for the next look. Put aside oldest first, so the list ends newest first.
  const damaged = unreadable.slice(0, SET_ASIDE_KEPT).reverse()
    .map(({ id, problem }): DamagedSave => ({ id, problem, setAside: store.setAside(id, `it could not be read: ${problem.message}`) }))
    .reverse();
  const finished = index.finished.flatMap(({ id }) => {
    const text = store.readFinished(id);
    if (text === null) return [];
    const parsed = guarded(() => parseChoiceLog(text, 'finished play-through'));
    return [{ id, text, log: parsed?.ok ? parsed.value : undefined }];
  });
  const setAside = store.index().setAside.flatMap(({ id, at, why }) => {
    const text = store.readSave(id);
    if (text === null) return [];
    const parsed = guarded(() => parseSave(text));
    return [{ id, at, why, text, ...(parsed?.ok ? { save: parsed.value } : {}) }];
  });
  return {
    playing: playing.sort((a, b) => b.savedAt.localeCompare(a.savedAt)).map(({ offer, openElsewhere: elsewhere }) => ({ offer, openElsewhere: elsewhere })),
    finished,
    setAside,
    damaged,
  };
}

/** Parsers never throw by design; should one still, its input is treated as unreadable rather than break the title. */
function guarded<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
