/**
 * `npm run stories:check [files…]`: compile, lint and explore stories; every scenario in stories/
 * when no file is named. Prints a readable summary, or JSON with --json. Exits 1 when a story has
 * an error (or a warning, with --strict), 2 on a usage mistake.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCommandLine, usageError } from '../command-line.ts';
import { listScenarioFiles } from '../vite-plugin-ink.ts';
import { checkStories, DEFAULT_BUDGET_MS } from './batch.ts';
import { DEFAULT_CAPS } from './explore.ts';
import { formatStoryReport, reportJson } from './report.ts';

const ROOT = resolve(import.meta.dirname, '../..');

const USAGE = `usage: npm run stories:check -- [files…] [options]

Checks every scenario in stories/ when no file is named.
  --json             print the report as JSON
  --strict           fail on warnings too
  --budget S         seconds for all the stories on each core (default ${DEFAULT_BUDGET_MS / 1000}); each story gets its share
  --seconds S        at most this long exploring one story (default ${DEFAULT_CAPS.maxMs / 1000})
  --max-states N     stop exploring after N decision states (default ${DEFAULT_CAPS.maxStates})
  --max-depth N      do not look past N choices from the start (default ${DEFAULT_CAPS.maxDepth})
  --seed N           ink's random seed (default ${DEFAULT_CAPS.seed})
  --walks N          random walks when the exploration stops at a cap (default 200)`;

async function main(): Promise<number> {
  const parsed = readCommandLine(
    {
      json: { type: 'boolean' },
      strict: { type: 'boolean' },
      budget: { type: 'string' },
      seconds: { type: 'string' },
      'max-states': { type: 'string' },
      'max-depth': { type: 'string' },
      seed: { type: 'string' },
      walks: { type: 'string' },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const numbers: Record<'budget' | 'seconds' | 'max-states' | 'max-depth' | 'seed' | 'walks', number> = { budget: DEFAULT_BUDGET_MS / 1000, seconds: DEFAULT_CAPS.maxMs / 1000, 'max-states': DEFAULT_CAPS.maxStates, 'max-depth': DEFAULT_CAPS.maxDepth, seed: DEFAULT_CAPS.seed, walks: 200 };
  for (const name of Object.keys(numbers) as (keyof typeof numbers)[]) {
    const text = values[name];
    if (text === undefined) continue;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0) return usageError(`--${name} needs a number, not "${text}"`, USAGE);
    numbers[name] = value;
  }
  const files = positionals.length > 0 ? positionals.map((file) => resolve(file)) : listScenarioFiles(resolve(ROOT, 'stories'));
  const missing = files.find((file) => !existsSync(file));
  if (missing) {
    console.error(`${missing}: no such file`);
    return 2;
  }

  const reports = await checkStories(files, ROOT, {
    budgetMs: numbers.budget * 1000,
    maxMs: numbers.seconds * 1000,
    maxStates: numbers['max-states'],
    maxDepth: numbers['max-depth'],
    seed: numbers.seed,
    walks: numbers.walks,
  });
  if (!values.json) for (const report of reports) console.log(`${formatStoryReport(report)}\n`);
  if (values.json) console.log(reportJson(reports));
  const failed = reports.filter((report) => !report.ok || (values.strict && report.findings.length > 0));
  if (!values.json) {
    console.log(failed.length === 0 ? `${reports.length} ${reports.length === 1 ? 'story' : 'stories'} checked: OK` : `${failed.length} of ${reports.length} stories failed the check`);
  }
  return failed.length === 0 ? 0 : 1;
}

process.exitCode = await main();
