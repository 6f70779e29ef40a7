/**
 * A story map drawn as SVG markup: one drawing for the debrief screen (which makes its nodes
 * focusable), the SVG and PNG exports and the printable report. Every text from a story or a log is
 * escaped. With a cohort, each way is drawn as thick as the number who took it, with the count on it;
 * with one log, its path is the one drawn strong.
 */
import { maxOf } from '../arrays.ts';
import { escapeXml } from '../text/escape.ts';
import type { MapCohort } from './map-cohort.ts';
import { DEFAULT_MAP_WIDTH, edgePath, frameMap, MAP_GEOMETRY, placeLabels, type Box, type MapFrame } from './map-geometry.ts';
import { layoutMap, type MapLayout } from './map-layout.ts';
import { edgeKey, edgesOf, targetKey, type MapDecision, type MapTarget, type StoryMap } from './story-map.ts';

export interface MapDrawing {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  readonly layout: MapLayout;
  readonly frame: MapFrame;
  /** Every count label drawn, with its box, so tests can see that none overlap. */
  readonly countLabels: readonly { readonly text: string; readonly box: Box }[];
  /** Every node's box. */
  readonly nodeBoxes: readonly Box[];
}

export interface MapDrawingOptions {
  readonly cohort?: MapCohort;
  /** A title for the drawing (the story's), read out by screen readers and shown on exports. */
  readonly title: string;
  /** The widest the drawing may be, in SVG units; a longer story folds onto more bands. */
  readonly maxWidth?: number;
}

export function drawMap(map: StoryMap, options: MapDrawingOptions): MapDrawing {
  const layout = layoutMap(map);
  const g = MAP_GEOMETRY;
  const frame = frameMap(layout, options.maxWidth ?? DEFAULT_MAP_WIDTH);
  const at = (key: string) => frame.at(key);
  const cohort = options.cohort;
  const most = cohort ? [...cohort.edges.values()].reduce((a, b) => Math.max(a, b), 1) : 1;
  const nodeBoxes: Box[] = [...map.decisions.map((d) => targetKey({ kind: 'decision', id: d.id })), ...map.endings.map((id) => targetKey({ kind: 'ending', id }))]
    .map((key) => ({ ...at(key), width: g.nodeWidth, height: g.nodeHeight }));

  // One label per way from a decision to a place: options that lead to the same box share it.
  const wanted = new Map<string, { x: number; y: number; count: number }>();
  const edges = edgesOf(map).map(({ decision, option, target }) => {
    if (target.kind === 'stop') return '';
    const fromKey = targetKey({ kind: 'decision', id: decision.id });
    const index = decision.options.indexOf(option);
    const exitY = ((index + 1) / (decision.options.length + 1)) * g.nodeHeight;
    const { d, label } = edgePath(frame, { key: fromKey, exitY }, targetKey(target));
    const count = cohort?.edges.get(edgeKey(decision.id, option.id, target)) ?? 0;
    if (cohort && count > 0) {
      const key = `${fromKey}\u0000${targetKey(target)}`;
      const shared = wanted.get(key);
      wanted.set(key, shared ? { ...shared, count: shared.count + count } : { ...label, count });
    }
    const strokeWidth = cohort ? (count > 0 ? 2 + (10 * count) / most : 1.2) : 2;
    const cls = cohort ? (count > 0 ? 'map-edge taken' : 'map-edge untaken') : 'map-edge';
    return `<g class="${cls}"><path d="${d}" fill="none" stroke-width="${strokeWidth.toFixed(1)}"/></g>`;
  });
  const countLabels = placeLabels([...wanted.values()].map(({ x, y, count }) => ({ x, y, text: String(count) })), nodeBoxes);
  const labels = countLabels.map(({ x, y, text }) => `<text class="map-count" x="${x}" y="${y}" text-anchor="middle">${text}</text>`);
  const width = frame.width;
  const height = maxOf(countLabels.map(({ box }) => box.y + box.height + g.margin), frame.height);

  const decisions = map.decisions.map((decision) => {
    const key = targetKey({ kind: 'decision', id: decision.id });
    const { x, y } = at(key);
    const [first, second] = wrap(decision.label, g.lineChars);
    const people = decision.people.length > 0 ? decision.people.join(', ') : '';
    const met = cohort?.visits.get(decision.id) ?? 0;
    const split = cohort && met > 0 ? splitLine(decision, cohort) : '';
    const cls = cohort ? (met > 0 ? 'map-node decision met' : 'map-node decision') : 'map-node decision';
    return `<g class="${cls}" data-key="${escapeXml(key)}"><rect x="${x}" y="${y}" width="${g.nodeWidth}" height="${g.nodeHeight}" rx="10"/>` +
      `<text x="${x + 12}" y="${y + 22}" class="map-label">${escapeXml(first ?? '')}</text>` +
      (second ? `<text x="${x + 12}" y="${y + 40}" class="map-label">${escapeXml(second)}</text>` : '') +
      `<text x="${x + 12}" y="${y + 60}" class="map-people">${escapeXml(people)}</text>` +
      (split ? `<text x="${x + 12}" y="${y + 77}" class="map-split">${escapeXml(split)}</text>` : '') +
      `</g>`;
  });

  const endings = map.endings.map((id) => {
    const key = targetKey({ kind: 'ending', id });
    const { x, y } = at(key);
    const reached = cohort?.endings.get(id) ?? 0;
    const cls = cohort && reached > 0 ? 'map-node ending met' : 'map-node ending';
    return `<g class="${cls}" data-key="${escapeXml(key)}"><rect x="${x}" y="${y + 12}" width="${g.nodeWidth}" height="${g.nodeHeight - 24}" rx="30"/>` +
      `<text x="${x + g.nodeWidth / 2}" y="${y + g.nodeHeight / 2 - 2}" text-anchor="middle" class="map-label">${escapeXml(endingName(id))}</text>` +
      (cohort ? `<text x="${x + g.nodeWidth / 2}" y="${y + g.nodeHeight / 2 + 16}" text-anchor="middle" class="map-people">${escapeXml(reachedLine(reached))}</text>` : '') +
      `</g>`;
  });

  const note = map.partial ? ' (partial: the story is larger than the map could follow)' : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" class="story-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-label="${escapeXml(`Map of ${options.title}${note}`)}">` +
    `<style>${MAP_STYLE}</style>` +
    `<text x="${g.margin}" y="${g.margin + 14}" class="map-title">${escapeXml(`${options.title}${note}`)}</text>` +
    `<g class="map-edges">${edges.join('')}</g>${decisions.join('')}${endings.join('')}<g class="map-counts">${labels.join('')}</g></svg>`;
  return { svg, width, height, layout, frame, countLabels, nodeBoxes };
}

/** "add-a-rule" → "Add a rule": the ending ids are written to be read. */
export function endingName(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Where an option leads, in words: "the ending “Add a rule”", or the next decision's label in quotes. */
export function targetName(map: StoryMap, target: MapTarget): string {
  if (target.kind === 'ending') return `the ending “${endingName(target.id)}”`;
  if (target.kind === 'stop') return 'a stop with no ending';
  return `“${map.decisions.find((d) => d.id === target.id)?.label ?? target.id}”`;
}

export function reachedLine(reached: number): string {
  return reached === 1 ? '1 ended here' : `${reached} ended here`;
}

/** "3 · 1 · 0 chose" and, for rooms, their votes: the options in the story's order. */
function splitLine(decision: MapDecision, cohort: MapCohort): string {
  const chosen = cohort.chosen.get(decision.id);
  const counts = decision.options.map((option) => chosen?.get(option.id) ?? 0).join(' · ');
  const votes = cohort.votes.get(decision.id);
  const hands = votes && votes.size > 0 ? `, votes ${decision.options.map((option) => votes.get(option.id) ?? 0).join(' · ')}` : '';
  return `chose ${counts}${hands}`;
}

/** Two lines of at most `chars`, the second cut with an ellipsis. */
export function wrap(text: string, chars: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [''];
  for (const word of words) {
    const last = lines.length - 1;
    const line = lines[last] ?? '';
    if (line === '' || line.length + 1 + word.length <= chars) lines[last] = line === '' ? word : `${line} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= 2) return lines;
  const second = `${lines[1]} ${lines.slice(2).join(' ')}`;
  return [lines[0] ?? '', second.length > chars ? `${second.slice(0, chars - 1).replace(/\s+\S*$/, '')}…` : second];
}

/**
 * Inside the SVG, so the exported file and the report look the same as the screen. The game's
 * Content-Security-Policy allows this `<style>` by its hash (tools/vite-plugin-csp.ts), so it is exported.
 */
/** The SHA-256 (base64) of MAP_STYLE, for the printable map's policy; test/core/debrief/map-report.test.ts checks it. */
export const MAP_STYLE_HASH = 'sha256-XH7tDbF1dUxfnmhG4nWKDbPq5MRiDTca+DfLPmhyAm8=';

export const MAP_STYLE = [
  '.story-map{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;background:#fbf8f2}',
  '.map-title{font-size:18px;font-weight:600;fill:#1f2430}',
  '.map-node rect{fill:#ffffff;stroke:#5b6472;stroke-width:1.5}',
  '.map-node.ending rect{fill:#eef2f7}',
  '.map-node.met rect{stroke:#0f6b73;stroke-width:3}',
  '.map-node:focus{outline:none}.map-node:focus rect{stroke:#c77c12;stroke-width:4}',
  '.map-label{font-size:15px;fill:#1f2430}',
  '.map-people{font-size:13px;fill:#4a5260}',
  '.map-split{font-size:12px;fill:#0f6b73}',
  '.map-edge path{stroke:#8a93a3}',
  '.map-edge.taken path{stroke:#0f6b73}',
  '.map-edge.untaken path{stroke:#c3c8d1;stroke-dasharray:4 4}',
  '.map-count{font-size:14px;font-weight:700;fill:#0f6b73;paint-order:stroke;stroke:#fbf8f2;stroke-width:4px}',
].join('');
