/**
 * Asks for the scenario list's and play screen's code as the page loads, beside the title's own script.
 *
 * The title's script is small and imports the scenario list, the play screen and the story runtime
 * dynamically once it has run (src/main.ts), so that the title answers early. Left to that, their
 * chunks are requested only after the title's script has arrived and run: a round trip later, which a
 * player who goes straight for a scenario waited for (docs/performance.md#start-up). With a
 * `<link rel="modulepreload">` for each module given (and its static imports), index.html asks for
 * them at once, at low priority so that the title's script and styles still come first on a slow
 * network; the title's script then finds them fetched and compiled. Which modules: PRELOADED_MODULES
 * in tools/bundle-size.ts (not the story runtime, whose compiling held the title back).
 */
import type { Plugin, ResolvedConfig } from 'vite';

interface ChunkInfo {
  readonly type: 'chunk';
  readonly fileName: string;
  readonly facadeModuleId: string | null;
  readonly imports: readonly string[];
  readonly isEntry: boolean;
}

/** `modules`: project-relative paths of the dynamically imported modules to fetch early. */
export function preloadEarlyChunks(modules: readonly string[]): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'mol-preload-early-chunks',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle || !config) return [];
        const chunks = Object.values(bundle).filter((item) => item.type === 'chunk') as unknown as ChunkInfo[];
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const root = config.root.replaceAll('\\', '/');
        const chunkOf = (module: string) => chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/') === `${root}/${module}`);
        // What the entry loads anyway needs no hint.
        const loadedByEntry = new Set<string>();
        const addEntryImports = (fileName: string) => {
          if (loadedByEntry.has(fileName)) return;
          loadedByEntry.add(fileName);
          for (const imported of byName.get(fileName)?.imports ?? []) addEntryImports(imported);
        };
        for (const chunk of chunks) if (chunk.isEntry) addEntryImports(chunk.fileName);
        const wanted = new Set<string>();
        const addWithImports = (fileName: string) => {
          if (wanted.has(fileName) || loadedByEntry.has(fileName)) return;
          wanted.add(fileName);
          for (const imported of byName.get(fileName)?.imports ?? []) addWithImports(imported);
        };
        const missing = modules.filter((module) => !chunkOf(module));
        if (missing.length > 0) throw new Error(`preloadEarlyChunks: no chunk of its own for ${missing.join(', ')} (is it still imported dynamically?)`);
        for (const chunk of modules.map(chunkOf)) if (chunk) addWithImports(chunk.fileName);
        return [...wanted].map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', href: `${config?.base ?? '/'}${fileName}`, fetchpriority: 'low', crossorigin: true },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
