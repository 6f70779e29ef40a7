/**
 * The map's geometry for every shipped story: folded into bands it fits the map's area on a 1366×768
 * laptop and a 1920×1080 projector without sideways scrolling, and with a count on every way no count
 * label covers another or a box (options leading to the same box share one label).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MapCohort } from '../../../src/core/debrief/map-cohort.ts';
import { intersects } from '../../../src/core/debrief/map-geometry.ts';
import { drawMap } from '../../../src/core/debrief/map-svg.ts';
import { edgeKey, edgesOf, type StoryMap } from '../../../src/core/debrief/story-map.ts';
import { buildGraph } from '../../../tools/story-check/explore.ts';
import { buildStoryMap } from '../../../tools/story-check/story-map.ts';
import { listScenarioFiles } from '../../../tools/vite-plugin-ink.ts';
import { compiledFile, ROOT } from '../../support/stories.ts';

/**
 * The map area's width on each screen: the viewport less the screen's padding (40 units a side), the
 * decision panel (300 units), the gap (16 units) and a scrollbar (15 px), a unit being 1/1280 of the
 * width (story-map.css, the same sums as mapAreaWidth in story-map-view.ts).
 */
const SCREENS = [
  { name: '1366×768', width: Math.floor(1366 - (1366 / 1280) * 396 - 15) },
  { name: '1920×1080', width: Math.floor(1920 - 1.5 * 396 - 15) },
];

/** Every way on the map taken by 10 to 99 people: two-digit labels everywhere. */
function everyWay(map: StoryMap): MapCohort {
  const edges = new Map(edgesOf(map).map(({ decision, option, target }, i) => [edgeKey(decision.id, option.id, target), 10 + (i % 90)]));
  return { placed: [], otherVersionPlaced: 0, otherVersionLeftOut: [], unplaced: [], visits: new Map(), chosen: new Map(), votes: new Map(), edges, offMap: new Map(), endings: new Map(), unfinished: 0 };
}

describe('the map’s geometry', () => {
  const files = listScenarioFiles(resolve(ROOT, 'stories')).map((file) => `stories/${file.split('/').pop()}`);
  for (const file of files) {
    it(`${file}: fits both screens’ width, folding onto bands, and no count label overlaps a label or a box`, () => {
      const map = buildStoryMap(buildGraph(compiledFile(file), { maxMs: 120_000 }), 'hash');
      for (const screen of SCREENS) {
        const drawing = drawMap(map, { title: file, cohort: everyWay(map), maxWidth: screen.width });
        expect(drawing.width, screen.name).toBeLessThanOrEqual(screen.width);
        expect(drawing.frame.columnsPerBand, screen.name).toBeGreaterThanOrEqual(3);
        if (drawing.layout.columns > drawing.frame.columnsPerBand) expect(drawing.frame.bands, screen.name).toBeGreaterThanOrEqual(2);
        const labels = drawing.countLabels.map((label) => label.box);
        expect(labels.length).toBeGreaterThan(0);
        for (const [i, a] of labels.entries()) {
          for (const b of labels.slice(i + 1)) expect(intersects(a, b), `${screen.name}: labels ${JSON.stringify(a)} and ${JSON.stringify(b)}`).toBe(false);
          for (const node of drawing.nodeBoxes) expect(intersects(a, node), `${screen.name}: label ${JSON.stringify(a)} on box ${JSON.stringify(node)}`).toBe(false);
          expect(a.y + a.height).toBeLessThanOrEqual(drawing.height);
        }
      }
    });
  }
});
