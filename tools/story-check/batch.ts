/**
 * Checking many stories within a time budget, on every idle core: the stories are shared out between
 * worker threads, and each story gets a share of what is left of its worker's budget, by its size.
 */
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkAccounts, readCastBible } from './accounts.ts';
import type { CheckOptions, StoryReport } from './check.ts';
import { checkStory } from './check-file.ts';
import { DEFAULT_CAPS } from './explore.ts';

/** Milliseconds for the whole check on each core: enough for every shipped story (ten, 300–1,000 decision states each) to be explored to the end on a busy 2-core machine; measured, the check takes about 21 s, since it stops as soon as every story is done. */
export const DEFAULT_BUDGET_MS = 40_000;

export interface BatchOptions extends CheckOptions {
  /** Milliseconds for all the stories of one worker together. */
  readonly budgetMs: number;
  /** The cast bible the stories' account tags are checked against. Default docs/cast.md under the root. */
  readonly castBible?: string;
}

/** Check stories one after the other in this thread, sharing out the budget by the size of each file. */
export function checkStoriesHere(files: readonly string[], root: string, options: BatchOptions): StoryReport[] {
  const started = performance.now();
  const sizes = files.map((file) => statSync(file).size);
  return files.map((file, i) => {
    // The story's share of what is left, in proportion to its size. Compiling takes what it takes;
    // exploring gets at most 75 % of the share, the random walks (only after a cap) and the score
    // search up to 9 % each.
    const left = sizes.slice(i).reduce((a, b) => a + b, 0);
    const share = ((options.budgetMs - (performance.now() - started)) * (sizes[i] ?? 0)) / Math.max(1, left);
    const maxMs = Math.max(200, Math.min(options.maxMs ?? DEFAULT_CAPS.maxMs, share * 0.75));
    return checkStory(file, root, { ...options, maxMs, walkMs: maxMs / 8, scoreMs: maxMs / 8 });
  });
}

/**
 * The cores nobody else is using (at least one): a worker thread on a busy core only slows both down,
 * and starting one costs a second of loading.
 */
export function idleCores(): number {
  return Math.max(1, Math.min(availableParallelism(), Math.round(availableParallelism() - (loadavg()[0] ?? 0))));
}

/** Check stories on up to `threads` worker threads (one per idle core by default); reports come back in the order of `files`. */
export async function checkStories(files: readonly string[], root: string, options: BatchOptions, threads = idleCores()): Promise<StoryReport[]> {
  const groups = shareOut(files, Math.min(threads, files.length));
  if (groups.length <= 1) return withAccounts(checkStoriesHere(files, root, options), files, root, options);
  const reports = (await Promise.all(groups.map((group) => inWorker(group, root, options)))).flat();
  return withAccounts(files.map((file) => reports[groups.flat().indexOf(file)] as StoryReport), files, root, options);
}

/** Add the account findings, which look across all the stories checked, to each story's report. */
function withAccounts(reports: readonly StoryReport[], files: readonly string[], root: string, options: BatchOptions): StoryReport[] {
  const stories = files.map((file) => ({ file: relative(root, file).split('\\').join('/'), text: readFileSync(file, 'utf8') }));
  const findings = checkAccounts(stories, readCastBible(options.castBible ?? resolve(root, 'docs/cast.md'), root));
  return reports.map((report) => {
    const mine = findings.filter((finding) => finding.file === report.file);
    if (mine.length === 0) return report;
    const all = [...report.findings, ...mine];
    return { ...report, findings: all, ok: !all.some((finding) => finding.severity === 'error') };
  });
}

/** Largest files first, each to the group with the least to do so far. */
function shareOut(files: readonly string[], count: number): string[][] {
  const groups = Array.from({ length: count }, () => ({ files: [] as string[], bytes: 0 }));
  const sized = files.map((file) => ({ file, bytes: statSync(file).size })).sort((a, b) => b.bytes - a.bytes);
  for (const { file, bytes } of sized) {
    const lightest = groups.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    lightest.files.push(file);
    lightest.bytes += bytes;
  }
  return groups.map((group) => group.files).filter((group) => group.length > 0);
}

function inWorker(files: readonly string[], root: string, options: BatchOptions): Promise<StoryReport[]> {
  // Worker threads do not inherit tsx's loader: register it before loading the TypeScript worker.
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
  return new Promise((resolve, reject) => {
    const thread = new Worker(boot, { eval: true, workerData: { files, root, options } });
    thread.once('message', (reports: StoryReport[]) => resolve(reports));
    thread.once('error', reject);
    thread.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`the story checker's worker stopped with code ${code}`))));
  });
}
