/**
 * The title screen's HTML and its first key press or click, independent of Phaser: main.ts shows it
 * the moment the page's small entry script runs, while the engine is still loading, and the title
 * scene takes it over when the engine is ready. What the player picked before then is remembered and
 * honoured as soon as someone takes it.
 */
import type { SaveFile } from '../../core/save/save-file.ts';
import type { SaveStore } from '../../core/save/save-store.ts';
import { resumeOffer, type ResumeOffer } from '../../core/save/resume-offer.ts';
import type { CatalogEntry } from '../../core/story/catalog.ts';
import type { FileDownloads } from '../../core/file-ports.ts';
import type { Overlay } from '../ui/overlay.ts';
import { keepsKey, openLogsButton } from '../ui/logs-entry.ts';
import { titleView } from '../ui/title-view.ts';
import { HeldChoice } from './held-choice.ts';

/** Where the player wants to go from the title. */
export type TitleChoice =
  | { readonly kind: 'start' }
  | { readonly kind: 'resume'; readonly entry: CatalogEntry; readonly save: SaveFile }
  | { readonly kind: 'logs' };

export interface TitleScreenDeps {
  readonly overlay: Overlay;
  readonly saves: SaveStore;
  readonly catalog: readonly CatalogEntry[];
  /** Where "Save my choices as a file" sends the log of a save that can no longer be resumed. */
  readonly downloads?: FileDownloads;
}

export class TitleScreen {
  private readonly deps: TitleScreenDeps;
  private screen: HTMLElement | undefined;
  private removeKeyListener: (() => void) | undefined;
  /** The first choice made on the screen now shown, until a taker acts on it. */
  private readonly choice = new HeldChoice<TitleChoice>();

  constructor(deps: TitleScreenDeps) {
    this.deps = deps;
  }

  /** True while the title is on screen (it may have been cleared by a scene since). */
  get shown(): boolean {
    return this.screen?.isConnected ?? false;
  }

  /** Put the title on screen, unless it is there already, and listen for the first key or click. */
  show(): void {
    if (this.shown) return;
    this.choice.reset();
    const { saves, catalog, overlay } = this.deps;
    const offer = resumeOffer(saves.check(), catalog.map((entry) => ({ id: entry.info.id, hash: entry.hash })));
    const screen = overlay.mount(
      titleView(offer, {
        onStart: () => this.choose({ kind: 'start' }),
        onResume: () => this.resume(offer),
        onStartOver: () => {
          if (this.choice.made) return;
          saves.setCurrentAside();
          this.choose({ kind: 'start' });
        },
        onDiscard: () => {
          if (this.choice.made) return;
          saves.discardSetAside();
          this.choose({ kind: 'start' });
        },
        ...(this.deps.downloads && (offer.kind === 'story-changed' || offer.kind === 'story-missing')
          ? { onSaveChoices: () => this.saveChoices(offer.save) }
          : {}),
      }),
    );
    screen.append(openLogsButton(() => this.choose({ kind: 'logs' })));
    screen.querySelector('button')?.focus();
    this.screen = screen;
    // Any key starts, unless there is a saved game to decide about first. Held-down keys do not repeat it.
    if (offer.kind === 'nothing' || offer.kind === 'no-storage') {
      const listener = (event: KeyboardEvent) => {
        if (!event.repeat && !keepsKey(event)) this.choose({ kind: 'start' });
      };
      window.addEventListener('keydown', listener);
      this.removeKeyListener = () => window.removeEventListener('keydown', listener);
    }
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
    this.removeKeyListener?.();
    this.removeKeyListener = undefined;
    this.screen = undefined;
    this.choice.release();
  }

  /**
   * The exports (with the spreadsheet and report code behind them) are fetched when first asked for,
   * not with the title: this screen is in the small script that the page runs first.
   */
  private saveChoices(save: SaveFile): void {
    const downloads = this.deps.downloads;
    if (downloads) void import('../exports.ts').then(({ exportLog }) => exportLog(downloads, save.snapshot.log, 'json'));
  }

  private resume(offer: ResumeOffer): void {
    if (offer.kind !== 'resume') return;
    const entry = this.deps.catalog.find((e) => e.info.id === offer.save.storyId);
    this.choose(entry ? { kind: 'resume', entry, save: offer.save } : { kind: 'start' });
  }

  private choose(choice: TitleChoice): void {
    if (this.choice.made) return;
    this.removeKeyListener?.();
    this.removeKeyListener = undefined;
    // Until someone takes the choice, say that it was heard (on a slow network that can be seconds).
    if (!this.choice.hasTaker) this.showWaiting();
    this.choice.make(choice);
  }

  /** Say that the choice was heard and the game behind it is still loading. */
  showWaiting(): void {
    this.screen?.setAttribute('aria-busy', 'true');
    const prompt = this.screen?.querySelector('.prompt-button');
    if (prompt) prompt.textContent = 'Getting the game ready…';
  }}
