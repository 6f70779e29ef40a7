/**
 * Compiles .ink files with the full inkjs compiler, reading them from disk: used by the Vite plugin,
 * the story checker, the terminal player and the tests. The compiling itself is ink-source-compiler.ts,
 * shared with the browser's own-story worker.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { compileInkSources, type InkCompilation, type InkSources } from './ink-source-compiler.ts';

export { formatDiagnostic, type InkCompilation, type InkDiagnostic, type InkFlow, type SourcePosition } from './ink-source-compiler.ts';

/**
 * The story at `file` (absolute) and what it INCLUDEs, from disk. INCLUDE paths are relative to the
 * story's own folder, as in Inky; messages name files relative to `root`, with forward slashes.
 */
export function inkFilesOnDisk(file: string, root: string): InkSources {
  const folder = dirname(file);
  return {
    main: file,
    resolve: (name) => resolve(folder, name),
    read: (path) => readFileSync(path, 'utf8'),
    display: (path) => relative(root, resolve(folder, path)).split('\\').join('/'),
  };
}

/** Compile the story at `file` (absolute); `root` is the project folder that file names in messages are relative to. */
export function compileInk(file: string, root: string): InkCompilation {
  return compileInkSources(inkFilesOnDisk(file, root));
}
