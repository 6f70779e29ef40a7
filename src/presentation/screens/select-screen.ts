/**
 * The scenario list: cards built from each story's own title, summary and length, the optional name
 * and the choice between playing alone and playing with a room. Plain HTML with no engine: shown
 * before the engine has loaded (see early-screens.ts) and by the select scene after it. One instance
 * serves every visit, so the name and the mode are typed and picked once.
 */
import type { PlayMode } from '../../core/log/choice-log.ts';
import type { CatalogEntry } from '../../core/story/catalog.ts';
import type { OwnStoryFile } from '../../core/story/own-stories.ts';
import { listenForKeys } from '../page-events.ts';
import type { GameServices } from '../services.ts';
import { aliasField } from '../ui/alias-field.ts';
import { h } from '../ui/dom.ts';
import { acceptFileDrops } from '../ui/file-input.ts';
import { modeChoice } from '../ui/group-views.ts';
import { ownStorySection, removeStoryButton, type OwnStoryState } from '../ui/own-story-views.ts';
import { soundSettingsButton } from '../ui/sound-settings.ts';
import { HeldChoice } from './held-choice.ts';
import { keyForScenario, MAX_KEYED } from './scenario-keys.ts';

/** A scenario picked on the list, with who is playing and how. */
export interface ScenarioPick {
  readonly entry: CatalogEntry;
  readonly mode: PlayMode;
  readonly alias?: string;
}

export type SelectServices = Pick<GameServices, 'catalog' | 'overlay' | 'soundSettings' | 'textSize' | 'optionOrder' | 'ownStories' | 'checkOwnStory' | 'readFiles'>;

/** The largest .ink file read (a big scenario here is ~60 kB). */
const MAX_INK_BYTES = 2_000_000;

export class SelectScreen {
  private readonly services: SelectServices;
  private alias = '';
  private mode: PlayMode = 'solo';
  private screen: HTMLElement | undefined;
  private stopKeys: (() => void) | undefined;
  private stopDrops: (() => void) | undefined;
  /** What the own-story panel shows; kept between visits to the list. */
  private own: OwnStoryState = { kind: 'none' };
  /** The scenario picked on the list now shown, until a taker acts on it. */
  private readonly picked = new HeldChoice<ScenarioPick>();

  constructor(services: SelectServices) {
    this.services = services;
  }

  /** True while the list is on screen. */
  get shown(): boolean {
    return this.screen?.isConnected ?? false;
  }

  /** Put the list on screen, unless it is there already, and listen for a scenario's key. */
  show(): void {
    if (this.shown) return;
    this.picked.reset();
    this.screen = this.mount();
    this.screen.querySelector('button')?.focus();
    this.stopDrops?.();
    this.stopDrops = acceptFileDrops(() => (this.shown ? this.screen ?? null : null), (files) => void this.openStories(files));
    this.stopKeys?.();
    this.stopKeys = listenForKeys((event) => {
      // Typing a name, not picking a scenario (on the solo-or-room choice, a number still picks one).
      if (event.target instanceof HTMLInputElement && event.target.type !== 'radio') return;
      if (this.moveAmongCards(event)) return;
      const digit = Number(event.key);
      const entry = Number.isInteger(digit) && digit >= 1 && digit <= MAX_KEYED ? this.services.catalog[digit - 1] : undefined;
      if (entry) this.pick(entry);
    });
  }

  /**
   * Act on the scenario picked: at once if it is already picked, else when it is. One taker at a time
   * (the early screens before the engine, then the select scene); the returned function stops taking.
   */
  take(taker: (pick: ScenarioPick) => void): () => void {
    return this.picked.take(taker);
  }

  /** Stop listening; the overlay is cleared by whoever shows the next screen. */
  hide(): void {
    this.stopKeys?.();
    this.stopKeys = undefined;
    this.stopDrops?.();
    this.stopDrops = undefined;
    this.screen = undefined;
    this.picked.release();
  }

  private mount(): HTMLElement {
    const { catalog, overlay, textSize, optionOrder, ownStories } = this.services;
    const services = this.services;
    const cards = catalog.map((entry, i) =>
      h('li', { className: entry.own ? 'own-card' : undefined }, h('button', { className: 'scenario-card', type: 'button', onClick: () => this.pick(entry) },
        h('span', { className: 'card-title' }, entry.info.title),
        entry.info.summary ? h('span', { className: 'card-summary' }, entry.info.summary) : null,
        h('span', { className: 'card-meta' }, describeLength(entry, i)),
      ), entry.own ? removeStoryButton(entry.info.title, () => this.removeStory(entry)) : null),
    );
    // The sound settings are made when the dialog first needs them, not with the list.
    const settings = {
      get sound() {
        return services.soundSettings;
      },
      textSize,
      optionOrder,
    };
    const screen = overlay.mount(
      h('section', { className: 'select-screen on-night', 'aria-labelledby': 'select-title' },
        h('h1', { id: 'select-title' }, 'Choose a scenario'),
        h('p', { className: 'lead-in' }, 'Each one is a few days on your team. There is no score while you play: your choices and how people respond are the story.'),
        aliasField(this.alias, (value) => (this.alias = value)),
        modeChoice(this.mode, (mode) => (this.mode = mode)),
        catalog.length > 0
          ? h('ul', { className: 'scenario-list' }, cards)
          : h('p', { className: 'lead-in' }, 'No scenarios were found in this build. Add a story to the stories folder and build again.'),
        ownStorySection(this.own, ownStories.remembered, (files) => void this.openStories(files), () => this.showOwn({ kind: 'none' })),
      ),
      [soundSettingsButton(settings, () => screen.parentElement ?? document.body)],
    );
    return screen;
  }

  /** Check the files picked or dropped in the worker; put a story that can be played on the list. */
  private async openStories(fileList: ArrayLike<File>): Promise<void> {
    const chosen = Array.from(fileList); // a FileList is live: the input is cleared for the next pick
    if (chosen.length === 0 || this.own.kind === 'checking') return;
    this.showOwn({ kind: 'checking', names: chosen.map((file) => file.name) });
    const picked = await this.services.readFiles(chosen, MAX_INK_BYTES);
    const tooBig = picked.filter((file) => file.text === undefined);
    if (tooBig.length > 0) {
      this.showOwn({ kind: 'unreadable', message: `${tooBig.map((file) => file.name).join(', ')}: larger than ${MAX_INK_BYTES / 1_000_000} MB, which no story is.` });
      return;
    }
    const files: OwnStoryFile[] = picked.map((file) => ({ name: file.name, text: file.text ?? '' }));
    const check = await this.services.checkOwnStory(files);
    if (!check.story) return this.showOwn({ kind: 'checked', check });
    const added = this.services.ownStories.add(check.story);
    if (!added.ok) return this.showOwn({ kind: 'checked', check, refused: added.error });
    const key = keyForScenario(this.services.catalog.findIndex((entry) => entry.own && entry.info.id === check.story?.info.id));
    this.showOwn({ kind: 'checked', check, added: { title: check.story.info.title, key } });
  }

  private removeStory(entry: CatalogEntry): void {
    this.services.ownStories.remove(entry.info.id);
    this.showOwn(this.own.kind === 'checked' && this.own.check.story?.info.id === entry.info.id ? { kind: 'none' } : this.own);
    this.screen?.querySelector<HTMLElement>('#own-story-title')?.focus();
  }

  /** Show the list again with the panel in its new state (and the new card), focus on the panel's heading. */
  private showOwn(state: OwnStoryState): void {
    this.own = state;
    if (!this.shown) return;
    const scroll = this.screen?.scrollTop ?? 0;
    this.screen = this.mount();
    this.screen.scrollTop = scroll;
    this.screen.querySelector<HTMLElement>('.own-story-panel h3')?.focus();
  }

  /**
   * The arrow keys, Home and End move the focus among the scenario cards (a grid: ← → along a row,
   * ↑ ↓ between rows), so a list longer than the nine number keys is still quick to play by keyboard.
   */
  private moveAmongCards(event: KeyboardEvent): boolean {
    const cards = Array.from(this.screen?.querySelectorAll<HTMLElement>('.scenario-card') ?? []);
    const at = cards.indexOf(event.target as HTMLElement);
    if (at < 0) return false;
    const top = (card: HTMLElement | undefined) => card?.getBoundingClientRect().top ?? 0;
    const perRow = Math.max(1, cards.filter((card) => Math.abs(top(card) - top(cards[0])) < 1).length);
    const step: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: perRow, ArrowUp: -perRow };
    const target = event.key === 'Home' ? 0 : event.key === 'End' ? cards.length - 1 : step[event.key] === undefined ? undefined : at + (step[event.key] as number);
    if (target === undefined) return false;
    event.preventDefault();
    cards[Math.max(0, Math.min(cards.length - 1, target))]?.focus();
    return true;
  }

  private pick(entry: CatalogEntry): void {
    if (this.picked.made) return;
    this.stopKeys?.();
    this.stopKeys = undefined;
    const alias = this.alias.trim();
    this.picked.make({ entry, mode: this.mode, ...(alias ? { alias } : {}) });
  }
}

function describeLength(entry: CatalogEntry, index: number): string {
  const minutes = entry.info.minutes === undefined ? '' : `About ${entry.info.minutes} minutes`;
  const key = keyForScenario(index);
  const parts = [entry.own ? `Your story, ${entry.file}` : '', minutes, key === undefined ? '' : `key ${key}`];
  return parts.filter(Boolean).join(' · ');
}
