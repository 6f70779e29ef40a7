/**
 * Where each decision and ending of a story map goes on the page: in columns from left to right,
 * each decision one column further right than every decision that leads to it (the longest way from
 * the start), the endings in a last column of their own; within a column, ordered by where the
 * decisions leading to them stand, so that lines cross as little as a single pass can manage.
 */
import { edgesOf, targetKey, type StoryMap } from './story-map.ts';

export interface PlacedNode {
  /** `decision:<id>` or `ending:<id>` (targetKey). */
  readonly key: string;
  readonly column: number;
  readonly row: number;
}

export interface MapLayout {
  readonly nodes: readonly PlacedNode[];
  readonly columns: number;
  /** The most nodes in one column. */
  readonly rows: number;
  readonly byKey: ReadonlyMap<string, PlacedNode>;
}

export function layoutMap(map: StoryMap): MapLayout {
  const keys = map.decisions.map((d) => targetKey({ kind: 'decision', id: d.id }));
  const links = edgesOf(map)
    .filter(({ target }) => target.kind === 'decision')
    .map(({ decision, target }) => [targetKey({ kind: 'decision', id: decision.id }), targetKey(target)] as const);
  // Longest way from the start, relaxed at most once per decision: a loop in the story cannot push it for ever.
  const column = new Map(keys.map((key) => [key, 0]));
  for (let round = 0; round < keys.length; round++) {
    let moved = false;
    for (const [from, to] of links) {
      const next = (column.get(from) ?? 0) + 1;
      if (from !== to && next > (column.get(to) ?? 0) && next < keys.length) {
        column.set(to, next);
        moved = true;
      }
    }
    if (!moved) break;
  }
  const endingColumn = keys.length === 0 ? 0 : [...column.values()].reduce((most, c) => Math.max(most, c), 0) + 1;
  const columns: string[][] = [];
  for (const key of keys) (columns[column.get(key) ?? 0] ??= []).push(key);
  const endingKeys = map.endings.map((id) => targetKey({ kind: 'ending', id }));
  columns[endingColumn] = endingKeys;

  // One pass left to right: each node's row is the mean row of the nodes that lead to it.
  const row = new Map<string, number>();
  const from = new Map<string, string[]>();
  for (const { decision, target } of edgesOf(map)) {
    const list = from.get(targetKey(target)) ?? [];
    list.push(targetKey({ kind: 'decision', id: decision.id }));
    from.set(targetKey(target), list);
  }
  columns.forEach((list = [], c) => {
    const weight = (key: string) => {
      const rows = (from.get(key) ?? []).flatMap((source) => row.get(source) ?? []);
      return rows.length === 0 ? Number.POSITIVE_INFINITY : rows.reduce((a, b) => a + b, 0) / rows.length;
    };
    const ordered = c === 0 ? list : [...list].sort((a, b) => weight(a) - weight(b));
    ordered.forEach((key, r) => row.set(key, r));
    columns[c] = ordered;
  });
  const nodes = columns.flatMap((list = [], c) => list.map((key) => ({ key, column: c, row: row.get(key) ?? 0 })));
  return {
    nodes,
    columns: columns.length,
    rows: columns.reduce((most, list = []) => Math.max(most, list.length), 0),
    byKey: new Map(nodes.map((node) => [node.key, node])),
  };
}
