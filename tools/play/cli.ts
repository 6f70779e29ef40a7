/**
 * `npm run play -- <story.ink> [--choices 1,2,1 | --random SEED] [--transcript] [--seed N]`:
 * play any ink story in the terminal. Choices come from standard input unless a script or a random
 * walk gives them. Exits 1 when the story fails to compile or stops on an error or a dead end.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { readCommandLine, usageError } from '../command-line.ts';
import { compileInk, formatDiagnostic } from '../ink-compiler.ts';
import { lineInput, playStory, randomInput, scriptedInput, type Input } from './player.ts';

const USAGE = `usage: npm run play -- <story.ink|story.json> [options]

  --choices 1,2,1   play these choices (numbered from 1), then stop
  --random SEED     pick every choice at random; the same SEED makes the same walk
  --transcript      print what inklecate's play mode (-p) prints, to compare with other ink tools
  --seed N          ink's random seed for RANDOM and shuffles (default 1)
Without --choices or --random, type the number of a choice (or quit).`;

async function main(): Promise<number> {
  const parsed = readCommandLine(
    { choices: { type: 'string' }, random: { type: 'string' }, transcript: { type: 'boolean' }, seed: { type: 'string' } },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [file, ...extra] = positionals;
  const usage = (message: string) => usageError(message, USAGE);
  if (!file || extra.length > 0) return usage('name one story to play');
  if (values.choices !== undefined && values.random !== undefined) return usage('give --choices or --random, not both');
  const path = resolve(file);
  if (!existsSync(path)) return usage(`${file}: no such file`);
  const numbers = (values.choices ?? '').split(',').filter((n) => n.trim() !== '').map(Number);
  if (numbers.some((n) => !Number.isInteger(n) || n < 1)) return usage(`--choices takes choice numbers from 1, as in --choices 1,2,1`);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  const walkSeed = values.random === undefined ? undefined : Number(values.random);
  if (!Number.isInteger(seed) || (walkSeed !== undefined && !Number.isInteger(walkSeed))) return usage('--seed and --random take whole numbers');

  const json = path.endsWith('.json') ? readFileSync(path, 'utf8') : compiled(path);
  if (json === undefined) return 1;

  let input: Input;
  let close = () => {};
  if (walkSeed !== undefined) input = randomInput(walkSeed);
  else if (values.choices !== undefined) input = scriptedInput(numbers);
  else {
    const lines = createInterface({ input: process.stdin, terminal: false });
    close = () => lines.close();
    input = lineInput(lines[Symbol.asyncIterator]());
  }
  const scripted = walkSeed !== undefined || values.choices !== undefined;
  const result = await playStory(json, {
    format: values.transcript ? 'transcript' : 'story',
    input,
    write: (text) => process.stdout.write(text),
    echo: scripted && !values.transcript,
    seed,
  });
  close();
  // A random walk is worth repeating: say which choices it took (on stderr, to keep a transcript clean).
  if (walkSeed !== undefined) console.error(`choices: ${result.choices.join(',')}`);
  return result.stopped === 'error' || result.stopped === 'dead-end' ? 1 : 0;
}

/** Compile an .ink file; print its problems on stderr (to keep a transcript clean). */
function compiled(path: string): string | undefined {
  const result = compileInk(path, process.cwd());
  for (const diagnostic of result.diagnostics) console.error(formatDiagnostic(diagnostic));
  return result.json;
}

// Piped into `head`, stop quietly when the reader goes away.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await main();
