/**
 * JSON that comes from outside the game (saves in storage, log files, messages from other tabs),
 * read without ever throwing. `JSON.parse` itself copes with any nesting, but much of what follows
 * it does not: `String`, `JSON.stringify` and any recursive walk overflow the stack on an array
 * nested a few thousand deep (a 10 KB save did that to the title screen). So the nesting is measured
 * on the text first, cheaply and without recursion, and anything deeper than the caller's limit is
 * refused before it is parsed.
 */
import { err, ok, type Result } from './result.ts';

export type JsonProblem = 'not-json' | 'too-deep';

/** Parse `text` as JSON, refusing it when arrays and objects nest deeper than `maxDepth`. Never throws. */
export function parseJson(text: string, maxDepth: number): Result<unknown, JsonProblem> {
  if (nestingDepth(text) > maxDepth) return err('too-deep');
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return err('not-json');
  }
}

/** How deep `[` and `{` nest in `text`, ignoring those inside strings (the text need not be valid JSON). */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++; // a backslash: the next character is escaped
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (code === 0x5d || code === 0x7d) depth--;
  }
  return deepest;
}
