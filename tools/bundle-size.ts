/**
 * What the browser must download, as gzipped JavaScript, before the first playable screen: used by
 * the bundle budget test (test/tools/bundle-budget.test.ts) and by `npm run bench`.
 *
 * Counted, each chunk once, from a production build made with `build.manifest: true`:
 *  1. before the title answers: the entry script that the built index.html names, and every chunk it
 *     imports statically (the same set as the index.html's high-priority `modulepreload` links);
 *  2. before a scenario's text can be chosen and played: the modules main.ts imports right after the
 *     title is up (index.html asks for the first, PRELOADED_MODULES, at low priority as it loads),
 *     with their static imports: the early screens (the list and the play-through's
 *     text, src/presentation/screens/early-screens.ts) and the story runtime (src/core/session.ts,
 *     with inkjs);
 *  3. the scenario itself: the largest compiled story, as the worst case of the one that is picked;
 *  4. the engine and the scenes (src/presentation/game.ts), which draw the pictures around the text.
 *     The first decision does not wait for them, but the budget counts them: the screen is not
 *     complete without its pictures.
 * Not counted: the later screens' chunk (reveal, debrief, saved logs), the log schema, the other
 * scenarios, CSS, images and sounds. Sizes are gzip at zlib's default level (6), as a server sends them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The manifest modules main.ts loads for a scenario's text (part 2 above). */
export const TEXT_MODULES = ['src/presentation/screens/early-screens.ts', 'src/core/session.ts'] as const;
/**
 * Of those, what index.html asks for as the page loads (tools/vite-plugin-preload-early.ts): the
 * scenario list and the play-through's screen, which a player going straight for a scenario needs
 * first. The story runtime (inkjs) is asked for by main.ts as soon as the title is up: compiled
 * beside the title's own script and layout, on two cores, it held the title back, and a scenario's
 * text needs it only once the scenario is picked (docs/performance.md#start-up).
 */
export const PRELOADED_MODULES = ['src/presentation/screens/early-screens.ts'] as const;
/** The manifest module main.ts loads for the engine and the scenes (part 4 above). */
export const ENGINE_MODULES = ['src/presentation/game.ts'] as const;

interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly name?: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface CountedChunk {
  readonly file: string;
  /** Why it is needed: 'title', 'text' (early screens + story runtime), 'story' or 'engine' (Phaser and the scenes). */
  readonly part: 'title' | 'text' | 'story' | 'engine';
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface FirstScreenSize {
  readonly chunks: readonly CountedChunk[];
  /** The scripts the built index.html names (entry and modulepreloads), as files under the build. */
  readonly htmlScripts: readonly string[];
  /** Of those, the ones asked for at low priority, ahead of need: the first decision's (tools/vite-plugin-preload-early.ts). */
  readonly htmlEarlyScripts: readonly string[];
  /** The files of PRELOADED_MODULES and their static imports, but for what the title loads anyway. */
  readonly preloadedFiles: readonly string[];
  readonly titleGzipBytes: number;
  /** Title, text and story: what the first decision needs (no engine). */
  readonly textGzipBytes: number;
  readonly totalGzipBytes: number;
  /** Every JavaScript file of the build with its gzipped size, for the record. */
  readonly allChunks: readonly { readonly file: string; readonly bytes: number; readonly gzipBytes: number }[];
}

export function gzipBytesOf(outDir: string, file: string): { bytes: number; gzipBytes: number } {
  const content = readFileSync(resolve(outDir, file));
  return { bytes: content.length, gzipBytes: gzipSync(content).length };
}

/**
 * The scripts index.html loads: its module entry and its modulepreload links, without the leading
 * slash; with `lowPriority`, only the modulepreloads marked `fetchpriority="low"`.
 */
export function htmlScriptsOf(html: string, lowPriority = false): string[] {
  const scripts = lowPriority ? [] : [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  const preloadTags = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)].map((m) => m[0]);
  const preloads = preloadTags.filter((tag) => !lowPriority || /\bfetchpriority="low"/.test(tag)).map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1] ?? '');
  return [...scripts, ...preloads].map((path) => path.replace(/^\//, ''));
}

function staticClosure(manifest: Manifest, keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest has no "${key}"`);
    seen.add(key);
    chunk.imports?.forEach(visit);
  };
  keys.forEach(visit);
  return [...seen];
}

/** Measure a build in `outDir` (made with `build.manifest: true`). Throws when the build is not shaped as described above. */
export function firstScreenSize(outDir: string): FirstScreenSize {
  const manifest = JSON.parse(readFileSync(resolve(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const html = readFileSync(resolve(outDir, 'index.html'), 'utf8');
  const htmlScripts = htmlScriptsOf(html);
  const htmlEarlyScripts = htmlScriptsOf(html, true);

  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry && chunk.src === 'index.html');
  if (!entry) throw new Error('the build manifest has no entry for index.html');
  const counted = new Map<string, CountedChunk>();
  const count = (keys: readonly string[], part: CountedChunk['part']) => {
    for (const key of staticClosure(manifest, keys)) {
      const file = manifest[key]?.file ?? '';
      if (!counted.has(file)) counted.set(file, { file, part, ...gzipBytesOf(outDir, file) });
    }
  };
  count([entry[0]], 'title');
  const missing = [...TEXT_MODULES, ...ENGINE_MODULES].filter((key) => !entry[1].dynamicImports?.includes(key));
  if (missing.length > 0) throw new Error(`main.ts no longer loads ${missing.join(', ')} on its own: update tools/bundle-size.ts`);
  count(TEXT_MODULES, 'text');
  const preloadedFiles = staticClosure(manifest, PRELOADED_MODULES).map((key) => manifest[key]?.file ?? '').filter((file) => counted.get(file)?.part !== 'title');
  const stories = Object.keys(manifest).filter((key) => key.endsWith('.ink'));
  const largest = stories
    .map((key) => ({ key, gzipBytes: gzipBytesOf(outDir, manifest[key]?.file ?? '').gzipBytes }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
  if (largest) count([largest.key], 'story');
  count(ENGINE_MODULES, 'engine');

  const chunks = [...counted.values()];
  const sum = (list: readonly CountedChunk[]) => list.reduce((total, chunk) => total + chunk.gzipBytes, 0);
  const allChunks = [...new Set(Object.values(manifest).map((chunk) => chunk.file))]
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, ...gzipBytesOf(outDir, file) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    chunks,
    htmlScripts,
    htmlEarlyScripts,
    preloadedFiles,
    titleGzipBytes: sum(chunks.filter((c) => c.part === 'title')),
    textGzipBytes: sum(chunks.filter((c) => c.part !== 'engine')),
    totalGzipBytes: sum(chunks),
    allChunks,
  };
}
