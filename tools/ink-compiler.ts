/**
 * Compiles .ink sources with the full inkjs compiler. Build-time and test-time only: the shipped
 * game carries the inkjs runtime alone. Used by the Vite plugin and by the tests.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Compiler, CompilerOptions, type Story } from 'inkjs/full';

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
  /** Every knot, stitch and function the story declares (its INCLUDEs' too), with where it is written. */
  readonly flows: readonly InkFlow[];
  /**
   * Where the content at an ink path (`flags.0.99`, as runtime pointers and choices name it) was
   * written, when the compiler recorded it. Always undefined when the story did not compile.
   */
  readonly locate: (inkPath: string) => SourcePosition | undefined;
}

export interface SourcePosition {
  /** Project-relative path with forward slashes. */
  readonly file: string;
  readonly line: number;
}

export interface InkFlow {
  /** `knot`, or `knot.stitch` for a stitch: the name a divert uses. */
  readonly name: string;
  readonly kind: 'knot' | 'stitch' | 'function';
  readonly at: SourcePosition | undefined;
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
  let story: Story | undefined;
  const none = { flows: [], locate: () => undefined };
  try {
    const compiled = compiler.Compile();
    if (compiler.errors.length === 0) {
      story = compiled;
      json = compiled.ToJson() as string;
      globalTags = compiled.globalTags ?? [];
    }
  } catch (error) {
    // "Compilation failed." carries nothing; the real messages are in compiler.errors.
    if (compiler.errors.length === 0) {
      const diagnostic: InkDiagnostic = { severity: 'error', file: display(file), line: undefined, message: String(error) };
      return { json: undefined, diagnostics: [diagnostic], includes: [...includes], globalTags, ...none };
    }
  }
  const raw = [...compiler.errors, ...compiler.warnings, ...compiler.authorMessages];
  const diagnostics = [...new Set(raw)].map((message) => parseMessage(message, display, display(file)));
  if (!story) return { json, diagnostics, includes: [...includes], globalTags, ...none };
  // Debug metadata names the main file as given to the compiler and an included one as its INCLUDE line wrote it.
  const position = (meta: DebugMeta | null | undefined): SourcePosition | undefined =>
    meta ? { file: meta.fileName === display(file) || meta.fileName === null ? display(file) : display(meta.fileName), line: meta.startLineNumber } : undefined;
  const runtime = story;
  return {
    json,
    diagnostics,
    includes: [...includes],
    globalTags,
    flows: outline(compiler.parsedStory as unknown as ParsedFlow, position),
    locate: (inkPath) => position(contentAtPath(runtime.mainContentContainer as unknown as RuntimeNode, inkPath)?.debugMetadata),
  };
}

/** The few fields of inkjs's debug metadata, parsed flows and runtime containers that `flows` and `locate` read. */
interface DebugMeta {
  readonly fileName: string | null;
  readonly startLineNumber: number;
}
interface ParsedFlow {
  readonly isFunction: boolean;
  readonly debugMetadata: DebugMeta | null;
  readonly subFlowsByName: ReadonlyMap<string, ParsedFlow>;
}
interface RuntimeNode {
  readonly debugMetadata: DebugMeta | null;
  readonly content?: readonly RuntimeNode[];
  readonly namedContent?: ReadonlyMap<string, RuntimeNode>;
}

function outline(story: ParsedFlow, position: (meta: DebugMeta | null) => SourcePosition | undefined): InkFlow[] {
  const flows: InkFlow[] = [];
  for (const [name, knot] of story.subFlowsByName) {
    flows.push({ name, kind: knot.isFunction ? 'function' : 'knot', at: position(knot.debugMetadata) });
    for (const [stitch, flow] of knot.subFlowsByName) flows.push({ name: `${name}.${stitch}`, kind: 'stitch', at: position(flow.debugMetadata) });
  }
  return flows;
}

/** Follow an ink path (`knot.0.c-1`: names and indices) down the compiled container tree. */
function contentAtPath(root: RuntimeNode, inkPath: string): RuntimeNode | undefined {
  let node: RuntimeNode | undefined = root;
  for (const part of inkPath.split('.')) {
    if (!node || part === '') return undefined;
    node = /^\d+$/.test(part) ? node.content?.[Number(part)] : node.namedContent?.get(part);
  }
  // A container starts where its first content is written (a knot's starts at its header line).
  while (node?.content?.[0]) node = node.content[0];
  return node;
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
