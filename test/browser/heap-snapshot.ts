/**
 * A V8 heap snapshot of a page, taken through the DevTools protocol after forced garbage collection:
 * used by the memory test (test/browser/memory.test.ts) and by `npm run bench` (bench/browser.ts).
 */
import type { CDPSession } from 'playwright-core';

/** The parts of the snapshot's JSON that are read here (the format is V8's `.heapsnapshot`). */
export interface HeapSnapshot {
  readonly snapshot: { readonly meta: { readonly node_fields: string[]; readonly node_types: [string[]]; readonly edge_fields: string[]; readonly edge_types: [string[]] } };
  readonly nodes: number[];
  readonly edges: number[];
  readonly strings: string[];
}

/** Collect garbage, then take and parse a heap snapshot of the page `cdp` is attached to. */
export async function takeHeapSnapshot(cdp: CDPSession): Promise<HeapSnapshot> {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return JSON.parse(chunks.join('')) as HeapSnapshot;
}
