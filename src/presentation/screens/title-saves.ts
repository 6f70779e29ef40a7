/**
 * The saved games on the title screen: every save read and checked (core/save/saved-games.ts), then
 * what to do about a play-through in progress, and the list of recent play-throughs and saves put
 * to one side, each with its actions. A chunk of its own, with the schema library: the title's first
 * script only asks whether anything is stored, and loads this when something is.
 */
import type { ChoiceLog } from '../../core/log/choice-log.ts';
import type { FileDownloads } from '../../core/file-ports.ts';
import { matchStory, storyNotice } from '../../core/log/story-match.ts';
import type { PlayThroughPresence } from '../../core/save/presence.ts';
import type { ResumeOffer } from '../../core/save/resume-offer.ts';
import { reviewSavedGames, type FinishedGame, type SetAsideGame } from '../../core/save/saved-games.ts';
import { FINISHED_KEPT, SET_ASIDE_KEPT, type SaveStore } from '../../core/save/save-store.ts';
import type { CatalogEntry } from '../../core/story/catalog.ts';
import { damagedNote, damagedPanel, elsewhereNotice, notice, offerPanel, savedGamesList, type SavedRow, type SavedSection } from '../ui/saved-games-view.ts';
import { countOf, describeWhen } from '../ui/text.ts';
import { startPrompt, type TitleView } from '../ui/title-view.ts';
import type { KeptSave } from '../../core/save/save-file.ts';
import type { LookBack } from './title-screen.ts';
import { replaceChildrenWith } from '../ui/dom.ts';

export interface TitleSavesDeps {
  readonly saves: SaveStore;
  readonly catalog: readonly CatalogEntry[];
  readonly presence?: Pick<PlayThroughPresence, 'isOpenElsewhere' | 'savesChanged'>;
  readonly downloads?: FileDownloads;
}

/** Where the player can go from the saved games. */
export interface TitleSavesChoices {
  start(): void;
  resume(entry: CatalogEntry, resume: KeptSave): void;
  lookBack(choice: LookBack): void;
  /** Something was removed here: show the saved games again. */
  refresh(): void;
}

/** Why a save is put aside when the player starts over from its offer: the end of "put to one side because …". */
const STARTED_OVER: Record<ResumeOffer['kind'], string> = {
  'resume': 'you started over',
  'story-changed': 'the scenario had changed since it was saved',
  'story-missing': 'the scenario is not in this version of the game',
  'cannot-restore': 'its place in the story could not be restored',
};

/** Fill the title's two places; returns whether any key starts the game (nothing to decide first). */
export function showSavedGames(view: TitleView, deps: TitleSavesDeps, choices: TitleSavesChoices): boolean {
  const { saves, catalog, presence } = deps;
  const games = reviewSavedGames(saves, catalog.map((entry) => ({ id: entry.info.id, hash: entry.hash })), (id) => presence?.isOpenElsewhere(id) ?? false);
  if (games.damaged.length > 0) presence?.savesChanged();
  const offer = games.playing.find((game) => !game.openElsewhere)?.offer;
  const elsewhere = games.playing.filter((game) => game.openElsewhere).map((game) => game.offer.save.storyTitle);
  const saveLog = (log: ChoiceLog) => () => saveLogFile(deps.downloads, log);
  let main: HTMLElement;
  if (offer) {
    main = offerPanel(offer, {
      onResume: () => {
        const entry = catalog.find((e) => e.info.id === offer.save.storyId);
        if (entry) choices.resume(entry, { id: offer.id, save: offer.save });
        else choices.start();
      },
      onStartOver: () => {
        saves.setAside(offer.id, STARTED_OVER[offer.kind]);
        presence?.savesChanged();
        choices.start();
      },
      ...(deps.downloads && offer.kind !== 'resume' ? { onSaveChoices: saveLog(offer.save.snapshot.log) } : {}),
    });
  } else if (games.damaged.length > 0) {
    main = damagedPanel(games.damaged, {
      onStartFresh: () => choices.start(),
      onDelete: () => {
        for (const save of games.damaged) saves.remove(save.id);
        presence?.savesChanged();
        choices.start();
      },
    });
  } else main = startPrompt(() => choices.start());
  // A save found damaged while another is offered: said too, not only listed.
  const alsoDamaged = offer && games.damaged.length > 0 ? [notice(damagedNote(games.damaged))] : [];
  replaceChildrenWith(view.main, [main, alsoDamaged, elsewhere.length > 0 ? elsewhereNotice(elsewhere) : null]);
  const remove = (id: string) => () => {
    saves.remove(id);
    presence?.savesChanged();
    choices.refresh();
  };
  const sections: SavedSection[] = [
    { heading: 'Recent play-throughs', rows: games.finished.map((game) => finishedRow(game, deps, choices, remove(game.id))), rule: `The last ${FINISHED_KEPT} finished play-throughs are kept in this browser until you remove them; when another finishes, the oldest goes. To keep one for good, save it as a file.` },
    { heading: 'Put to one side', rows: games.setAside.map((game) => setAsideRow(game, deps, remove(game.id))), rule: `The last ${SET_ASIDE_KEPT} saved games put to one side are kept until you delete them; putting another aside removes the oldest. Save one as a file to keep it.` },
  ];
  const list = savedGamesList(sections);
  replaceChildrenWith(view.saved, [list]);
  view.screen.classList.toggle('with-saved', list !== null);
  return !offer && games.damaged.length === 0;
}

function finishedRow(game: FinishedGame, deps: TitleSavesDeps, choices: TitleSavesChoices, onRemove: () => void): SavedRow {
  const { log } = game;
  if (!log) {
    return {
      title: 'A finished play-through',
      detail: 'Its log could not be read; it can still be saved as a file, as it was stored.',
      actions: [{ label: 'Save as file', onClick: () => saveStoredFile(deps.downloads, game.text, 'finished-play-through') }],
      onRemove,
      removeLabel: 'Remove',
    };
  }
  const match = matchStory(deps.catalog, log);
  const notice = storyNotice(match.status, log.storyTitle);
  const who = log.alias ?? (log.mode === 'group' ? 'A group' : undefined);
  const entry = match.entry;
  return {
    title: `“${log.storyTitle}”`,
    detail: `${who ? `${who}, ` : ''}finished ${describeWhen(log.endedAt ?? log.startedAt)} · ${countOf(log.decisions.length, 'decision')}`,
    actions: [
      ...(entry ? [{ label: 'See the pattern', onClick: () => choices.lookBack({ view: 'reveal', log, entry }) }] : []),
      { label: 'Debrief', onClick: () => choices.lookBack({ view: 'debrief', log, ...(entry ? { entry } : {}), ...(notice ? { notice } : {}) }) },
      { label: 'Save as file', onClick: () => saveLogFile(deps.downloads, log) },
    ],
    onRemove,
    removeLabel: 'Remove',
  };
}

function setAsideRow(game: SetAsideGame, deps: TitleSavesDeps, onRemove: () => void): SavedRow {
  const { save } = game;
  const when = game.at ? ` ${describeWhen(game.at)}` : '';
  return {
    title: save ? `“${save.storyTitle}”` : 'A saved game that could not be read',
    detail: `${save ? `${countOf(save.snapshot.log.decisions.length, 'decision')} · ` : ''}put to one side${when} because ${game.why}`,
    // A save that can still be read is handed over as its log (it opens with "Open saved logs"); one that cannot, as it was stored.
    actions: [{ label: 'Save as file', onClick: () => (save ? saveLogFile(deps.downloads, save.snapshot.log) : saveStoredFile(deps.downloads, game.text, 'saved-game')) }],
    onRemove,
    removeLabel: 'Delete',
  };
}

/** The exports (spreadsheet and report code with them) come when first asked for. */
function saveLogFile(downloads: FileDownloads | undefined, log: ChoiceLog): void {
  if (downloads) void import('../exports.ts').then(({ exportLog }) => exportLog(downloads, log, 'json'));
}

function saveStoredFile(downloads: FileDownloads | undefined, text: string, name: string): void {
  downloads?.save({ name: `manage-or-lead-${name}-${new Date().toISOString().slice(0, 10)}.json`, type: 'application/json', content: text });
}
