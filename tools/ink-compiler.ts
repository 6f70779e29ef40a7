/**
 * Compiles .ink sources with the full inkjs compiler. Build-time and test-time only: the shipped
 * game carries the inkjs runtime alone. Used by the Vite plugin and by the tests.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';

export interface InkDiagnostic {
  readonly severity: 'error' | 'warning' | 'todo';
  /** Project-relative path with forward slashes, e.g. `stories/forecast.ink`. */
  readonly file: string;
  readonly line: number | undefined;
  readonly message: string;
}

export interface InkCompilation {
  /** The compiled story JSON, when there were no errors. */
  readonly json: string | undefined;
  readonly diagnostics: readonly InkDiagnostic[];
  /** Absolute paths of every file the story INCLUDEs (directly or not). */
  readonly includes: readonly string[];
  /** The tags at the top of the story (title, id, …), as written. */
  readonly globalTags: readonly string[];
}

/** `stories/forecast.ink line 12: message`, the form every tool of the project prints. */
export function formatDiagnostic(d: InkDiagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file} line ${d.line}`;
  return `${where}: ${d.severity === 'error' ? '' : `${d.severity}: `}${d.message}`;
}

/**
 * Compile the story at `file` (absolute). INCLUDE paths are relative to the story's own folder,
 * as in Inky. `root` is the project folder that file names in messages are relative to.
 */
export function compileInk(file: string, root: string): InkCompilation {
  const folder = dirname(file);
  const includes = new Set<string>();
  const display = (path: string) => relative(root, resolve(folder, path)).split('\\').join('/');
  const fileHandler = {
    ResolveInkFilename: (name: string) => resolve(folder, name),
    LoadInkFileContents: (name: string) => {
      includes.add(name);
      return readFileSync(name, 'utf8');
    },
  };
  const source = readFileSync(file, 'utf8');
  const compiler = new Compiler(source, new CompilerOptions(display(file), [], false, null, fileHandler));
  let json: string | undefined;
  let globalTags: string[] = [];
  try {
    const story = compiler.Compile();
    if (compiler.errors.length === 0) {
      json = story.ToJson() as string;
      globalTags = story.globalTags ?? [];
    }
  } catch (error) {
    // "Compilation failed." carries nothing; the real messages are in compiler.errors.
    if (compiler.errors.length === 0) {
      const diagnostic: InkDiagnostic = { severity: 'error', file: display(file), line: undefined, message: String(error) };
      return { json: undefined, diagnostics: [diagnostic], includes: [...includes], globalTags };
    }
  }
  const raw = [...compiler.errors, ...compiler.warnings, ...compiler.authorMessages];
  const diagnostics = [...new Set(raw)].map((message) => parseMessage(message, display, display(file)));
  return { json, diagnostics, includes: [...includes], globalTags };
}

/** inkjs writes `ERROR: 'path' line 5: text`; turn that into a diagnostic with a project-relative path. */
function parseMessage(message: string, display: (path: string) => string, mainFile: string): InkDiagnostic {
  const match = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s+)?(?:line (\d+):\s*)?(.*)$/s.exec(message);
  if (!match) return { severity: 'error', file: mainFile, line: undefined, message };
  const kind = match[1] ?? 'ERROR';
  const severity = kind.includes('ERROR') ? 'error' : kind === 'TODO' ? 'todo' : 'warning';
  const path = match[2];
  return {
    severity,
    file: path === undefined ? mainFile : path.startsWith('/') ? display(path) : path === mainFile ? path : display(path),
    line: match[3] === undefined ? undefined : Number(match[3]),
    message: (match[4] ?? message).trim(),
  };
}
