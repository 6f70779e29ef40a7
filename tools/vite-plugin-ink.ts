/**
 * Vite plugin: compiles `stories/*.ink` with the full inkjs compiler at build and dev time.
 *
 * - `import json from '../stories/x.ink'` gives the compiled story JSON as a string.
 * - `import catalog from 'virtual:story-catalog'` lists every scenario in `stories/` (not the shared
 *   files in `stories/common/`) with the facts from its global tags and a lazy loader, so each story
 *   is its own chunk.
 * - A compile error fails the build, and shows in the dev server's overlay, as `stories/x.ink line N: message`.
 * - Editing any .ink (an included one too) in the dev server reloads the page.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { storyHashOf } from '../src/core/session.ts';
import { readStoryInfo } from '../src/core/story/info.ts';
import { compileInk, formatDiagnostic, type InkCompilation } from './ink-compiler.ts';

const CATALOG_ID = 'virtual:story-catalog';
const RESOLVED_CATALOG_ID = '\0' + CATALOG_ID;

export interface InkPluginOptions {
  /** Folder of the scenarios, relative to the project root. Default `stories`. */
  readonly storiesDir?: string;
}

/** The scenario files: `.ink` files directly inside the stories folder, sorted by name. */
export function listScenarioFiles(storiesDir: string): string[] {
  return readdirSync(storiesDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ink'))
    .map((entry) => join(storiesDir, entry.name))
    .sort();
}

function modified(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** Throw a readable error when the compilation has errors; otherwise return the JSON. */
function requireJson(compiled: InkCompilation): string {
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || compiled.json === undefined) {
    throw new Error(errors.map(formatDiagnostic).join('\n') || 'the story did not compile');
  }
  return compiled.json;
}

export function inkPlugin(options: InkPluginOptions = {}): Plugin {
  let root = process.cwd();
  let storiesDir = resolve(root, options.storiesDir ?? 'stories');
  let server: ViteDevServer | undefined;
  // Each story is compiled once while it and its INCLUDEs are unchanged (the catalog and the story's
  // own module both need it); the files' modification times tell when to compile again.
  const compilations = new Map<string, { compiled: InkCompilation; stamps: Map<string, number> }>();
  const compile = (file: string): InkCompilation => {
    const cached = compilations.get(file);
    if (cached && [...cached.stamps].every(([path, stamp]) => modified(path) === stamp)) return cached.compiled;
    const compiled = compileInk(file, root);
    compilations.set(file, { compiled, stamps: new Map([file, ...compiled.includes].map((path) => [path, modified(path)])) });
    return compiled;
  };

  const reloadStories = () => {
    compilations.clear();
    if (!server) return;
    for (const module of server.moduleGraph.idToModuleMap.values()) {
      if (module.id === RESOLVED_CATALOG_ID || module.id?.endsWith('.ink')) server.moduleGraph.invalidateModule(module);
    }
    server.ws.send({ type: 'full-reload' });
  };

  return {
    name: 'manage-or-lead:ink',
    enforce: 'pre',
    buildStart() {
      compilations.clear();
    },
    configResolved(config) {
      root = config.root;
      storiesDir = resolve(root, options.storiesDir ?? 'stories');
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(storiesDir);
      const onInkEvent = (file: string) => {
        if (file.endsWith('.ink')) reloadStories();
      };
      for (const event of ['add', 'change', 'unlink'] as const) devServer.watcher.on(event, onInkEvent);
    },
    handleHotUpdate({ file }) {
      // The watcher above reloads the page; ink modules have no hot update of their own.
      return file.endsWith('.ink') ? [] : undefined;
    },
    resolveId(id) {
      return id === CATALOG_ID ? RESOLVED_CATALOG_ID : undefined;
    },
    load(id) {
      if (id === RESOLVED_CATALOG_ID) {
        const entries = listScenarioFiles(storiesDir).map((file) => {
          this.addWatchFile(file);
          const compiled = compile(file);
          compiled.includes.forEach((include) => this.addWatchFile(include));
          const json = requireJson(compiled);
          const name = file.slice(root.length + 1).split('\\').join('/');
          const { info } = readStoryInfo(compiled.globalTags, name);
          const hash = storyHashOf(json);
          return `{ file: ${JSON.stringify(name)}, info: ${JSON.stringify(info)}, hash: ${JSON.stringify(hash)}, load: () => import(${JSON.stringify(file)}).then((m) => m.default) }`;
        });
        return `export default [\n${entries.join(',\n')}\n];\n`;
      }
      if (!id.endsWith('.ink')) return undefined;
      const compiled = compile(id);
      compiled.includes.forEach((include) => this.addWatchFile(include));
      const json = requireJson(compiled);
      return { code: `export default ${JSON.stringify(json)};\n`, map: null };
    },
  };
}

