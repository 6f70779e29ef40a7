import type { MapDecision, StoryMap } from '../../core/debrief/story-map.ts';
import { mapCohort, placeLog } from '../../core/debrief/map-cohort.ts';
import { mapReportHtml } from '../../core/debrief/map-report.ts';
import { drawMap } from '../../core/debrief/map-svg.ts';
import type { ChoiceLog } from '../../core/log/choice-log.ts';
import { cohortFileName, exportFileName } from '../../core/log/log-files.ts';
import type { CatalogEntry } from '../../core/story/catalog.ts';
import { MenuBackdrop } from '../play/backdrop.ts';
import { SCENES, type GameServices } from '../services.ts';
import { h } from '../ui/dom.ts';
import { mapAreaWidth, storyMapView, type ReplayOffer } from '../ui/story-map-view.ts';
import { svgToPng } from '../ui/svg-image.ts';
import { countOf, describeWhen } from '../ui/text.ts';
import type { BackLink } from './debrief-scene.ts';
import { BaseScene } from './base-scene.ts';

export interface StoryMapSceneData {
  readonly entry: CatalogEntry;
  /** One log (its path drawn strong, and "play from here") or many (each way drawn by how many took it). */
  readonly logs: readonly ChoiceLog[];
  readonly back: BackLink;
}

/**
 * The story as a map of its decisions, with one play-through's path or a cohort's counts on it. The
 * map is worked out in a worker (services.storyMap) the first time; until then the screen says so.
 */
export class StoryMapScene extends BaseScene {
  private data_!: StoryMapSceneData;
  private backdrop?: MenuBackdrop;

  constructor(services: GameServices) {
    super(SCENES.storyMap, services);
  }

  override init(data: StoryMapSceneData): void {
    super.init();
    this.data_ = data;
  }

  create(): void {
    this.backdrop = new MenuBackdrop(this);
    this.layout();
    this.showWaiting();
    this.onKey((event) => {
      if (event.key === 'Escape') this.back();
    });
    // The player may have left while the map was worked out: the run's lifetime drops a late answer.
    this.run.then(this.services.storyMap(this.data_.entry), (built) => (built.ok ? this.show(built.value) : this.showProblem(built.error)));
  }

  private back(): void {
    const { back } = this.data_;
    this.go(back.scene, back.data);
  }

  private showWaiting(): void {
    const screen = h('section', { className: 'story-map-screen on-night', 'aria-busy': 'true' },
      h('header', { className: 'debrief-header' },
        h('p', { className: 'eyebrow' }, `Map · ${this.data_.entry.info.title}`),
        h('h1', { tabindex: '-1' }, 'Working out the map…'),
        h('p', { className: 'map-legend' }, 'Following every way through the story. This takes a few seconds the first time.')),
      h('nav', { className: 'debrief-nav actions' }, h('button', { type: 'button', className: 'secondary', onClick: () => this.back() }, this.data_.back.label)));
    this.services.overlay.mount(screen);
    screen.querySelector<HTMLElement>('h1')?.focus();
  }

  private showProblem(message: string): void {
    const screen = h('section', { className: 'story-map-screen on-night' },
      h('header', { className: 'debrief-header' }, h('h1', { tabindex: '-1' }, 'The map could not be drawn'), h('p', { className: 'story-notice' }, message)),
      h('nav', { className: 'debrief-nav actions' }, h('button', { type: 'button', onClick: () => this.back() }, this.data_.back.label)));
    this.services.overlay.mount(screen);
    screen.querySelector<HTMLElement>('h1')?.focus();
  }

  private show(map: StoryMap): void {
    const { entry, logs, back } = this.data_;
    const cohort = mapCohort(map, logs);
    const drawing = drawMap(map, { title: entry.info.title, cohort, maxWidth: mapAreaWidth(this.scale.width, this.scale.height) });
    const notes = [
      map.partial ? `The story is larger than the map could follow in its time (${map.statesExplored.toLocaleString('en-GB')} states of the story explored): some ways on may be missing.` : '',
      cohort.otherVersionLeftOut.length > 0 ? `${countOf(cohort.otherVersionLeftOut.length, 'log')} came from another version of this scenario, so ${cohort.otherVersionLeftOut.length === 1 ? 'it is' : 'they are'} not drawn on this map.` : '',
      cohort.unplaced.length > 0 ? `${countOf(cohort.unplaced.length, 'log')} took a way this map does not have, so ${cohort.unplaced.length === 1 ? 'it is' : 'they are'} not drawn.` : '',
    ].filter(Boolean);
    const single = logs.length === 1 && cohort.placed.length === 1 ? logs[0] : undefined;
    const view = storyMapView({ title: entry.info.title, map, svg: drawing.svg, layout: drawing.layout, cohort, notes }, {
      onBack: () => this.back(),
      backLabel: back.label,
      playFrom: (decision) => this.replayOffers(cohort.placed, map, decision),
      onExport: async (kind) => {
        const extension = kind === 'report' ? 'html' : kind;
        const base = single ? exportFileName(single, extension) : cohortFileName(entry.info.id, logs.length, extension);
        const name = base.replace(/\.(svg|png|html)$/, `-map.${extension}`);
        if (kind === 'report') {
          const file = { name, type: 'text/html;charset=utf-8', content: mapReportHtml({ title: entry.info.title, map, cohort, drawing, notes }) };
          if (this.services.downloads.openPage(file)) return 'The map’s report opened in a new tab. Print it from there, or save it as a PDF.';
          this.services.downloads.save(file);
          return `Saved the map’s report as ${name}. Open it in the browser to print it or save it as a PDF.`;
        }
        if (kind === 'svg') {
          this.services.downloads.save({ name, type: 'image/svg+xml', content: drawing.svg });
          return `Saved the map as ${name}.`;
        }
        try {
          this.services.downloads.save({ name, type: 'image/png', content: await svgToPng(drawing.svg, drawing.width, drawing.height) });
          return `Saved the map as ${name}.`;
        } catch (error) {
          return `The image could not be made (${error instanceof Error ? error.message : String(error)}); save it as SVG instead.`;
        }
      },
    });
    this.services.overlay.mount(view);
    view.querySelector<HTMLElement>('h1')?.focus();
  }

  /** "Play from here" for each log that met this decision (at its first meeting with it), named by who played it. */
  private replayOffers(logs: readonly ChoiceLog[], map: StoryMap, decision: MapDecision): ReplayOffer[] {
    const names = playerNames(logs);
    return logs.flatMap((log, i) => {
      const placement = placeLog(map, log);
      const index = placement.ok ? placement.steps.findIndex((step) => step.decision.id === decision.id) : -1;
      if (index < 0) return [];
      return [{ who: names[i] ?? '', play: () => this.go(SCENES.play, { entry: this.data_.entry, replay: { log, fromDecision: index + 1 } }) }];
    });
  }

  protected override layout(): void {
    this.backdrop?.show(this.scale.width, this.scale.height, this.u);
  }
}

/** Each log's player as the trainer knows them: the alias, with when it was played if two share one. */
function playerNames(logs: readonly ChoiceLog[]): string[] {
  const plain = logs.map((log) => log.alias ?? (log.mode === 'group' ? 'A room' : 'A player'));
  return plain.map((name, i) => (plain.indexOf(name) === plain.lastIndexOf(name) ? name : `${name}, ${describeWhen(logs[i]?.startedAt ?? '')}`));
}
