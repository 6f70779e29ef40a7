import type { PlayMode } from '../../core/log/choice-log.ts';
import type { CatalogEntry } from '../../core/story/catalog.ts';
import { MenuBackdrop } from '../play/backdrop.ts';
import { SCENES, type GameServices } from '../services.ts';
import { aliasField } from '../ui/alias-field.ts';
import { soundSettingsButton } from '../ui/sound-settings.ts';
import { h } from '../ui/dom.ts';
import { modeChoice } from '../ui/group-views.ts';
import { BaseScene } from './base-scene.ts';

/** The scenarios, as cards built from each story's own title, summary and length. */
export class SelectScene extends BaseScene {
  private backdrop?: MenuBackdrop;
  /** Kept between visits, so a player or group types it once. */
  private alias = '';
  /** Just me, or a room on a projector: kept between visits, like the name. */
  private mode: PlayMode = 'solo';

  constructor(services: GameServices) {
    super(SCENES.select, services);
  }

  create(): void {
    this.backdrop = new MenuBackdrop(this);
    this.layout();
    const { catalog } = this.services;
    const cards = catalog.map((entry, i) =>
      h('li', {}, h('button', { className: 'scenario-card', type: 'button', onClick: () => this.play(entry) },
        h('span', { className: 'card-title' }, entry.info.title),
        entry.info.summary ? h('span', { className: 'card-summary' }, entry.info.summary) : null,
        h('span', { className: 'card-meta' }, describeLength(entry, i)),
      )),
    );
    const screen = this.services.overlay.mount(
      h('section', { className: 'select-screen on-night', 'aria-labelledby': 'select-title' },
        h('h1', { id: 'select-title' }, 'Choose a scenario'),
        h('p', { className: 'lead-in' }, 'Each one is a few days on your team. There is no score while you play: your choices and how people respond are the story.'),
        aliasField(this.alias, (value) => (this.alias = value)),
        modeChoice(this.mode, (mode) => (this.mode = mode)),
        catalog.length > 0
          ? h('ul', { className: 'scenario-list' }, ...cards)
          : h('p', { className: 'lead-in' }, 'No scenarios were found in this build. Add a story to the stories folder and build again.'),
      ),
      soundSettingsButton({ sound: this.services.soundSettings, textSize: this.services.textSize }, () => screen.parentElement ?? document.body),
    );
    screen.querySelector('button')?.focus();
    this.onKey((event) => {
      // Typing a name, not picking a scenario (on the solo-or-room choice, a number still picks one).
      if (event.target instanceof HTMLInputElement && event.target.type !== 'radio') return;
      const digit = Number(event.key);
      const entry = Number.isInteger(digit) && digit >= 1 ? catalog[digit - 1] : undefined;
      if (entry) this.play(entry);
    });
  }

  protected override layout(): void {
    this.backdrop?.show(this.scale.width, this.scale.height, this.u);
  }

  private play(entry: CatalogEntry): void {
    const alias = this.alias.trim();
    this.scene.start(SCENES.play, { entry, mode: this.mode, ...(alias ? { alias } : {}) });
  }
}

function describeLength(entry: CatalogEntry, index: number): string {
  const minutes = entry.info.minutes === undefined ? '' : `About ${entry.info.minutes} minutes · `;
  return `${minutes}key ${index + 1}`;
}
