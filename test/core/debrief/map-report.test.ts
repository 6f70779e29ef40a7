/**
 * The story map in the printable map report: the same drawing the screen shows (one drawMap for both),
 * with each way's count and each ending's on it, then the map as a list with the same counts.
 */
import { describe, expect, it } from 'vitest';
import { mapCohort } from '../../../src/core/debrief/map-cohort.ts';
import { MAP_REPORT_CSS, MAP_REPORT_CSS_HASH, mapReportHtml } from '../../../src/core/debrief/map-report.ts';
import { drawMap, endingName, MAP_STYLE, MAP_STYLE_HASH, reachedLine } from '../../../src/core/debrief/map-svg.ts';
import { REPORT_SCRIPT } from '../../../src/core/log/report.ts';
import { escapeXml } from '../../../src/core/text/escape.ts';
import { storyHashOf } from '../../../src/core/session.ts';
import { inlineBlocks, policyOf, sha256Source } from '../../../tools/csp.ts';
import { buildGraph } from '../../../tools/story-check/explore.ts';
import { buildStoryMap } from '../../../tools/story-check/story-map.ts';
import { compiledOnce, playLog } from '../../support/logs.ts';
import { expectedCountLabels } from '../../support/map-counts.ts';

const FILE = 'stories/new-crm.ink';
const PATHS = [
  [0, 0, 0, 1, 1, 3],
  [2, 2, 0, 1, 3, 1],
  [0, 0, 0, 0, 4, 3],
  [0, 0, 0, 1, 1, 3],
];

describe('the map in the printable report', () => {
  it('holds the screen’s drawing with the cohort’s counts, and the same counts as a list', () => {
    const json = compiledOnce(FILE);
    const map = buildStoryMap(buildGraph(json, { maxMs: 60_000 }), storyHashOf(json));
    const logs = PATHS.map((path, i) => playLog(FILE, { pick: (step) => path[step] ?? 0, alias: `Player ${i + 1}` }));
    const cohort = mapCohort(map, logs);
    const drawing = drawMap(map, { title: 'The new CRM', cohort });
    const html = mapReportHtml({ title: 'The new CRM', map, cohort, drawing, notes: ['1 log came from another version of this scenario.'] });

    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(drawing.svg);
    expect(html).toContain('The ways 4 play-throughs went');
    expect(html).toContain('1 log came from another version of this scenario.');
    // Every count on a way is drawn in the SVG the page holds (options to the same box share a label).
    const drawn = [...drawing.svg.matchAll(/class="map-count"[^>]*>(\d+)</g)].map((m) => m[1]).sort();
    expect(drawn).toEqual(expectedCountLabels(cohort));
    expect(drawn).toContain('4');
    // The list: each decision met, each option's choosers, each ending reached.
    const first = map.decisions[0];
    if (!first) throw new Error('no decision');
    expect(html).toContain(`<strong>${escapeXml(first.label)}</strong>`);
    expect(html).toContain(': 4 play-throughs met it.');
    const firstOption = first.options[0];
    expect(html).toContain(`${escapeXml(firstOption?.text ?? '')} <strong>3 play-throughs chose it.</strong>`);
    for (const [ending, reached] of cohort.endings) expect(html).toContain(`<li>${escapeXml(endingName(ending))}: ${reachedLine(reached)}.</li>`);
    expect(cohort.endings.size).toBe(3);
    // Prints the map on a landscape page of its own, the list after it.
    expect(html).toContain('@page map { size: A4 landscape;');
    expect(html).toMatch(/\.map-page \{ page: map; break-after: page; \}/);
    expect(html).not.toMatch(/<link|src=/);
  });

  // Failed first: the page had no policy and its print button an onclick, which the game's own policy refused.
  it('allows only its style, the drawing’s style and the print script by their hashes, with no inline handlers', () => {
    const json = compiledOnce(FILE);
    const map = buildStoryMap(buildGraph(json, { maxMs: 60_000 }), storyHashOf(json));
    const cohort = mapCohort(map, [playLog(FILE, { pick: () => 0 })]);
    const html = mapReportHtml({ title: 'The new CRM', map, cohort, drawing: drawMap(map, { title: 'The new CRM', cohort }), notes: [] });
    // Written into the core by hand (it has no synchronous SHA-256): when a text changes, this says the new hash.
    expect(`'${MAP_REPORT_CSS_HASH}'`, 'MAP_REPORT_CSS_HASH').toBe(sha256Source(MAP_REPORT_CSS));
    expect(`'${MAP_STYLE_HASH}'`, 'MAP_STYLE_HASH').toBe(sha256Source(MAP_STYLE));
    expect(inlineBlocks(html)).toEqual({ scripts: [REPORT_SCRIPT], styles: [MAP_REPORT_CSS, MAP_STYLE] });
    expect(policyOf(html)).toBe(`default-src 'none'; script-src ${sha256Source(REPORT_SCRIPT)}; style-src ${sha256Source(MAP_REPORT_CSS)} ${sha256Source(MAP_STYLE)}; object-src 'none'; base-uri 'none'; form-action 'none'`);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});
