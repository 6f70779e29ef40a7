/**
 * `npm run build:lms`: the game built for an LMS (relative paths, so it runs from wherever the LMS
 * unpacks it), a launch page per scenario, one zip per SCORM version with its imsmanifest.xml, and a
 * cmi5 course package with its cmi5.xml.
 * The launch pages are the game's own index.html, marked with the SCORM version and the scenario:
 * src/main.ts reads the mark and starts LMS mode (docs/lms.md).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { build } from 'vite';
import { readStoryInfo } from '../../src/core/story/info.ts';
import { compileInk } from '../ink-compiler.ts';
import { listScenarioFiles } from '../vite-plugin-ink.ts';
import { securePage } from '../csp.ts';
import { RUNTIME_BLOCKS } from '../vite-plugin-csp.ts';
import { writeCourseStructure } from './cmi5.ts';
import { writeManifest, type ManifestSco, type ManifestVersion } from './manifest.ts';

export const PACKAGE_NAMES: Readonly<Record<ManifestVersion, string>> = {
  '1.2': 'manage-or-lead-scorm12.zip',
  '2004': 'manage-or-lead-scorm2004.zip',
};
export const CMI5_PACKAGE_NAME = 'manage-or-lead-cmi5.zip';
/** The root of the cmi5 course's ids, unless the build is told another. */
export const DEFAULT_IRI_ROOT = 'urn:manage-or-lead';
/** The mark src/main.ts reads from a launch page's <html> element. */
export const LAUNCH_MARKS: Readonly<Record<ManifestVersion, string>> = { '1.2': 'scorm12', '2004': 'scorm2004' };

export interface LmsBuildOptions {
  readonly root: string;
  /** Where the zips go (the built site goes in `site/` under it). */
  readonly outDir: string;
  /** The fit (0–100 %) that passes; undefined for "completed only". */
  readonly passingPercent: number | undefined;
  /** Scenario ids to package; all when undefined. */
  readonly stories?: readonly string[];
  /** The root of the cmi5 course's and AUs' ids (IRIs); default urn:manage-or-lead. */
  readonly iriRoot?: string;
  readonly logLevel?: 'warn' | 'silent' | 'info';
}

export interface LmsBuild {
  readonly packages: Readonly<Record<ManifestVersion, string>>;
  /** The cmi5 course package. */
  readonly cmi5: string;
  readonly scenarios: readonly PackagedScenario[];
}

export interface PackagedScenario extends ManifestSco {
  readonly summary: string;
}

function zip(files: Iterable<[string, Uint8Array]>, path: string): void {
  const zippable: Zippable = {};
  for (const [file, data] of files) zippable[file] = [data, { level: STORED.test(file) ? 0 : 9 }];
  writeFileSync(path, zipSync(zippable, { mtime: ZIP_TIME }));
}

/** Already-compressed files are stored as they are. */
const STORED = /\.(mp3|ogg|webp|png|jpe?g|woff2?)$/i;
/** A fixed time for every entry, so the same sources make the same zip. */
const ZIP_TIME = new Date('2026-01-01T00:00:00Z');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split('\\').join('/'))
    .sort();
}

/** The scenarios to package, with their titles, in the order the game lists them. */
function scenariosOf(root: string, wanted: readonly string[] | undefined): PackagedScenario[] {
  const all = listScenarioFiles(resolve(root, 'stories')).map((file) => {
    const compiled = compileInk(file, root);
    const { info } = readStoryInfo(compiled.globalTags, relative(root, file));
    return { id: info.id, title: info.title, href: `${info.id}.html`, summary: info.summary };
  });
  if (!wanted) return all;
  const unknown = wanted.filter((id) => !all.some((sco) => sco.id === id));
  if (unknown.length > 0) throw new Error(`no scenario with the id ${unknown.join(', ')} (there are: ${all.map((s) => s.id).join(', ')})`);
  return all.filter((sco) => wanted.includes(sco.id));
}

/** The game's index.html as the launch page of one scenario in one SCORM version. */
export function launchPage(indexHtml: string, version: ManifestVersion, sco: ManifestSco): string {
  const marked = indexHtml.replace(/<html\b([^>]*)>/, `<html$1 data-lms="${LAUNCH_MARKS[version]}" data-story="${sco.id}">`);
  if (marked === indexHtml) throw new Error('index.html has no <html> element to mark');
  return marked.replace(/<title>[^<]*<\/title>/, `<title>${sco.title.replace(/[<&]/g, '')} · Manage or Lead?</title>`);
}

export async function buildLmsPackages(options: LmsBuildOptions): Promise<LmsBuild> {
  const site = resolve(options.outDir, 'site');
  await build({ root: options.root, base: './', logLevel: options.logLevel ?? 'warn', build: { outDir: site, emptyOutDir: true } });
  const scenarios = scenariosOf(options.root, options.stories);
  const { version: release } = JSON.parse(readFileSync(resolve(options.root, 'package.json'), 'utf8')) as { version: string };
  // The SCORM launch pages keep the built page's policy (SCORM needs no network); the page xAPI and
  // cmi5 launches open may also reach the LRS, whose address only the launch gives (tools/csp.ts).
  const indexHtml = readFileSync(join(site, 'index.html'), 'utf8');
  const xapiIndexHtml = securePage(indexHtml, 'xapi', RUNTIME_BLOCKS);
  writeFileSync(join(site, 'index.html'), xapiIndexHtml);
  const gameFiles = filesUnder(site).filter((file) => file !== 'index.html');
  const contents = new Map(gameFiles.map((file) => [file, readFileSync(join(site, file))]));
  const packages = {} as Record<ManifestVersion, string>;
  for (const version of ['1.2', '2004'] as const) {
    const pages = new Map(scenarios.map((sco) => [sco.href, Buffer.from(launchPage(indexHtml, version, sco))]));
    const files = [...pages.keys(), ...gameFiles];
    const manifest = writeManifest({ version, title: 'Manage or Lead?', release, scos: scenarios, files, passingPercent: options.passingPercent });
    mkdirSync(options.outDir, { recursive: true });
    const path = resolve(options.outDir, PACKAGE_NAMES[version]);
    zip([['imsmanifest.xml', Buffer.from(manifest)], ...pages, ...contents], path);
    packages[version] = path;
  }
  // cmi5: the game's own index.html, told its scenario in the address.
  const courseStructure = writeCourseStructure({
    title: 'Manage or Lead?',
    description: 'Branching scenarios for sales managers: see the pattern in how you manage and how you lead.',
    iriRoot: options.iriRoot ?? DEFAULT_IRI_ROOT,
    aus: scenarios.map((sco) => ({ id: sco.id, title: sco.title, description: sco.summary })),
    passingPercent: options.passingPercent,
    launchPage: 'index.html',
  });
  const cmi5 = resolve(options.outDir, CMI5_PACKAGE_NAME);
  zip([['cmi5.xml', Buffer.from(courseStructure)], ['index.html', Buffer.from(xapiIndexHtml)], ...contents], cmi5);
  return { packages, cmi5, scenarios };
}
