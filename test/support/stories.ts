/** Compile .ink files for tests with the same compiler the build uses. */
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { compileInk } from '../../tools/ink-compiler.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = resolve(ROOT, 'test/fixtures');

/** Compile a project file (path relative to the project root); throw with the diagnostics if it fails. */
export function compiledFile(relativePath: string): string {
  const result = compileInk(resolve(ROOT, relativePath), ROOT);
  if (!result.json) throw new Error(result.diagnostics.map((d) => `${d.file} line ${d.line}: ${d.message}`).join('\n'));
  return result.json;
}

/** Write ink sources (file name → text) to a fresh folder and return its path. */
export function inkFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'mol-ink-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return folder;
}

/** Compile ink given as text; throw if it does not compile. */
export function compiledSource(source: string, name = 'story.ink'): string {
  const folder = inkFolder({ [name]: source });
  const result = compileInk(join(folder, name), folder);
  if (!result.json) throw new Error(result.diagnostics.map((d) => `${d.file} line ${d.line}: ${d.message}`).join('\n'));
  return result.json;
}
