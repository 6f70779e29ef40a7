/**
 * The cohort view's HTML: every player's pattern on one chart (SVG: a dot per player on each
 * bipolar bar, the group's average marked), the average fit, the decisions that split the group most,
 * and for every decision how many chose each option.
 */
import { mostSplit, type Cohort, type CohortDecision, type CohortPlayer } from '../../core/log/cohort.ts';
import { DIMENSIONS } from '../../core/patterns/dimensions.ts';
import { headlineOf } from '../../core/patterns/interpret.ts';
import { DIMENSION_NAMES, POLE_NAMES } from '../../core/patterns/readings.ts';
import { appendChildren, h } from './dom.ts';
import { formatScore } from './reveal-view.ts';
import { countOf } from './text.ts';
import { maxOf } from '../../core/arrays.ts';

export interface CohortActions {
  readonly onDebrief: (player: CohortPlayer) => void;
  /** Undefined when the story is not in this build (no pattern screen for it). */
  readonly onPattern: ((player: CohortPlayer) => void) | undefined;
}

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  appendChildren(element, children);
  return element;
}

/** Chart geometry, in SVG units. */
const CHART = { width: 600, rowHeight: 74, top: 34, trackLeft: 120, trackRight: 480, dot: 7 } as const;

/** How many dots may stack in one place (two above, two below the bar) before they merge into one counted dot. */
const MAX_STACK = 5;

interface Mark {
  readonly score: number;
  readonly names: readonly string[];
  /** Vertical offset from the bar, for stacked single dots. */
  readonly offset: number;
}

/** Group the scores by where their dots fall: up to MAX_STACK stack up and down, more become one counted dot. */
function marks(scores: readonly (number | undefined)[], players: readonly CohortPlayer[]): Mark[] {
  const bins = new Map<number, { score: number; names: string[] }>();
  scores.forEach((score, i) => {
    if (score === undefined) return;
    const bin = Math.round(score * 20); // a twentieth of a side: dots closer than this would overlap
    const group = bins.get(bin) ?? { score, names: [] };
    group.names.push(players[i]?.name ?? `Player ${i + 1}`);
    bins.set(bin, group);
  });
  return [...bins.values()].flatMap((group) =>
    group.names.length > MAX_STACK
      ? [{ score: group.score, names: group.names, offset: 0 }]
      : group.names.map((name, k) => ({ score: group.score, names: [name], offset: (k === 0 ? 0 : Math.ceil(k / 2) * (k % 2 === 1 ? -1 : 1)) * CHART.dot * 1.45 })),
  );
}

/** Every player's score on the four bars: a dot each, stacked where several fall together. */
export function cohortChart(cohort: Cohort): SVGSVGElement {
  const centre = (CHART.trackLeft + CHART.trackRight) / 2;
  const half = (CHART.trackRight - CHART.trackLeft) / 2;
  const height = CHART.top + CHART.rowHeight * DIMENSIONS.length;
  const summary = cohort.dimensions
    .map((d) => `${DIMENSION_NAMES[d.dimension]}: ${d.mean === undefined ? 'not seen' : `average ${formatScore(d.mean)}`}`)
    .join('; ');
  const chart = svg('svg', { viewBox: `0 0 ${CHART.width} ${height}`, class: 'cohort-chart', role: 'img', 'aria-label': `Each player's pattern, from −1 (managing) to +1 (leading). ${summary}.` },
    svg('text', { x: centre - 12, y: 16, 'text-anchor': 'end', class: 'chart-caption' }, '◀ managing'),
    svg('text', { x: centre + 12, y: 16, 'text-anchor': 'start', class: 'chart-caption' }, 'leading ▶'),
  );
  DIMENSIONS.forEach((dimension, row) => {
    const spread = cohort.dimensions.find((d) => d.dimension === dimension.id);
    const y = CHART.top + CHART.rowHeight * row + CHART.rowHeight / 2;
    chart.append(
      svg('text', { x: CHART.trackLeft - 16, y: y + 6, 'text-anchor': 'end', class: 'chart-pole' }, POLE_NAMES[dimension.manage]),
      svg('text', { x: CHART.trackRight + 16, y: y + 6, 'text-anchor': 'start', class: 'chart-pole' }, POLE_NAMES[dimension.lead]),
      svg('rect', { x: CHART.trackLeft, y: y - 5, width: CHART.trackRight - CHART.trackLeft, height: 10, rx: 5, class: 'chart-track' }),
      svg('rect', { x: centre - 1, y: y - 16, width: 2, height: 32, class: 'chart-centre' }),
    );
    for (const mark of marks(spread?.scores ?? [], cohort.players)) {
      const x = centre + mark.score * half;
      const side = mark.score < 0 ? 'manage' : mark.score > 0 ? 'lead' : 'even';
      const label = `${mark.names.join(', ')}: ${formatScore(mark.score)}`;
      const data = { 'data-players': mark.names.join('|'), 'data-count': mark.names.length, 'data-score': mark.score.toFixed(2) };
      if (mark.names.length <= 1) {
        chart.append(svg('circle', { cx: x.toFixed(1), cy: (y + mark.offset).toFixed(1), r: CHART.dot, class: `chart-dot ${side}`, ...data }, svg('title', {}, label)));
      } else {
        // Many players in one place: one larger dot with their number in it.
        chart.append(
          svg('g', { class: `chart-dot crowd ${side}`, ...data },
            svg('title', {}, label),
            svg('circle', { cx: x.toFixed(1), cy: y, r: CHART.dot * 1.9 }),
            svg('text', { x: x.toFixed(1), y: y + 5, 'text-anchor': 'middle', class: 'crowd-count' }, String(mark.names.length))),
        );
      }
    }
    if (spread?.mean !== undefined) {
      const x = centre + spread.mean * half;
      chart.append(
        svg('path', { d: `M ${x.toFixed(1)} ${y - 28} l 8 -10 h -16 z`, class: 'chart-mean', 'data-mean': spread.mean.toFixed(2) },
          svg('title', {}, `Average: ${formatScore(spread.mean)}`)),
      );
    }
  });
  return chart;
}

/** One option's count as a bar: "Ask her … ████░░ 7 of 10". */
function tallyRow(text: string, chosen: number, total: number, top: boolean): HTMLElement {
  const share = total === 0 ? 0 : chosen / total;
  return h('li', { className: top ? 'tally top' : 'tally' },
    h('span', { className: 'tally-text' }, text),
    h('span', { className: 'tally-bar', 'aria-hidden': 'true' }, h('span', { className: 'tally-fill', style: `width: ${Math.round(share * 100)}%` })),
    h('span', { className: 'tally-count' }, `${chosen} of ${total}`),
  );
}

function decisionItem(decision: CohortDecision, number: number, className: string): HTMLElement {
  const total = decision.options.reduce((sum, option) => sum + option.chosen, 0);
  const most = maxOf(decision.options.map((option) => option.chosen), 0);
  return h('li', { className },
    h('h3', {}, `Decision ${number}`, h('span', { className: 'soft' }, ` · ${countOf(decision.players, 'player')} met it`)),
    decision.situation ? h('p', { className: 'cohort-situation' }, decision.situation) : null,
    h('ul', { className: 'tallies' }, decision.options.map((option) => tallyRow(option.text, option.chosen, total, option.chosen === most && most > 0))),
  );
}

function playerRow(player: CohortPlayer, actions: CohortActions): HTMLElement {
  const fit = player.profile.fit.percent;
  return h('li', { className: 'cohort-player' },
    h('span', { className: 'player-name' }, player.name),
    h('span', { className: 'player-headline' }, `${headlineOf(player.profile)}${fit === undefined ? '' : ` · fit ${fit}%`}`),
    h('span', { className: 'player-actions' },
      actions.onPattern ? h('button', { type: 'button', className: 'secondary compact', onClick: () => actions.onPattern?.(player), 'aria-label': `Pattern of ${player.name}` }, 'Pattern') : null,
      h('button', { type: 'button', className: 'secondary compact', onClick: () => actions.onDebrief(player), 'aria-label': `Debrief of ${player.name}` }, 'Debrief'),
    ),
  );
}

export function cohortView(cohort: Cohort, actions: CohortActions): HTMLElement {
  const order = new Map(cohort.decisions.map((decision, i) => [decision, i + 1]));
  const split = mostSplit(cohort);
  const fit =
    cohort.averageFit === undefined
      ? h('p', { className: 'cohort-fit none' }, 'No fit figure: none of these decisions turned on one person’s readiness.')
      : h('p', { className: 'cohort-fit' },
          h('strong', { className: 'fit-figure' }, `${cohort.averageFit}%`),
          h('span', {}, ` average fit to the person, over ${countOf(cohort.fitPlayers, 'player')}`));
  return h('div', { className: 'cohort' },
    h('div', { className: 'cohort-left' },
      h('section', { className: 'cohort-card', 'aria-labelledby': 'cohort-chart-title' },
        h('h2', { id: 'cohort-chart-title' }, 'Everyone’s pattern'),
        cohortChart(cohort),
        h('p', { className: 'chart-legend' }, 'Each dot is one player; a dot with a number is that many players in the same place. The triangle marks the group’s average.'),
        fit,
      ),
      h('section', { className: 'cohort-card', 'aria-labelledby': 'most-split-title' },
        h('h2', { id: 'most-split-title' }, 'Where the group split most'),
        split.length > 0
          ? h('ol', { className: 'cohort-decisions most-split' }, split.map((decision) => decisionItem(decision, order.get(decision) ?? 0, 'cohort-decision split')))
          : h('p', { className: 'soft' }, 'Everyone chose alike at every decision they shared.'),
      ),
      h('section', { className: 'cohort-card', 'aria-labelledby': 'players-title' },
        h('h2', { id: 'players-title' }, 'Players'),
        h('ul', { className: 'cohort-players' }, cohort.players.map((player) => playerRow(player, actions))),
      ),
    ),
    h('section', { className: 'cohort-right', 'aria-labelledby': 'every-decision-title' },
      h('h2', { id: 'every-decision-title' }, 'Every decision: how many chose each option'),
      h('ol', { className: 'cohort-decisions' }, cohort.decisions.map((decision, i) => decisionItem(decision, i + 1, 'cohort-decision'))),
    ),
  );
}
