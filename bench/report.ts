/**
 * The start-up benchmark's table: printed by `npm run bench` and written into docs/performance.md
 * between the markers below (the rest of that file is prose, kept as it is).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { BrowserBench, RunFigures } from './browser.ts';

export const DOC_START = '<!-- bench:start (written by npm run bench; edit the prose outside these markers) -->';
export const DOC_END = '<!-- bench:end -->';

/** The targets of issue #10, each checked against the medians. */
interface Row {
  readonly figure: string;
  readonly game: number;
  readonly floor?: number;
  readonly unit: 'ms' | 'MB' | 'ΔMB' | '%' | 'kB' | '/s' | 'n' | 'count' | 'each';
  /** The target, in words, and whether the medians meet it (with by how much when not). */
  readonly target?: { readonly words: string; readonly met: boolean; readonly missedBy?: string };
  /** Why the game can miss this target on the bench machine: a pointer to the prose of docs/performance.md. */
  readonly why?: string;
}

const fmt = (value: number, unit: Row['unit']): string => {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ms':
      return `${value < 20 ? value.toFixed(1) : Math.round(value)} ms`;
    case 'MB':
      return `${(value / 1e6).toFixed(2)} MB`;
    case 'ΔMB':
      return `${value >= 0 ? '+' : '−'}${(Math.abs(value) / 1e6).toFixed(2)} MB`;
    case '%':
      return `${(value * 100).toFixed(1)} %`;
    case 'kB':
      return `${(value / 1000).toFixed(1)} kB`;
    case '/s':
      return `${Math.round(value)} /s`;
    case 'count':
      return String(Math.round(value));
    case 'each':
      return value.toFixed(1);
    case 'n':
      return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(Math.round(value))}`;
  }
};

function ratioTarget(game: number, floor: number, limit: number): Row['target'] {
  const ratio = game / floor;
  const met = ratio <= limit;
  return { words: `≤ ${limit}× floor`, met, ...(met ? {} : { missedBy: `${(ratio / limit - 1) * 100 >= 1 ? Math.round((ratio / limit - 1) * 100) : ((ratio / limit - 1) * 100).toFixed(1)} % over (${fmt(game - floor * limit, 'ms')})` }) };
}

function rows(bench: BrowserBench, statesPerSecond: number | undefined): Row[] {
  const g: RunFigures = bench.median.game;
  const f: RunFigures = bench.median.floor;
  const growthMet = g.heapGrowth <= 0.1;
  const dataMet = g.heapDataGrowth <= 0.1;
  const longMet = g.longFrameShare < 0.01;
  const p95Met = g.choiceToText.p95 <= 16;
  const firstScreenMet = bench.bundle.totalGzipBytes <= 300_000;
  return [
    { figure: 'Title interactive (from navigation)', game: g.titleInteractiveMs, floor: f.titleInteractiveMs, unit: 'ms', target: ratioTarget(g.titleInteractiveMs, f.titleInteractiveMs, 1.5) , why: 'see [start-up](#start-up)' },
    { figure: 'First choice on screen, player acting at once', game: g.firstChoiceMs, floor: f.firstChoiceMs, unit: 'ms', target: ratioTarget(g.firstChoiceMs, f.firstChoiceMs, 1.5) , why: 'see [start-up](#start-up)' },
    { figure: '… by the clock, with the driver\'s round trips', game: g.firstChoiceWallMs, floor: f.firstChoiceWallMs, unit: 'ms' },
    { figure: 'Scenario key → its first text', game: g.openScenarioMs, floor: f.openScenarioMs, unit: 'ms' },
    { figure: 'Choice key → next text, p50', game: g.choiceToText.p50, floor: f.choiceToText.p50, unit: 'ms' },
    { figure: 'Choice key → next text, p95', game: g.choiceToText.p95, floor: f.choiceToText.p95, unit: 'ms', target: { words: '≤ 16 ms', met: p95Met, ...(p95Met ? {} : { missedBy: `${fmt(g.choiceToText.p95 - 16, 'ms')} over` }) } , why: 'see [choice latency](#choice-latency)' },
    { figure: 'Choice key → next frame, p50', game: g.choiceToFrame.p50, floor: f.choiceToFrame.p50, unit: 'ms' },
    { figure: 'Choice key → next frame, p95', game: g.choiceToFrame.p95, floor: f.choiceToFrame.p95, unit: 'ms', target: ratioTarget(g.choiceToFrame.p95, f.choiceToFrame.p95, 2), why: 'see [frames](#frames)' },
    { figure: 'Choice handler (choice-made → text-shown), p95', game: g.choiceWork.p95, floor: f.choiceWork.p95, unit: 'ms' },
    { figure: 'Page turn (→) → next text, p95', game: g.pageTurnToText.p95, floor: f.pageTurnToText.p95, unit: 'ms' },
    { figure: 'Page turn (→) → next frame, p50', game: g.pageTurnToFrame?.p50 ?? Number.NaN, floor: f.pageTurnToFrame?.p50 ?? Number.NaN, unit: 'ms' },
    { figure: 'Page turn (→) → next frame, p95', game: g.pageTurnToFrame?.p95 ?? Number.NaN, floor: f.pageTurnToFrame?.p95 ?? Number.NaN, unit: 'ms', target: ratioTarget(g.pageTurnToFrame?.p95 ?? Number.NaN, f.pageTurnToFrame?.p95 ?? Number.NaN, 2), why: 'see [frames](#frames)' },
    // Why the two rows above miss (docs/performance.md, "Frames"): the same keys on a still screen, and what the browser's frames cost.
    { figure: 'Choice key on a still screen → next frame, p50', game: g.stillChoiceToFrame?.p50 ?? Number.NaN, floor: f.stillChoiceToFrame?.p50 ?? Number.NaN, unit: 'ms' },
    { figure: 'Choice key on a still screen → next frame, p95', game: g.stillChoiceToFrame?.p95 ?? Number.NaN, floor: f.stillChoiceToFrame?.p95 ?? Number.NaN, unit: 'ms' },
    { figure: 'Page turn on a still screen → next frame, p50', game: g.stillPageTurnToFrame?.p50 ?? Number.NaN, floor: f.stillPageTurnToFrame?.p50 ?? Number.NaN, unit: 'ms' },
    { figure: 'Page turn on a still screen → next frame, p95', game: g.stillPageTurnToFrame?.p95 ?? Number.NaN, floor: f.stillPageTurnToFrame?.p95 ?? Number.NaN, unit: 'ms' },
    { figure: 'Frames the browser draws while playing, per key', game: g.framesPerKey ?? Number.NaN, floor: f.framesPerKey ?? Number.NaN, unit: 'each' },
    { figure: '… the GPU process\'s time on each, p50', game: g.frameGpu?.p50 ?? Number.NaN, floor: f.frameGpu?.p50 ?? Number.NaN, unit: 'ms' },
    { figure: '… the GPU process\'s time on each, p95', game: g.frameGpu?.p95 ?? Number.NaN, floor: f.frameGpu?.p95 ?? Number.NaN, unit: 'ms' },
    { figure: '… share of the play-through the GPU process spends on them', game: g.gpuBusyShare ?? Number.NaN, floor: f.gpuBusyShare ?? Number.NaN, unit: '%' },
    { figure: 'JS heap after 1 play-through', game: g.heapAfter1, floor: f.heapAfter1, unit: 'MB' },
    { figure: `JS heap after ${bench.playThroughs} play-throughs`, game: g.heapAfter20, floor: f.heapAfter20, unit: 'MB' },
    { figure: `Heap growth, 1 → ${bench.playThroughs} plays`, game: g.heapGrowth, floor: f.heapGrowth, unit: '%', target: { words: '≤ 10 %', met: growthMet, ...(growthMet ? {} : { missedBy: `${((g.heapGrowth - 0.1) * 100).toFixed(1)} points over` }) } , why: 'see [memory](#memory)' },
    { figure: `… of which compiled code, after 1 → ${bench.playThroughs} plays`, game: g.codeAfter20 - g.codeAfter1, floor: f.codeAfter20 - f.codeAfter1, unit: 'ΔMB' },
    { figure: `Heap without compiled code, growth 1 → ${bench.playThroughs}`, game: g.heapDataGrowth, floor: f.heapDataGrowth, unit: '%', target: { words: '≤ 10 %', met: dataMet, ...(dataMet ? {} : { missedBy: `${((g.heapDataGrowth - 0.1) * 100).toFixed(1)} points over` }) } },
    { figure: `Event listeners alive, after 1 → ${bench.playThroughs} plays`, game: g.listenersAfter20 - g.listenersAfter1, floor: f.listenersAfter20 - f.listenersAfter1, unit: 'n' },
    { figure: `DOM nodes alive, after 1 → ${bench.playThroughs} plays`, game: g.domNodesAfter20 - g.domNodesAfter1, floor: f.domNodesAfter20 - f.domNodesAfter1, unit: 'n' },
    { figure: `Long frames (> 16.7 ms) in ${bench.idleSeconds} s idle`, game: g.longFrameShare, floor: f.longFrameShare, unit: '%', target: { words: '< 1 %', met: longMet, ...(longMet ? {} : { missedBy: `${((g.longFrameShare - 0.01) * 100).toFixed(1)} points over` }) } , why: 'see [idle frames](#idle-frames)' },
    { figure: `Canvas frames drawn in ${bench.idleSeconds} s idle`, game: g.idleCanvasFrames ?? Number.NaN, floor: f.idleCanvasFrames ?? Number.NaN, unit: 'count', target: { words: 'none', met: g.idleCanvasFrames === 0, ...(g.idleCanvasFrames === 0 ? {} : { missedBy: `${g.idleCanvasFrames} drawn` }) }, why: 'see [idle frames](#idle-frames)' },
    { figure: 'JS before the first playable screen (gzip)', game: bench.bundle.totalGzipBytes, unit: 'kB', target: { words: '≤ 300 kB', met: firstScreenMet, ...(firstScreenMet ? {} : { missedBy: fmt(bench.bundle.totalGzipBytes - 300_000, 'kB') }) } },
    { figure: '… of which before the title answers', game: bench.bundle.titleGzipBytes, unit: 'kB' },
    { figure: '… of which before the first decision can be played (no engine)', game: bench.bundle.textGzipBytes, unit: 'kB' },
    ...(statesPerSecond === undefined ? [] : [{ figure: 'Story checker, states per second (median story)', game: statesPerSecond, unit: '/s' as const }]),
  ];
}

export function markdownTable(bench: BrowserBench, statesPerSecond: number | undefined): string {
  const m = bench.machine;
  const lines = [
    `Measured ${bench.measuredAt.slice(0, 16).replace('T', ' ')} UTC on ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB;`,
    `${m.chromium}, headless, WebGL: ${m.webgl}${m.softwareWebgl ? ' (software)' : ''}; Node ${m.node}.`,
    `Load average ${m.loadAverageBefore.toFixed(1)} before and ${m.loadAverageAfter.toFixed(1)} after (other work on the machine slows every figure).`,
    `Medians of ${bench.runs} runs each, story \`${bench.story}\`, ${bench.playThroughs} play-throughs a run; ratio = game ÷ floor.`,
    '',
    '| Figure | Game | Floor | Ratio | Target | Met? |',
    '|---|---:|---:|---:|---|---|',
  ];
  for (const row of rows(bench, statesPerSecond)) {
    const ratio = row.floor === undefined || !Number.isFinite(row.floor) || row.floor === 0 ? '—' : `${(row.game / row.floor).toFixed(2)}×`;
    const met = row.target ? (row.target.met ? 'yes' : `**no**: ${row.target.missedBy ?? ''}${row.why ? `; ${row.why}` : ''}`) : '';
    lines.push(`| ${row.figure} | ${fmt(row.game, row.unit)} | ${row.floor === undefined ? '—' : fmt(row.floor, row.unit)} | ${ratio} | ${row.target?.words ?? ''} | ${met} |`);
  }
  return lines.join('\n');
}

/** The table as plain text for the terminal. */
export function consoleTable(bench: BrowserBench, statesPerSecond: number | undefined): string {
  const table = [['figure', 'game', 'floor', 'ratio', 'target', 'met?']];
  for (const row of rows(bench, statesPerSecond)) {
    const ratio = row.floor === undefined || !Number.isFinite(row.floor) || row.floor === 0 ? '—' : `${(row.game / row.floor).toFixed(2)}x`;
    table.push([row.figure, fmt(row.game, row.unit), row.floor === undefined ? '—' : fmt(row.floor, row.unit), ratio, row.target?.words ?? '', row.target ? (row.target.met ? 'yes' : `NO: ${row.target.missedBy ?? ''}`) : '']);
  }
  const widths = (table[0] ?? []).map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
  return table.map((row) => row.map((cell, i) => (i === 0 || i >= 4 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')).join('\n');
}

/** Put the table between the markers of docs/performance.md (appending the markers when missing). */
export function writeIntoDoc(path: string, table: string): void {
  let doc: string;
  try {
    doc = readFileSync(path, 'utf8');
  } catch {
    doc = '# Performance\n';
  }
  const block = `${DOC_START}\n${table}\n${DOC_END}`;
  const start = doc.indexOf(DOC_START);
  const end = doc.indexOf(DOC_END);
  const next = start >= 0 && end > start ? doc.slice(0, start) + block + doc.slice(end + DOC_END.length) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, next);
}
