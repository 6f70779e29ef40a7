/** Reading a tool's command line: options and file names, `--help`, and a usage message on a mistake. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parse `process.argv` with `options` (plus `--help`). Returns the values and positionals, or the
 * exit code when there is nothing more to do: 0 after printing the usage, 2 after a mistake.
 */
export function readCommandLine<const O extends Options>(options: O, usage: string) {
  try {
    const parsed = parseArgs({ allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h' } } as const });
    if ((parsed.values as { help?: boolean }).help) {
      console.log(usage);
      return 0;
    }
    return parsed;
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error), usage);
  }
}

/** Print a mistake and the usage on stderr; the exit code for it. */
export function usageError(message: string, usage: string): number {
  console.error(`${message}\n\n${usage}`);
  return 2;
}
