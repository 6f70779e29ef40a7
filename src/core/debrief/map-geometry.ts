/**
 * Where the map's boxes, lines and count labels go on the page. The layout's columns are folded into
 * bands, each as many columns as the width allows, one under the other: a long story reads left to
 * right, then carries on below, like lines of text, so the map never needs scrolling sideways. A line
 * into a later band runs down into the gap above that band and along it to its box.
 *
 * Count labels: the ways from one decision to the same place (several options leading to the same
 * box) share one label with their total, and a label that would cover another label or a box is moved
 * down, clear of it, so none overlap.
 */
import type { MapLayout } from './map-layout.ts';

/** Drawing sizes, in SVG units (pixels at 100 %). */
export const MAP_GEOMETRY = { column: 310, nodeWidth: 240, nodeHeight: 84, row: 118, margin: 24, lineChars: 28, title: 36, bandGap: 64 } as const;

/** The width a map is drawn for when nothing else is asked: about four columns, for slides. */
export const DEFAULT_MAP_WIDTH = 1400;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface MapFrame {
  readonly width: number;
  readonly height: number;
  readonly columnsPerBand: number;
  readonly bands: number;
  /** The top left of a node's box, by its key. */
  at(key: string): { x: number; y: number };
  bandOf(key: string): number;
  /** The top of a band's first row. */
  bandTop(band: number): number;
}

export function frameMap(layout: MapLayout, maxWidth: number): MapFrame {
  const g = MAP_GEOMETRY;
  const gutter = g.column - g.nodeWidth;
  const columnsPerBand = Math.max(1, Math.min(Math.max(1, layout.columns), Math.floor((maxWidth - g.margin * 2 + gutter) / g.column)));
  const bands = Math.max(1, Math.ceil(layout.columns / columnsPerBand));
  const rowsIn = Array.from({ length: bands }, () => 1);
  for (const node of layout.nodes) {
    const band = Math.floor(node.column / columnsPerBand);
    rowsIn[band] = Math.max(rowsIn[band] ?? 1, node.row + 1);
  }
  const tops: number[] = [];
  let top = g.margin + g.title;
  for (let band = 0; band < bands; band++) {
    tops.push(top);
    top += (rowsIn[band] ?? 1) * g.row - (g.row - g.nodeHeight) + g.bandGap;
  }
  const bandOf = (key: string) => Math.floor((layout.byKey.get(key)?.column ?? 0) / columnsPerBand);
  return {
    width: g.margin * 2 + columnsPerBand * g.column - gutter,
    height: top - g.bandGap + g.margin,
    columnsPerBand,
    bands,
    bandOf,
    bandTop: (band) => tops[band] ?? tops[0] ?? 0,
    at(key) {
      const node = layout.byKey.get(key);
      const column = node?.column ?? 0;
      return { x: g.margin + (column % columnsPerBand) * g.column, y: (tops[bandOf(key)] ?? 0) + (node?.row ?? 0) * g.row };
    },
  };
}

/** The path of one line, from an option's exit on the right of its box to the middle of the left of the next, and a point for its label. */
export function edgePath(frame: MapFrame, from: { key: string; exitY: number }, toKey: string): { d: string; label: { x: number; y: number } } {
  const g = MAP_GEOMETRY;
  const source = frame.at(from.key);
  const target = frame.at(toKey);
  const x1 = source.x + g.nodeWidth;
  const y1 = source.y + from.exitY;
  const x2 = target.x;
  const y2 = target.y + g.nodeHeight / 2;
  const sameBand = frame.bandOf(from.key) === frame.bandOf(toKey);
  if (sameBand && x2 > x1) {
    const bend = Math.max(40, (x2 - x1) / 2);
    return { d: `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`, label: { x: (x1 + x2) / 2, y: (y1 + y2) / 2 - 4 } };
  }
  if (sameBand) {
    return { d: `M${x1},${y1} C${x1 + 80},${y1 - 90} ${x2 - 80},${y2 - 90} ${x2},${y2}`, label: { x: (x1 + x2) / 2, y: Math.min(y1, y2) - 60 } };
  }
  // Into another band: down into the gap above the lower band, along it, and into the box.
  const gap = frame.bandTop(Math.max(frame.bandOf(from.key), frame.bandOf(toKey))) - g.bandGap / 2;
  const d = `M${x1},${y1} C${x1 + 36},${y1} ${x1 + 36},${gap} ${x1},${gap} L${x2},${gap} C${x2 - 36},${gap} ${x2 - 36},${y2} ${x2},${y2}`;
  // The label sits just before the box it leads into: lines into different boxes share the gap, not this.
  return { d, label: { x: x2 - 12, y: y2 - 8 } };
}

/** A count label's box: text drawn centred on x with its baseline at y, 14 px bold. */
export function labelBox(x: number, y: number, text: string): Box {
  const width = 9 * text.length + 8;
  return { x: x - width / 2, y: y - 13, width, height: 17 };
}

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Each label where it asks to be, or moved down until it is clear of every label placed before it and every box. */
export function placeLabels(wanted: readonly { x: number; y: number; text: string }[], obstacles: readonly Box[]): { x: number; y: number; text: string; box: Box }[] {
  const placed: { x: number; y: number; text: string; box: Box }[] = [];
  for (const label of wanted) {
    let y = label.y;
    let box = labelBox(label.x, y, label.text);
    for (let tries = 0; tries < 200; tries++) {
      const blocker = [...obstacles, ...placed.map((p) => p.box)].find((other) => intersects(box, other));
      if (!blocker) break;
      y = blocker.y + blocker.height + 13 + 1;
      box = labelBox(label.x, y, label.text);
    }
    placed.push({ ...label, y, box });
  }
  return placed;
}
