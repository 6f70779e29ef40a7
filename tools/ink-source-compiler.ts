/**
 * Compiles ink with the full inkjs compiler from sources it is handed: no file system, so that both
 * the Node tools (through ink-compiler.ts, which reads the files) and the browser's own-story worker
 * (src/presentation/own-story/, over the files a person picked) use this one compiler front end.
 * Build-time, test-time and own-story only: the shipped game carries the inkjs runtime alone.
 */
import { Compiler, CompilerOptions, type Story } from 'inkjs/full';

/** Where the compiler finds its sources, and how messages name them. */
export interface InkSources {
  /** The key of the story's own file (passed to `read`; an absolute path in Node). */
  readonly main: string;
  /** The key of the file an INCLUDE line names (as written, relative to the story's folder). */
  resolve(include: string): string;
  /** The text of the file with this key; throws when there is none (ink reports the INCLUDE). */
  read(key: string): string;
  /** How messages name a file, from its key or from a name as an INCLUDE line wrote it. */
  display(name: string): string;
}

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
  /** The keys (absolute paths, in Node) of every file the story INCLUDEs (directly or not). */
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

/** Compile a story from its sources; `includes` lists the keys of every file it INCLUDEs (directly or not). */
export function compileInkSources(sources: InkSources): InkCompilation {
  const includes = new Set<string>();
  const display = (path: string) => sources.display(path);
  const file = sources.main;
  const fileHandler = {
    ResolveInkFilename: (name: string) => sources.resolve(name),
    LoadInkFileContents: (name: string) => {
      includes.add(name);
      return sources.read(name);
    },
  };
  const source = sources.read(file);
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
    // An INCLUDE that cannot be read comes as "Failed to load: 'x.ink'.\nError:Error: why": one line.
    message: (match[4] ?? message).trim().replace(/\.\s*Error:\s*(?:Error:\s*)?/, ': '),
  };
}

/**
 * Sources held in memory, as a person picks them in the browser: file name → text. An INCLUDE finds
 * its file by the path it writes or, since picked files come without their folders, by the file's
 * own name (`INCLUDE common/cast.ink` finds a picked `cast.ink`). Messages name the files as picked.
 */
export function inkFilesInMemory(main: string, files: ReadonlyMap<string, string>): InkSources {
  const byName = (name: string) => name.replace(/^.*[\\/]/, '');
  const keyOf = (name: string): string | undefined => {
    if (files.has(name)) return name;
    const matches = [...files.keys()].filter((key) => byName(key) === byName(name));
    return matches.length === 1 ? matches[0] : undefined;
  };
  return {
    main,
    resolve: (include) => keyOf(include) ?? include,
    read: (key) => {
      const text = files.get(key);
      if (text === undefined) throw new Error(`it was not among the files opened with ${main}; open it too`);
      return text;
    },
    display: (name) => keyOf(name) ?? name,
  };
}
