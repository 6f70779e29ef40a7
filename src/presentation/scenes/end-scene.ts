import Phaser from 'phaser';
import type { ChoiceLog } from '../../core/log/choice-log.ts';
import type { CatalogEntry } from '../../core/story/catalog.ts';
import { drawBackdrop } from '../play/backdrop.ts';
import { capitalise } from '../play/meters-view.ts';
import { SCENES, type GameServices } from '../services.ts';
import { h } from '../ui/dom.ts';
import { BaseScene } from './base-scene.ts';

export interface EndSceneData {
  readonly entry: CatalogEntry;
  readonly log: ChoiceLog;
}

/**
 * The end of a play-through. Until the reveal (issue #3) exists it states only what is true:
 * how many decisions, how long, what was chosen at each, and where the meters ended.
 */
export class EndScene extends BaseScene {
  private backdrop?: Phaser.GameObjects.Graphics;
  private ended!: EndSceneData;

  constructor(services: GameServices) {
    super(SCENES.end, services);
  }

  override init(data: EndSceneData): void {
    super.init();
    this.ended = data;
  }

  create(): void {
    this.backdrop = this.add.graphics();
    this.layout();
    const { log, entry } = this.ended;
    const count = log.decisions.length;
    const recap = log.decisions.map((decision) =>
      h('li', {}, h('span', { className: 'number' }, `${decision.number}.`), `You chose: ${decision.options.find((o) => o.index === decision.chosen)?.text ?? '—'}`),
    );
    const meters = Object.entries(log.meters).map(([name, value]) => h('li', {}, `${capitalise(name)}: `, h('strong', {}, String(value))));
    const screen = this.services.overlay.mount(
      h('section', { className: 'end-screen on-night', 'aria-labelledby': 'end-title' },
        h('h1', { id: 'end-title' }, `The end of “${entry.info.title}”`),
        h('p', { className: 'facts' }, `You made ${count} ${count === 1 ? 'decision' : 'decisions'} in ${describeDuration(log)}.`),
        meters.length > 0 ? h('ul', { className: 'meter-list', 'aria-label': 'Where things ended' }, ...meters) : null,
        h('ol', { className: 'recap', 'aria-label': 'Your decisions' }, ...recap),
        h('div', { className: 'actions' },
          h('button', { type: 'button', onClick: () => this.scene.start(SCENES.play, { entry }) }, 'Play again'),
          h('button', { type: 'button', className: 'secondary', onClick: () => this.scene.start(SCENES.select) }, 'Another scenario'),
        ),
      ),
    );
    screen.querySelector('h1')?.setAttribute('tabindex', '-1');
    screen.querySelector<HTMLElement>('h1')?.focus();
  }

  protected override layout(): void {
    if (this.backdrop) drawBackdrop(this.backdrop, 'plain', this.scale.width, this.scale.height, this.u);
  }
}

export function describeDuration(log: ChoiceLog): string {
  const end = log.endedAt ? Date.parse(log.endedAt) : Date.now();
  const seconds = Math.max(0, Math.round((end - Date.parse(log.startedAt)) / 1000));
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.round(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}
