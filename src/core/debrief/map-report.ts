/**
 * The story map as a printable page: the same drawing as the map screen and its exports (drawMap), with
 * its counts, on an A4 landscape page of its own, then the map as a list of decisions and options with
 * the same counts, on portrait pages, for anyone who reads it rather than follows the lines (and for a
 * printer in black and white). A self-contained HTML string, like the play-through's report.
 *
 * Like that report it carries a Content-Security-Policy of its own: its style, the drawing's style and
 * the report's print script, each allowed by its hash, and nothing else (no inline handlers). Opened from
 * the game it also keeps the game's policy, which allows the same blocks (tools/vite-plugin-csp.ts).
 */
import { printablePageHead, REPORT_SCRIPT } from '../log/report.ts';
import { escapeXml } from '../text/escape.ts';
import type { MapCohort } from './map-cohort.ts';
import { endingName, MAP_STYLE_HASH, reachedLine, targetName, type MapDrawing } from './map-svg.ts';
import type { MapDecision, StoryMap } from './story-map.ts';

const e = escapeXml;
const countOf = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

export interface MapReportInput {
  readonly title: string;
  readonly map: StoryMap;
  readonly cohort: MapCohort;
  /** The drawing the screen shows, so the page and the screen cannot differ. */
  readonly drawing: MapDrawing;
  /** The screen's notes (other versions left off, a partial map), printed under the heading. */
  readonly notes: readonly string[];
}

export function mapReportHtml({ title, map, cohort, drawing, notes }: MapReportInput): string {
  const placed = cohort.placed.length;
  const heading = placed === 1 ? 'The way this play-through went' : `The ways ${countOf(placed, 'play-through')} went`;
  return `${printablePageHead(`${title} · map · Manage or Lead?`, MAP_REPORT_CSS, [MAP_REPORT_CSS_HASH, MAP_STYLE_HASH])}
<body>
<main>
<section class="map-page" aria-labelledby="map-title">
  <p class="eyebrow">Manage or Lead? · Map of ${e(title)}</p>
  <h1 id="map-title">${e(heading)}</h1>
  ${notes.map((note) => `<p class="note">${e(note)}</p>`).join('')}
  <button type="button" class="print-button">Print or save as PDF</button>
  <figure class="map-figure">${drawing.svg}<figcaption>Each box is a decision; each line is where one of its options leads${placed > 1 ? ', as thick as the number who went that way, with the count on it' : ''}. The same map as a list follows.</figcaption></figure>
</section>
<section class="map-list" aria-labelledby="list-title">
  <h2 id="list-title">The map as a list</h2>
  <ol class="decisions">${map.decisions.map((decision) => decisionItem(map, cohort, decision)).join('\n')}</ol>
  <h2>Endings</h2>
  <ul class="endings">${map.endings.map((id) => `<li>${e(endingName(id))}: ${e(reachedLine(cohort.endings.get(id) ?? 0))}.</li>`).join('')}</ul>
</section>
</main>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

function decisionItem(map: StoryMap, cohort: MapCohort, decision: MapDecision): string {
  const chosen = cohort.chosen.get(decision.id);
  const votes = cohort.votes.get(decision.id);
  const about = decision.people.length > 0 ? ` (about ${e(decision.people.join(' and '))})` : '';
  const options = decision.options.map((option) => {
    const hands = votes && votes.size > 0 ? `, ${countOf(votes.get(option.id) ?? 0, 'vote')}` : '';
    const leads = option.targets.map((target) => targetName(map, target)).join(' or ') || 'a place the map could not follow';
    return `<li>${e(option.text)} <strong>${countOf(chosen?.get(option.id) ?? 0, 'play-through')} chose it${hands}.</strong> <span class="soft">Leads to ${e(leads)}.</span></li>`;
  });
  return `<li><p><strong>${e(decision.label)}</strong>${about}: ${countOf(cohort.visits.get(decision.id) ?? 0, 'play-through')} met it.</p><ul>${options.join('')}</ul></li>`;
}

/**
 * The map page is a named page, A4 landscape (a map is wider than tall); the list takes portrait
 * pages. The drawing scales to the page's width and never past its height, so the whole map is on one
 * sheet; its type is drawn at 13–18 px, which stays readable at the scale a folded map prints at.
 */
/**
 * The SHA-256 (base64) of MAP_REPORT_CSS, as the policy names it. The core has no synchronous SHA-256, so
 * it is written here; test/core/debrief/map-report.test.ts computes it again and says the new value when
 * the style changes.
 */
export const MAP_REPORT_CSS_HASH = 'sha256-Ap0OfCzqwR1I+KJqKqHQA+Jw+obHqTDusGbYSCNz3nY=';

export const MAP_REPORT_CSS = `
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #efeae0; color: #1c2333; font: 16px/1.5 'Segoe UI', 'Helvetica Neue', 'DejaVu Sans', Arial, sans-serif; }
main { max-width: 1400px; margin: 24px auto; background: #fff; padding: 32px 40px; border-radius: 12px; }
h1 { font-size: 28px; margin: 4px 0 6px; }
h2 { font-size: 21px; color: #0a5157; margin: 28px 0 10px; border-bottom: 2px solid #d9d2c3; padding-bottom: 4px; }
.eyebrow { text-transform: uppercase; letter-spacing: .05em; font-weight: 700; font-size: 13px; color: #b7791f; margin: 0; }
.note { color: #46506a; margin: 0 0 6px; }
.print-button { font: inherit; background: #0a5157; color: #fff; border: 0; border-radius: 8px; padding: 10px 18px; cursor: pointer; margin: 8px 0; }
.map-figure { margin: 12px 0 0; }
.map-figure svg { display: block; width: 100%; height: auto; max-height: 80vh; }
figcaption { font-size: 13px; color: #46506a; margin-top: 6px; }
.decisions { padding-left: 24px; display: grid; gap: 10px; }
.decisions p { margin: 0 0 4px; }
.decisions ul { margin: 0; padding-left: 20px; }
.soft { color: #46506a; }
@page { size: A4 portrait; margin: 14mm; }
@page map { size: A4 landscape; margin: 10mm; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; margin: 0; padding: 0; border-radius: 0; }
  .print-button { display: none; }
  .map-page { page: map; break-after: page; }
  .map-figure svg { max-height: 160mm; }
  .decisions > li { break-inside: avoid; }
  h2 { break-after: avoid; }
}
`;
