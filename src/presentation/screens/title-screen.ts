/**
 * The title screen's HTML and its first key press or click, independent of Phaser: main.ts shows it
 * the moment the page's small entry script runs, while the engine is still loading, and the title
 * scene takes it over when the engine is ready. What the player picked before then is remembered and
 * honoured as soon as someone takes it.
 *
 * When anything is stored, the saved games are read and checked by a chunk of their own
 * (title-saves.ts, with the schema library), which then fills in what to offer; until then the
 * prompt waits, so a key cannot start a new game past a save still being looked at. Nothing stored
 * can keep the title from showing.
 */
import type { ChoiceLog } from '../../core/log/choice-log.ts';
import type { FileDownloads } from '../../core/file-ports.ts';
import type { PlayThroughPresence } from '../../core/save/presence.ts';
import type { KeptSave } from '../../core/save/save-file.ts';
import type { SaveStore } from '../../core/save/save-store.ts';
import type { CatalogEntry } from '../../core/story/catalog.ts';
import { SCENES, type SceneKey } from '../services.ts';
import type { Overlay } from '../ui/overlay.ts';
import { keepsKey, openLogsButton } from '../ui/logs-entry.ts';
import { startPrompt, titleView, type TitleView } from '../ui/title-view.ts';
import { Lifetime } from '../lifetime.ts';
import { HeldChoice } from './held-choice.ts';
import { boundedMessage } from '../../core/text/excerpt.ts';

/** A finished play-through to look back on from the title: its pattern (the story must be in this build) or its debrief. */
export type LookBack =
  | { readonly view: 'reveal'; readonly log: ChoiceLog; readonly entry: CatalogEntry }
  | { readonly view: 'debrief'; readonly log: ChoiceLog; readonly entry?: CatalogEntry; readonly notice?: string };

/** Where the player wants to go from the title. */
export type TitleChoice =
  | { readonly kind: 'start' }
  | { readonly kind: 'resume'; readonly entry: CatalogEntry; readonly resume: KeptSave }
  | { readonly kind: 'logs' }
  | { readonly kind: 'look-back'; readonly lookBack: LookBack };

/** The scene that shows a finished play-through looked back on from the title, and its way back there. */
export function lookBackScene(lookBack: LookBack): { readonly key: SceneKey; readonly data: object } {
  const back = { label: 'Back to the title screen', scene: SCENES.title };
  if (lookBack.view === 'reveal') return { key: SCENES.reveal, data: { entry: lookBack.entry, log: lookBack.log, back } };
  const { log, entry, notice } = lookBack;
  return { key: SCENES.debrief, data: { log, back, ...(entry ? { entry } : {}), ...(notice ? { notice } : {}) } };
}

export interface TitleScreenDeps {
  readonly overlay: Overlay;
  readonly saves: SaveStore;
  readonly catalog: readonly CatalogEntry[];
  /** Where "Save as file" sends logs and saves. */
  readonly downloads?: FileDownloads;
  /** Which play-throughs are open in other tabs (they are not offered here). */
  readonly presence?: PlayThroughPresence;
}

export class TitleScreen {
  private readonly deps: TitleScreenDeps;
  private view: TitleView | undefined;
  /** From `show` to `hide` (or the next show): the saves looked at for a showing that has gone are shown nowhere. */
  private showing = new Lifetime();
  /** Any key or click starts: nothing is being decided or looked at first. */
  private anyKeyStarts = false;
  /** The first choice made on the screen now shown, until a taker acts on it. */
  private readonly choice = new HeldChoice<TitleChoice>();

  constructor(deps: TitleScreenDeps) {
    this.deps = deps;
  }

  /** True while the title is on screen (it may have been cleared by a scene since). */
  get shown(): boolean {
    return this.view?.screen.isConnected ?? false;
  }

  /** Put the title on screen, unless it is there already, and listen for the first key or click. */
  show(): void {
    if (this.shown) return;
    this.stopListening();
    const showing = (this.showing = new Lifetime());
    this.choice.reset();
    const { saves, overlay, presence } = this.deps;
    const lookCloser = saves.hasAnything();
    const view = titleView({ checking: lookCloser, storageOff: !saves.available }, () => this.choose({ kind: 'start' }));
    this.view = view;
    this.anyKeyStarts = !lookCloser;
    view.saved.before(openLogsButton(() => this.choose({ kind: 'logs' })));
    view.screen.addEventListener('click', () => {
      if (this.anyKeyStarts) this.choose({ kind: 'start' });
    });
    overlay.mount(view.screen);
    // While the saved games are looked at, focus waits for what they offer (Resume, if anything).
    if (!lookCloser) view.screen.querySelector('button')?.focus();
    // Any key starts, unless there is a saved game to decide about first. Held-down keys do not repeat it.
    const onKey = (event: KeyboardEvent) => {
      if (this.anyKeyStarts && !event.repeat && !keepsKey(event)) this.choose({ kind: 'start' });
    };
    window.addEventListener('keydown', onKey);
    showing.own(() => window.removeEventListener('keydown', onKey));
    // Another tab opened, let go of or finished a play-through: show the saves as they are now.
    if (presence) showing.own(presence.onChange(() => this.refresh()));
    if (lookCloser) void this.lookAtSaves(view, showing);
  }

  /**
   * Act on the player's choice: at once if it is already made, else when it is. One taker at a time;
   * the returned function stops taking (a scene calls it when it shuts down).
   */
  take(taker: (choice: TitleChoice) => void): () => void {
    return this.choice.take(taker);
  }

  /** Stop listening; the overlay is cleared by whoever shows the next screen. */
  hide(): void {
    this.stopListening();
    this.view = undefined;
    this.choice.release();
  }

  private stopListening(): void {
    this.showing.end();
  }

  /** Say that the choice was heard and the game behind it is still loading. */
  showWaiting(): void {
    const view = this.view;
    if (!view) return;
    view.screen.setAttribute('aria-busy', 'true');
    const prompt = view.screen.querySelector('.prompt-button');
    if (prompt) prompt.textContent = 'Getting the game ready…';
    else view.main.append(Object.assign(document.createElement('p'), { className: 'title-checking', textContent: 'Getting the game ready…' }));
  }

  private refresh(): void {
    if (this.view && this.shown && !this.choice.made) void this.lookAtSaves(this.view, this.showing);
  }

  /** Read and check the saved games (their code is fetched now), then offer what can be done. */
  private async lookAtSaves(view: TitleView, showing: Lifetime): Promise<void> {
    const focusWasHere = () => document.activeElement === document.body || view.main.contains(document.activeElement) || document.activeElement === null;
    let module: typeof import('./title-saves.ts');
    try {
      module = await import('./title-saves.ts');
    } catch {
      return this.cannotLook(view, showing, 'Your saved games could not be looked at just now (part of the game did not load). They are still kept: reload the page to try again.');
    }
    if (!showing.alive || this.view !== view || this.choice.made) return;
    const refocus = focusWasHere();
    try {
      this.anyKeyStarts = module.showSavedGames(view, this.deps, {
        start: () => this.choose({ kind: 'start' }),
        resume: (entry, resume) => this.choose({ kind: 'resume', entry, resume }),
        lookBack: (lookBack) => this.choose({ kind: 'look-back', lookBack }),
        refresh: () => this.refresh(),
      });
    } catch (error) {
      // Every save is read on its own and a bad one put aside, so this is not expected; if it happens, the title still works.
      return this.cannotLook(view, showing, `Your saved games could not be looked at (${boundedMessage(String(error))}). They are still kept. You can start a new game now.`);
    }
    if (refocus) (view.main.querySelector('button') ?? view.screen.querySelector('button'))?.focus();
  }

  private cannotLook(view: TitleView, showing: Lifetime, message: string): void {
    if (!showing.alive || this.view !== view || this.choice.made) return;
    const note = Object.assign(document.createElement('p'), { className: 'elsewhere-notice', textContent: message });
    note.setAttribute('role', 'status');
    view.main.replaceChildren(startPrompt(() => this.choose({ kind: 'start' })), note);
    this.anyKeyStarts = true;
    view.main.querySelector('button')?.focus();
  }

  private choose(choice: TitleChoice): void {
    if (this.choice.made) return;
    this.anyKeyStarts = false;
    // Until someone takes the choice, say that it was heard (on a slow network that can be seconds).
    if (!this.choice.hasTaker) this.showWaiting();
    this.choice.make(choice);
  }
}
