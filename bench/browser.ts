/**
 * The start-up and play benchmark of issue #10: the production build served on 127.0.0.1 and
 * played in Debian's Chromium (headless, software WebGL), against the floor (bench/floor: the same
 * story as plain HTML with inkjs and no engine). Used by bench/run.ts.
 *
 * Each run opens a fresh browser (empty profile, cache and storage), loads the page and plays it as
 * fast as it answers: a key on the title as soon as it is interactive, the first scenario's key on
 * the select screen, → through the pages, and 1 at every decision, to the end; then "Play again"
 * until 20 play-throughs are done. Runs of the game and of the floor alternate, so a busy moment
 * on the machine falls on both alike.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { chromiumPath, openBrowser } from '../test/browser/chromium.ts';
import { takeHeapSnapshot } from '../test/browser/heap-snapshot.ts';
import { firstScreenSize, type FirstScreenSize } from '../tools/bundle-size.ts';
import { traceFrames } from './frame-cost.ts';
import { inkPlugin } from '../tools/vite-plugin-ink.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'test-results/bench');
const PROBE = resolve(import.meta.dirname, 'page-probe.js');

export const RUNS = 5;
export const PLAY_THROUGHS = 20;
export const IDLE_MS = 10_000;
/** Frames whose interval is longer than this are long: 16.7 ms and a little for timer rounding. */
export const LONG_FRAME_MS = 16.7 + 0.5;

export type Target = 'game' | 'floor';

export interface Quantiles {
  readonly p50: number;
  readonly p95: number;
  readonly n: number;
}

/** One run's figures. Times are ms; heap is bytes of used JS heap after a forced garbage collection. */
export interface RunFigures {
  readonly titleInteractiveMs: number;
  /**
   * Navigation → the first decision on screen for a player who acts the instant each screen answers:
   * the title's time, plus each screen's answer to its key (title → scenario list, scenario key →
   * first text, → to each page up to the first decision). The driver's own round trips are left out.
   */
  readonly firstChoiceMs: number;
  /** The same by the clock, with the driver's round trips in (a few ms to a few hundred a step on a busy machine). */
  readonly firstChoiceWallMs: number;
  /** Key on the select screen → the scenario's first text in the page. */
  readonly openScenarioMs: number;
  /** Key at a decision → the next text in the page (what the player waits for). */
  readonly choiceToText: Quantiles;
  /** Key at a decision → the start of the next frame after the text is in (when it is painted). */
  readonly choiceToFrame: Quantiles;
  /** The choice handler's own work, choice-made → text-shown. */
  readonly choiceWork: Quantiles;
  readonly pageTurnToText: Quantiles;
  /** Key turning a page → the start of the next frame after its text is in. */
  readonly pageTurnToFrame: Quantiles;
  /**
   * The same two, for keys pressed once nothing on the screen has moved for STILL_QUIET_MS (a reader
   * who has read the page), over STILL_PLAY_THROUGHS more play-throughs: how the page answers a key
   * when no frame of its own is being drawn. The rows above include keys pressed during the game's
   * fades and slides, which the floor does not have (docs/performance.md, "Frames").
   */
  readonly stillChoiceToFrame: Quantiles;
  readonly stillPageTurnToFrame: Quantiles;
  /** One more play-through, keys as in the figures of record, under a trace (bench/frame-cost.ts): the GPU process's time on each frame the browser drew. */
  readonly frameGpu: Quantiles;
  /** The share of that play-through the GPU process spent drawing frames. */
  readonly gpuBusyShare: number;
  /** Frames the browser drew in it, per key pressed. */
  readonly framesPerKey: number;
  readonly heapAfter1: number;
  readonly heapAfter20: number;
  readonly heapGrowth: number;
  /**
   * The same, from heap snapshots, without compiled code: V8 keeps compiling (and optimising) the
   * functions that run often, so code grows over the first plays without anything leaking.
   */
  readonly heapDataAfter1: number;
  readonly heapDataAfter20: number;
  readonly heapDataGrowth: number;
  /** Compiled code in the heap after 1 and after all the play-throughs. */
  readonly codeAfter1: number;
  readonly codeAfter20: number;
  /** DOM nodes and JavaScript event listeners alive after 1 and after all the play-throughs. */
  readonly domNodesAfter1: number;
  readonly domNodesAfter20: number;
  readonly listenersAfter1: number;
  readonly listenersAfter20: number;
  /** Used heap after play-throughs 1, 2, 5, 10, 15 and 20: a leak keeps climbing, warming up levels off. */
  readonly heapCurve: readonly (readonly [number, number])[];
  readonly idleFrames: number;
  /** Frames in which the canvas was drawn to (any WebGL draw call) during the idle seconds. */
  readonly idleCanvasFrames: number;
  readonly longFrameShare: number;
  readonly idleFrameP50Ms: number;
  readonly idleFrameMaxMs: number;
  readonly pagesToFirstChoice: number;
  readonly decisionsPerPlay: number;
  readonly consoleProblems: number;
}

export interface MachineFacts {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly chromium: string;
  readonly node: string;
  readonly webgl: string;
  readonly softwareWebgl: boolean;
  readonly loadAverageBefore: number;
  readonly loadAverageAfter: number;
}

export interface BrowserBench {
  readonly measuredAt: string;
  readonly machine: MachineFacts;
  readonly runs: number;
  readonly playThroughs: number;
  readonly idleSeconds: number;
  readonly story: string;
  readonly median: Record<Target, RunFigures>;
  readonly all: Record<Target, RunFigures[]>;
  readonly bundle: FirstScreenSize;
}

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] as number;
}

const quantiles = (values: readonly number[]): Quantiles => ({ p50: quantile(values, 0.5), p95: quantile(values, 0.95), n: values.length });

/** The median of each figure over the runs (quantiles: the median of each run's p50 and p95). */
export function medianOf(runs: readonly RunFigures[]): RunFigures {
  const first = runs[0];
  if (!first) throw new Error('no runs');
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(first) as (keyof RunFigures)[]) {
    const values = runs.map((run) => run[key]);
    if (typeof values[0] === 'number') out[key] = quantile(values as number[], 0.5);
    else if (Array.isArray(values[0])) {
      const curves = values as unknown as (readonly (readonly [number, number])[])[];
      out[key] = (curves[0] ?? []).map(([play], i) => [play, quantile(curves.map((curve) => curve[i]?.[1] ?? Number.NaN), 0.5)]);
    } else {
      const qs = values as Quantiles[];
      out[key] = { p50: quantile(qs.map((q) => q.p50), 0.5), p95: quantile(qs.map((q) => q.p95), 0.5), n: qs.reduce((sum, q) => sum + q.n, 0) };
    }
  }
  return out as unknown as RunFigures;
}

interface Probe {
  readonly marks: { name: string; at: number }[];
  readonly keys: { key: string; at: number }[];
  readonly selectShown: number[];
  readonly choices: { toText: number; toFrame?: number; work: number; phase: Phase }[];
  readonly pages: { toText: number; toFrame?: number; phase: Phase }[];
  readonly opens: { toText: number }[];
}

/** What the driver is doing when a sample is taken (bench/page-probe.js keeps it on each). */
type Phase = 'play' | 'still' | 'traced';
/** How a key waits for the page: not at all, until the page is idle (a reader's pause), or until nothing has moved for STILL_QUIET_MS. */
type Settle = 'no' | 'idle' | 'still';

const STEP_TIMEOUT_MS = 20_000;
/** Play-throughs with each key pressed on a still screen, after the figures of record. */
const STILL_PLAY_THROUGHS = 2;
/** How long nothing may have moved (no HTML animation, no canvas draw) before such a key. */
const STILL_QUIET_MS = 200;
/** How long the browser is left to finish starting up before the page measured is opened. */
const BROWSER_SETTLE_MS = 1500;
/** The probe's console message when the page marks its title interactive (bench/page-probe.js). */
const TITLE_SIGNAL = 'bench-probe: title-interactive';

async function count(page: Page, mark: string): Promise<number> {
  return (await page.evaluate(`window.__benchProbe.count(${JSON.stringify(mark)})`)) as number;
}

/**
 * Press a key, then wait until the page has shown new text (a text-shown mark). With `settle` 'idle',
 * wait first until the page is idle, as a reader pauses on a page: the time measured is then the
 * answer to the key itself, not a key pressed while a picture of the page before is still being
 * decoded. With 'still', wait further until nothing on the screen moves (bench/page-probe.js).
 */
async function pressForText(page: Page, key: string, settle: Settle = 'no'): Promise<void> {
  if (settle !== 'no') await page.evaluate('window.__benchProbe.settled()');
  if (settle === 'still') await page.evaluate(`window.__benchProbe.still(${STILL_QUIET_MS})`);
  const before = await count(page, 'text-shown');
  await page.keyboard.press(key);
  await waitForTextShown(page, before);
}

// The game's pages have a Content-Security-Policy without 'unsafe-eval', so a condition given to
// waitForFunction as a string (which Playwright evaluates as code) is refused there: functions only.
function waitForTextShown(page: Page, before: number): Promise<unknown> {
  return page.waitForFunction((n) => (window as unknown as BenchWindow).__benchProbe.count('text-shown') > n, before, { polling: 'raf', timeout: STEP_TIMEOUT_MS });
}

interface BenchWindow {
  readonly __benchProbe: { count(name: string): number };
}

type Screen = 'choices' | 'next' | 'end' | 'other';
async function screenNow(page: Page): Promise<Screen> {
  return (await page.evaluate(`(() => {
    if (document.querySelector('.dialogue .choices button')) return 'choices';
    const next = [...document.querySelectorAll('.dialogue button.next')].map((b) => b.textContent);
    if (next.includes('See how it went')) return 'end';
    if (next.includes('Continue')) return 'next';
    return 'other';
  })()`)) as Screen;
}

/**
 * From the first page of a scenario to its end screen (or its first decision, with
 * `stopAtFirstChoice`: then each key is pressed at once). Returns the decisions taken and pages turned.
 */
async function playToEnd(page: Page, options: { stopAtFirstChoice?: boolean; keysOnStill?: boolean } = {}): Promise<{ decisions: number; pages: number }> {
  const stopAtFirstChoice = options.stopAtFirstChoice ?? false;
  const settle: Settle = stopAtFirstChoice ? 'no' : options.keysOnStill ? 'still' : 'idle';
  let decisions = 0;
  let pages = 0;
  for (let steps = 0; steps < 2000; steps++) {
    const screen = await screenNow(page);
    if (screen === 'choices') {
      if (stopAtFirstChoice) return { decisions, pages };
      await pressForText(page, '1', settle);
      decisions += 1;
    } else if (screen === 'next') {
      await pressForText(page, 'ArrowRight', settle);
      pages += 1;
    } else if (screen === 'end') {
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Play again' }).waitFor({ timeout: STEP_TIMEOUT_MS });
      return { decisions, pages };
    } else {
      await page.waitForTimeout(5);
    }
  }
  throw new Error('the play-through did not end within 2000 steps');
}

/** "Play again" on the end screen, then the play-through to its end. */
async function playAgain(page: Page, options: { keysOnStill?: boolean } = {}): Promise<{ decisions: number; pages: number }> {
  const before = await count(page, 'text-shown');
  await page.getByRole('button', { name: 'Play again' }).click();
  await waitForTextShown(page, before);
  return playToEnd(page, options);
}

async function usedHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

interface HeapDetail {
  /** Self sizes of the JavaScript objects, strings, closures and shapes: the heap without code and native objects. */
  readonly data: number;
  readonly code: number;
  readonly domNodes: number;
  readonly listeners: number;
}

/** A heap snapshot, summed by kind of node, and the DOM counters. Call after usedHeap (which collects garbage). */
async function heapDetail(cdp: CDPSession): Promise<HeapDetail> {
  const snapshot = await takeHeapSnapshot(cdp);
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let data = 0;
  let code = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt] ?? 0];
    const size = snapshot.nodes[i + sizeAt] ?? 0;
    if (type === 'code') code += size;
    else if (type !== 'native' && type !== 'synthetic' && type !== 'hidden') data += size;
  }
  const counters = await cdp.send('Memory.getDOMCounters');
  return { data, code, domNodes: counters.nodes, listeners: counters.jsEventListeners };
}

async function oneRun(url: string, scenarioKey: string, playThroughs: number): Promise<RunFigures> {
  const browser = await openBrowser();
  try {
    const { page, context } = browser;
    // The browser's own start-up is not the page's. In a fresh browser the first page of a site waits,
    // at random, 1–2 s for its renderer: its HTML arrives in tens of milliseconds, but its scripts are
    // only asked for ~1.3 s later (the game's title and the floor's alike: 6 of 18 launches of the
    // floor in a trial). A page of text on the same origin first removes that (0 of 12): made up by
    // the driver, so nothing of the page measured is cached, and in the same fonts, so text is set up.
    const warmUp = `<p style="font-family: 'DejaVu Sans', Arial, sans-serif">Warming up: <b>bold</b> <i>italic</i></p>`;
    await page.route('**/__bench-warm-up', (route) => route.fulfill({ contentType: 'text/html', body: warmUp }));
    await page.goto(new URL('/__bench-warm-up', url).href);
    await page.goto('about:blank');
    // Even so, in about a third of launches the page's scripts were asked for 250–300 ms late (the
    // HTML in at ~20 ms, the entry script asked for at 300–380 ms instead of 50–130), the floor's as
    // often as the game's: the browser still starting up behind the first page. A pause here removed
    // it (0 of 16 launches): docs/performance.md#start-up.
    await page.waitForTimeout(BROWSER_SETTLE_MS);
    await page.addInitScript({ path: PROBE });
    const cdp = await context.newCDPSession(page);
    // Told of the title by the probe's console message, not by polling the page: a waitForFunction
    // during the load runs Playwright's own scripts on the page's main thread (15–45 ms in traces),
    // at a random moment of the start measured. They are set up after the title, before the first key.
    const titleShown = page.waitForEvent('console', { predicate: (message) => message.text() === TITLE_SIGNAL, timeout: STEP_TIMEOUT_MS });
    await page.goto(url, { waitUntil: 'commit' });
    await titleShown;
    await page.evaluate(() => 0);
    await page.locator('body').waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor({ timeout: STEP_TIMEOUT_MS });
    await pressForText(page, scenarioKey);
    const opening = await playToEnd(page, { stopAtFirstChoice: true });
    // Idle on the first decision, as a reader would be: let the start settle (the game's engine starts
    // when the player pauses, so here), then watch the frames.
    await page.waitForFunction(() => (window as unknown as BenchWindow).__benchProbe.count('scenes-ready') > 0 || !document.getElementById('stage'), null, { timeout: STEP_TIMEOUT_MS });
    await page.evaluate('window.__benchProbe.settled()');
    await page.waitForTimeout(1000);
    const { deltas: frames, canvasFrames } = (await page.evaluate(`window.__benchProbe.frames(${IDLE_MS})`)) as { deltas: number[]; canvasFrames: number };
    const first = await playToEnd(page);
    const heapAfter1 = await usedHeap(cdp);
    const detailAfter1 = await heapDetail(cdp);
    const heapCurve: [number, number][] = [[1, heapAfter1]];
    for (let play = 2; play <= playThroughs; play++) {
      await playAgain(page);
      if ([2, 5, 10, 15].includes(play) && play < playThroughs) heapCurve.push([play, await usedHeap(cdp)]);
    }
    const heapAfter20 = await usedHeap(cdp);
    const detailAfter20 = await heapDetail(cdp);
    heapCurve.push([playThroughs, heapAfter20]);
    await page.evaluate('window.__benchProbe.phase = "still"');
    for (let play = 1; play <= STILL_PLAY_THROUGHS; play++) await playAgain(page, { keysOnStill: true });
    await page.evaluate('window.__benchProbe.phase = "traced"');
    const traced = await traceFrames(cdp, () => playAgain(page));
    await page.waitForTimeout(50); // the last rAF measurements
    const probe = (await page.evaluate('window.__benchProbe')) as Probe;
    const markAt = (name: string) => probe.marks.find((mark) => mark.name === name)?.at ?? Number.NaN;
    const long = frames.filter((delta) => delta > LONG_FRAME_MS).length;
    const startKey = probe.keys.find((key) => key.key === ' ');
    const toList = (probe.selectShown[0] ?? Number.NaN) - (startKey?.at ?? Number.NaN);
    const inPhase = <T extends { phase: Phase }>(samples: readonly T[], phase: Phase) => samples.filter((sample) => sample.phase === phase);
    const toFrames = (samples: readonly { toFrame?: number }[]) => quantiles(samples.flatMap((sample) => (sample.toFrame === undefined ? [] : [sample.toFrame])));
    const choices = inPhase(probe.choices, 'play');
    const pages = inPhase(probe.pages, 'play');
    const toPages = pages.slice(0, opening.pages).reduce((sum, turn) => sum + turn.toText, 0);
    return {
      titleInteractiveMs: markAt('title-interactive'),
      firstChoiceMs: markAt('title-interactive') + toList + (probe.opens[0]?.toText ?? Number.NaN) + toPages,
      firstChoiceWallMs: markAt('first-choice-shown'),
      openScenarioMs: probe.opens[0]?.toText ?? Number.NaN,
      choiceToText: quantiles(choices.map((c) => c.toText)),
      choiceToFrame: toFrames(choices),
      choiceWork: quantiles(choices.map((c) => c.work)),
      pageTurnToText: quantiles(pages.map((p) => p.toText)),
      pageTurnToFrame: toFrames(pages),
      stillChoiceToFrame: toFrames(inPhase(probe.choices, 'still')),
      stillPageTurnToFrame: toFrames(inPhase(probe.pages, 'still')),
      frameGpu: quantiles(traced.cost.frameMs),
      gpuBusyShare: traced.cost.busyShare,
      framesPerKey: traced.cost.frameMs.length / Math.max(1, traced.result.decisions + traced.result.pages),
      heapAfter1,
      heapAfter20,
      heapGrowth: (heapAfter20 - heapAfter1) / heapAfter1,
      heapDataAfter1: detailAfter1.data,
      heapDataAfter20: detailAfter20.data,
      heapDataGrowth: (detailAfter20.data - detailAfter1.data) / detailAfter1.data,
      codeAfter1: detailAfter1.code,
      codeAfter20: detailAfter20.code,
      domNodesAfter1: detailAfter1.domNodes,
      domNodesAfter20: detailAfter20.domNodes,
      listenersAfter1: detailAfter1.listeners,
      listenersAfter20: detailAfter20.listeners,
      heapCurve,
      idleFrames: frames.length,
      idleCanvasFrames: canvasFrames,
      longFrameShare: frames.length === 0 ? Number.NaN : long / frames.length,
      idleFrameP50Ms: quantile(frames, 0.5),
      idleFrameMaxMs: Math.max(...frames),
      pagesToFirstChoice: opening.pages,
      decisionsPerPlay: first.decisions + opening.decisions,
      consoleProblems: browser.consoleProblems.length,
    };
  } finally {
    await browser.close();
  }
}

function command(cmd: string, args: string[]): string {
  const run = spawnSync(cmd, args, { encoding: 'utf8' });
  return (run.stdout || run.stderr || '').trim();
}

async function webglRenderer(url: string): Promise<string> {
  const browser = await openBrowser();
  try {
    await browser.page.goto(url);
    return (await browser.page.evaluate(`(() => {
      const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
      if (!gl) return 'no WebGL';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    })()`)) as string;
  } finally {
    await browser.close();
  }
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    return line?.split(':')[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
}

async function serve(outDir: string, servers: PreviewServer[]): Promise<string> {
  const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  servers.push(server);
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the preview server has no port');
  return `http://127.0.0.1:${address.port}/`;
}

export async function runBrowserBench(options: { runs?: number; playThroughs?: number; log?: (line: string) => void } = {}): Promise<BrowserBench> {
  // MOL_BENCH_RUNS and MOL_BENCH_PLAYS shorten a trial run; the figures of record use the defaults.
  const runs = options.runs ?? (Number(process.env.MOL_BENCH_RUNS) || RUNS);
  const playThroughs = options.playThroughs ?? (Number(process.env.MOL_BENCH_PLAYS) || PLAY_THROUGHS);
  const log = options.log ?? (() => undefined);
  chromiumPath();
  const loadAverageBefore = loadavg()[0] ?? 0;
  const gameOut = resolve(OUT, 'game');
  const floorOut = resolve(OUT, 'floor');
  log('building the game and the floor for production…');
  // (Without Rolldown's note that the ink compiler takes most of the build's time: known, and not this bench's business.)
  const quiet = { checks: { bundlerTimings: false } };
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: gameOut, emptyOutDir: true, manifest: true, rolldownOptions: quiet } });
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    plugins: [inkPlugin()],
    build: { outDir: floorOut, emptyOutDir: true, target: 'es2022', rolldownOptions: { ...quiet, input: resolve(ROOT, 'bench/floor/index.html') } },
  });
  const bundle = firstScreenSize(gameOut);
  const servers: PreviewServer[] = [];
  try {
    const urls: Record<Target, string> = { game: await serve(gameOut, servers), floor: `${await serve(floorOut, servers)}bench/floor/index.html` };
    const webgl = await webglRenderer(urls.game);
    const all: Record<Target, RunFigures[]> = { game: [], floor: [] };
    for (let run = 1; run <= runs; run++) {
      for (const target of ['game', 'floor'] as const) {
        const figures = await oneRun(urls[target], '1', playThroughs);
        all[target].push(figures);
        log(`run ${run}/${runs} ${target.padEnd(5)}: title ${figures.titleInteractiveMs.toFixed(0)} ms, first choice ${figures.firstChoiceMs.toFixed(0)} ms,` +
          ` choice→text p95 ${figures.choiceToText.p95.toFixed(1)} ms, heap ${(figures.heapAfter1 / 1e6).toFixed(1)}→${(figures.heapAfter20 / 1e6).toFixed(1)} MB,` +
          ` long idle frames ${(figures.longFrameShare * 100).toFixed(1)}% (load ${loadavg()[0]?.toFixed(1)})`);
      }
    }
    const storyFile = JSON.parse(readFileSync(resolve(gameOut, '.vite/manifest.json'), 'utf8')) as Record<string, { src?: string }>;
    const story = Object.values(storyFile).map((chunk) => chunk.src ?? '').filter((src) => src.endsWith('.ink')).sort()[0] ?? '?';
    return {
      measuredAt: new Date().toISOString(),
      machine: {
        cpuModel: cpuModel(),
        cores: availableParallelism(),
        memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
        chromium: command(chromiumPath(), ['--version']),
        node: process.version,
        webgl,
        softwareWebgl: /swiftshader|llvmpipe|software/i.test(webgl),
        loadAverageBefore,
        loadAverageAfter: loadavg()[0] ?? 0,
      },
      runs,
      playThroughs,
      idleSeconds: IDLE_MS / 1000,
      story,
      median: { game: medianOf(all.game), floor: medianOf(all.floor) },
      all,
      bundle,
    };
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
}
