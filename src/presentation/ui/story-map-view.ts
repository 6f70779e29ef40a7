/**
 * The story map screen's HTML: the map (SVG from src/core/debrief/map-svg.ts, its nodes made
 * focusable and moved between with the arrow keys), the decision opened with Enter, and the same map
 * as a nested list for screen readers and for anyone who prefers reading it.
 */
import type { MapCohort } from '../../core/debrief/map-cohort.ts';
import type { MapLayout } from '../../core/debrief/map-layout.ts';
import { endingName, reachedLine, targetName } from '../../core/debrief/map-svg.ts';
import { edgeKey, targetKey, type MapDecision, type StoryMap } from '../../core/debrief/story-map.ts';
import { h, replaceChildrenWith } from './dom.ts';
import { countOf } from './text.ts';
import './story-map.css';

export interface StoryMapScreen {
  readonly title: string;
  readonly map: StoryMap;
  readonly svg: string;
  readonly layout: MapLayout;
  readonly cohort: MapCohort;
  /** Sentences about what is and is not drawn (other versions, logs that did not fit, a partial map). */
  readonly notes: readonly string[];
}

/** One log that met a decision: who played it, and a replay of it from there. */
export interface ReplayOffer {
  readonly who: string;
  readonly play: () => void;
}

/** A picture for slides, an image, or the printable page with the map and the map as a list. */
export type MapExportKind = 'svg' | 'png' | 'report';

export interface StoryMapActions {
  readonly onBack: () => void;
  readonly backLabel: string;
  /** Whose play-throughs met this decision, each a way to play again from it with their choices so far. */
  readonly playFrom: (decision: MapDecision) => readonly ReplayOffer[];
  readonly onExport: (kind: MapExportKind) => Promise<string>;
}

/**
 * How wide the map's area is on a screen this size, for drawing the map to fit it: the viewport less
 * the screen's padding (40 units a side), the decision panel (300), the gap (16) and a scrollbar
 * (15 px), a unit being --u (story-map.css, style.css).
 */
export function mapAreaWidth(width: number, height: number): number {
  const u = Math.min(width / 1280, height / 720);
  return Math.floor(width - 396 * u - 15);
}

export function storyMapView(screen: StoryMapScreen, actions: StoryMapActions): HTMLElement {
  const detail = h('section', { className: 'map-detail', tabindex: '0', 'aria-live': 'polite', 'aria-label': 'The decision you opened' },
    h('p', { className: 'soft' }, 'Move between the decisions with the arrow keys, and press Enter to open one.'));
  const drawing = mapElement(screen, (key) => showDetail(detail, screen, key, actions));
  const status = h('p', { className: 'export-status', role: 'status' });
  const exportButton = (kind: MapExportKind, label: string) =>
    h('button', { type: 'button', className: 'secondary compact', onClick: () => void actions.onExport(kind).then((said) => (status.textContent = said)) }, label);
  const placed = screen.cohort.placed.length;
  return h('section', { className: 'story-map-screen on-night', 'aria-labelledby': 'story-map-title' },
    h('header', { className: 'debrief-header' },
      h('p', { className: 'eyebrow' }, `Map · ${screen.title}`),
      h('h1', { id: 'story-map-title', tabindex: '-1' }, placed === 1 ? 'The way this play-through went' : `The ways ${countOf(placed, 'play-through')} went`),
      h('p', { className: 'map-legend' }, placed === 1
        ? 'Each box is a decision; the lines are where its options lead. The strong line is the way this play-through went.'
        : 'Each box is a decision; the lines are where its options lead, each as thick as the number who went that way.'),
      screen.notes.map((note) => h('p', { className: 'story-notice' }, note)),
    ),
    h('div', { className: 'map-body' },
      h('div', { className: 'map-scroll', role: 'region', 'aria-label': 'The map' }, drawing),
      detail,
    ),
    h('details', { className: 'map-list', tabindex: '-1' }, h('summary', {}, 'The map as a list'), mapList(screen)),
    h('nav', { className: 'debrief-nav actions', 'aria-label': 'Map' },
      h('button', { type: 'button', className: 'secondary', onClick: actions.onBack }, actions.backLabel),
      h('div', { className: 'export-bar', role: 'group', 'aria-label': 'Save the map' },
        h('span', { className: 'export-heading', 'aria-hidden': 'true' }, 'Save the map'),
        exportButton('svg', 'As a picture for slides (SVG)'),
        exportButton('png', 'As an image (PNG)'),
        exportButton('report', 'Printable report'),
        status,
      ),
    ),
  );
}

/** The SVG as DOM, each node a button, the arrow keys moving between them along the map. */
function mapElement(screen: StoryMapScreen, open: (key: string) => void): Element {
  const parsed = new DOMParser().parseFromString(screen.svg, 'image/svg+xml').documentElement;
  const svg = document.importNode(parsed, true);
  const nodes = new Map<string, SVGGElement>();
  for (const node of svg.querySelectorAll<SVGGElement>('.map-node')) {
    const key = node.dataset.key ?? '';
    nodes.set(key, node);
    node.setAttribute('tabindex', key === targetKey({ kind: 'decision', id: screen.map.start ?? '' }) ? '0' : '-1');
    node.setAttribute('role', 'button');
    node.setAttribute('aria-label', nodeName(screen, key));
    node.addEventListener('click', () => {
      focusNode(nodes, key);
      open(key);
    });
    node.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        open(key);
        return;
      }
      const next = neighbour(screen, key, event.key);
      if (next === undefined) return;
      event.preventDefault();
      focusNode(nodes, next);
    });
  }
  return svg;
}

function focusNode(nodes: ReadonlyMap<string, SVGGElement>, key: string): void {
  for (const [other, node] of nodes) node.setAttribute('tabindex', other === key ? '0' : '-1');
  const node = nodes.get(key);
  node?.focus();
  node?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
}

/** → the busiest way on from here, ← the busiest way in, ↑ ↓ the next box in the same column. */
export function neighbour(screen: StoryMapScreen, key: string, arrow: string): string | undefined {
  const here = screen.layout.byKey.get(key);
  if (!here) return undefined;
  if (arrow === 'ArrowUp' || arrow === 'ArrowDown') {
    const row = here.row + (arrow === 'ArrowUp' ? -1 : 1);
    return screen.layout.nodes.find((node) => node.column === here.column && node.row === row)?.key;
  }
  if (arrow !== 'ArrowRight' && arrow !== 'ArrowLeft') return undefined;
  const links = screen.map.decisions.flatMap((decision) => decision.options.flatMap((option) => option.targets.map((target) => ({
    from: targetKey({ kind: 'decision', id: decision.id }),
    to: targetKey(target),
    count: screen.cohort.edges.get(edgeKey(decision.id, option.id, target)) ?? 0,
  }))));
  const candidates = arrow === 'ArrowRight' ? links.filter((l) => l.from === key).map((l) => ({ key: l.to, count: l.count })) : links.filter((l) => l.to === key).map((l) => ({ key: l.from, count: l.count }));
  const best = candidates.filter((c) => screen.layout.byKey.has(c.key)).sort((a, b) => b.count - a.count)[0];
  if (best) return best.key;
  // No line that way (an ending, or the first decision): the nearest box in the next column over.
  const column = here.column + (arrow === 'ArrowRight' ? 1 : -1);
  return screen.layout.nodes.filter((node) => node.column === column).sort((a, b) => Math.abs(a.row - here.row) - Math.abs(b.row - here.row))[0]?.key;
}

function nodeName(screen: StoryMapScreen, key: string): string {
  const decision = screen.map.decisions.find((d) => targetKey({ kind: 'decision', id: d.id }) === key);
  if (decision) {
    const met = screen.cohort.visits.get(decision.id) ?? 0;
    return `Decision: ${decision.label}${decision.people.length ? `, about ${decision.people.join(' and ')}` : ''}. ${countOf(met, 'play-through')} met it.`;
  }
  const id = key.replace(/^ending:/, '');
  return `Ending: ${endingName(id)}. ${reachedLine(screen.cohort.endings.get(id) ?? 0)}.`;
}

function showDetail(into: HTMLElement, screen: StoryMapScreen, key: string, actions: StoryMapActions): void {
  const decision = screen.map.decisions.find((d) => targetKey({ kind: 'decision', id: d.id }) === key);
  if (!decision) {
    into.replaceChildren(h('h2', {}, nodeName(screen, key)));
    return;
  }
  const parts: (HTMLElement | null)[] = [
    h('h2', {}, decision.label),
    decision.people.length > 0 ? h('p', { className: 'soft' }, `About ${decision.people.join(' and ')}`) : null,
    h('p', {}, `${countOf(screen.cohort.visits.get(decision.id) ?? 0, 'play-through')} met this decision.`),
    // Before the options, whose texts are long: the picker stays in sight without scrolling the panel.
    ...replayControls(actions.playFrom(decision)),
    optionList(screen, decision, 'map-options'),
  ];
  replaceChildrenWith(into, parts);
}

/**
 * "Play from here": with one play-through at this decision, a button; with several, first a choice of
 * whose choices up to here the replay follows.
 */
function replayControls(offers: readonly ReplayOffer[]): HTMLElement[] {
  const [first] = offers;
  if (!first) return [];
  const note = h('p', { className: 'soft' }, offers.length === 1
    ? 'Starts a new play-through with the same choices up to this decision, so you can try another option. The original log is not changed.'
    : 'Starts a new play-through with that player’s choices up to this decision, so you can try another option. Their log is not changed.');
  if (offers.length === 1) return [h('button', { type: 'button', onClick: first.play }, 'Play from here'), note];
  const select = h('select', { id: 'replay-who', className: 'replay-who' }, offers.map((offer, i) => h('option', { value: String(i) }, offer.who)));
  const play = () => offers[Number(select.value)]?.play();
  return [
    h('div', { className: 'replay-pick' },
      h('label', { for: 'replay-who' }, 'Whose choices to replay'),
      select,
      h('button', { type: 'button', onClick: play }, 'Play from here')),
    note,
  ];
}

function optionList(screen: StoryMapScreen, decision: MapDecision, className: string): HTMLElement {
  const chosen = screen.cohort.chosen.get(decision.id);
  const votes = screen.cohort.votes.get(decision.id);
  return h('ul', { className },
    decision.options.map((option) => h('li', {},
      h('span', { className: 'map-option-text' }, option.text),
      h('span', { className: 'map-option-count' }, ` ${countOf(chosen?.get(option.id) ?? 0, 'play-through')} chose it`, votes && votes.size > 0 ? `, ${countOf(votes.get(option.id) ?? 0, 'vote')}` : '', '. '),
      h('span', { className: 'soft' }, `Leads to ${option.targets.map((target) => targetName(screen.map, target)).join(' or ') || 'a place the map could not follow'}.`),
    )),
  );
}

/** Every decision and where its options lead, in the map's order, then the endings. */
function mapList(screen: StoryMapScreen): HTMLElement {
  return h('div', {},
    h('ol', {}, screen.map.decisions.map((decision) => h('li', {},
      h('p', {}, h('strong', {}, decision.label), decision.people.length ? ` (about ${decision.people.join(' and ')})` : '', `: ${countOf(screen.cohort.visits.get(decision.id) ?? 0, 'play-through')} met it.`),
      optionList(screen, decision, 'map-list-options'),
    ))),
    h('h2', {}, 'Endings'),
    h('ul', {}, screen.map.endings.map((id) => h('li', {}, `${endingName(id)}: ${reachedLine(screen.cohort.endings.get(id) ?? 0)}.`))),
  );
}
