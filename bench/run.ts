/**
 * `npm run bench`: the project's benchmarks. Each one writes its figures under its own key of
 * bench/results.json (other keys are kept) and prints a table. Not part of `npm test`.
 * `npm run bench -- --only=story-check` or `--only=browser` runs one of them.
 *
 * storyCheck: how fast the story checker explores each shipped story (decision states per second,
 * with no cap but a generous time limit), and how long `npm run stories:check` takes for them all.
 *
 * browser (issue #10, bench/browser.ts): the production build in headless Chromium against the
 * floor, a plain page playing the same story with inkjs alone: time to an interactive title and to
 * the first choice, choice-to-text latency, heap after 1 and 20 play-throughs, long frames when
 * idle, and the gzipped JavaScript before the first playable screen (key "bundle"). Its table also
 * goes into docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { relative, resolve } from 'node:path';
import { compileInk } from '../tools/ink-compiler.ts';
import { runBrowserBench } from './browser.ts';
import { consoleTable, markdownTable, writeIntoDoc } from './report.ts';
import { DEFAULT_BUDGET_MS, idleCores } from '../tools/story-check/batch.ts';
import { buildGraph } from '../tools/story-check/explore.ts';
import { listScenarioFiles } from '../tools/vite-plugin-ink.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = resolve(ROOT, 'bench/results.json');
const PERFORMANCE_DOC = resolve(ROOT, 'docs/performance.md');

interface StoryFigures {
  readonly file: string;
  readonly compileMs: number;
  readonly states: number;
  readonly choices: number;
  readonly complete: boolean;
  readonly exploreMs: number;
  readonly statesPerSecond: number;
  readonly choicesPerSecond: number;
}

const round = (x: number) => Math.round(x);

function exploreEach(files: readonly string[]): StoryFigures[] {
  const [first] = files;
  if (first) buildGraph(compileInk(first, ROOT).json ?? '', { maxMs: 500 }); // warm the JIT up first
  return files.map((path) => {
    const file = relative(ROOT, path);
    let started = performance.now();
    const compiled = compileInk(path, ROOT);
    const compileMs = performance.now() - started;
    if (!compiled.json) throw new Error(`${file} does not compile`);
    started = performance.now();
    const graph = buildGraph(compiled.json, { maxMs: 30_000, maxStates: 1_000_000 });
    const seconds = (performance.now() - started) / 1000;
    return {
      file,
      compileMs: round(compileMs),
      states: graph.nodes.length,
      choices: graph.choicesTaken,
      complete: graph.complete,
      exploreMs: round(seconds * 1000),
      statesPerSecond: round(graph.nodes.length / seconds),
      choicesPerSecond: round(graph.choicesTaken / seconds),
    };
  });
}

/** `npm run stories:check` on every shipped story, as people run it: its time on the clock, start-up included. */
function checkAll(): { ms: number; stories: number; completeExplorations: number; ok: boolean } {
  const started = performance.now();
  const run = spawnSync('npx', ['tsx', 'tools/story-check/cli.ts', '--json'], { cwd: ROOT, encoding: 'utf8' });
  const ms = round(performance.now() - started);
  const report = JSON.parse(run.stdout) as { ok: boolean; stories: { exploration?: { complete: boolean } }[] };
  return { ms, stories: report.stories.length, completeExplorations: report.stories.filter((s) => s.exploration?.complete).length, ok: report.ok };
}

function storyCheckBench(): void {
  const files = listScenarioFiles(resolve(ROOT, 'stories'));
  const stories = exploreEach(files);
  const threads = Math.min(idleCores(), files.length); // as the check will count them when it starts
  const all = { ...checkAll(), threads, budgetSeconds: DEFAULT_BUDGET_MS / 1000 };
  const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
  // The load average says how busy the machine was: the figures fall when other work shares the cores.
  const storyCheck = { measuredAt: new Date().toISOString(), node: process.version, cpus: availableParallelism(), loadAverage: loadavg()[0], stories, checkAll: all };
  writeFileSync(RESULTS, `${JSON.stringify({ ...previous, storyCheck }, null, 2)}\n`);

  const table = [
    ['story', 'states', 'choices', 'complete', 'explore ms', 'states/s', 'choices/s', 'compile ms'],
    ...stories.map((s) => [s.file, s.states, s.choices, s.complete ? 'yes' : 'no', s.exploreMs, s.statesPerSecond, s.choicesPerSecond, s.compileMs].map(String)),
  ];
  const widths = (table[0] ?? []).map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
  console.log(`storyCheck: exploring each shipped story to the end, one at a time (load average ${loadavg()[0]?.toFixed(1)})`);
  for (const row of table) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '));
  console.log(
    `\nnpm run stories:check on all ${all.stories} stories (${all.threads} ${all.threads === 1 ? "thread" : "threads"}, ${all.budgetSeconds} s budget each): ${(all.ms / 1000).toFixed(1)} s,` +
      ` ${all.completeExplorations} of ${all.stories} explored completely, ${all.ok ? 'all OK' : 'with errors'}`,
  );
  console.log(`written to ${relative(ROOT, RESULTS)} (key "storyCheck")`);
}

function readResults(): Record<string, unknown> {
  return existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
}

async function browserBench(): Promise<void> {
  const bench = await runBrowserBench({ log: (line) => console.log(line) });
  const { bundle, ...browser } = bench;
  const previous = readResults();
  writeFileSync(RESULTS, `${JSON.stringify({ ...previous, browser, bundle }, null, 2)}\n`);
  // The story checker's speed, from its own benchmark (this run's, or the last one's).
  const storyCheck = previous.storyCheck as { stories?: { statesPerSecond: number }[] } | undefined;
  const rates = (storyCheck?.stories ?? []).map((s) => s.statesPerSecond).sort((a, b) => a - b);
  const statesPerSecond = rates.length > 0 ? rates[Math.floor((rates.length - 1) / 2)] : undefined;
  console.log(`\nbrowser: the game against the floor (${bench.machine.cpuModel}, ${bench.machine.cores} cores, ${bench.machine.chromium}, ${bench.machine.webgl})`);
  console.log(consoleTable(bench, statesPerSecond));
  writeIntoDoc(PERFORMANCE_DOC, markdownTable(bench, statesPerSecond));
  console.log(`written to ${relative(ROOT, RESULTS)} (keys "browser", "bundle") and ${relative(ROOT, PERFORMANCE_DOC)}`);
}

async function main(): Promise<void> {
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  if (only !== undefined && only !== 'story-check' && only !== 'browser') throw new Error(`--only=${only}: expected story-check or browser`);
  if (only !== 'browser') storyCheckBench();
  if (only !== 'story-check') await browserBench();
}

await main();
