import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk, formatDiagnostic } from '../../tools/ink-compiler.ts';
import { compileInkSources, inkFilesInMemory } from '../../tools/ink-source-compiler.ts';
import { inkFolder } from '../support/stories.ts';

describe('compileInk', () => {
  it('compiles a story with its INCLUDEs and reports the included files', () => {
    const folder = inkFolder({
      'main.ink': '# title: Main\nINCLUDE common/people.ink\nHello {name}.\n-> END\n',
      'common/people.ink': 'VAR name = "Ana"\n',
    });
    const result = compileInk(join(folder, 'main.ink'), folder);
    expect(result.diagnostics).toEqual([]);
    expect(result.json).toBeDefined();
    expect(result.globalTags).toEqual(['title: Main']);
    expect(result.includes).toEqual([join(folder, 'common/people.ink')]);
  });

  it('names the file and line of each error, in the story or in an included file', () => {
    const folder = inkFolder({
      'stories/main.ink': 'INCLUDE common/bad.ink\nHello.\n-> nowhere\n',
      'stories/common/bad.ink': '== knot\nHi\n-> also_nowhere\n',
    });
    const result = compileInk(join(folder, 'stories/main.ink'), folder);
    expect(result.json).toBeUndefined();
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      "stories/main.ink line 3: Divert target not found: '-> nowhere'",
      "stories/common/bad.ink line 3: Divert target not found: '-> also_nowhere'",
    ]);
  });

  it('reports a missing INCLUDE as an error, not a crash', () => {
    const folder = inkFolder({ 'main.ink': 'INCLUDE missing.ink\nHello.\n-> END\n' });
    const result = compileInk(join(folder, 'main.ink'), folder);
    expect(result.json).toBeUndefined();
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.diagnostics.map(formatDiagnostic).join('\n')).toMatch(/main\.ink.*missing\.ink|missing\.ink/);
  });
});

describe('compileInkSources over files held in memory (the own-story worker)', () => {
  const compile = (files: Record<string, string>) => compileInkSources(inkFilesInMemory('main.ink', new Map(Object.entries(files))));

  it('finds an INCLUDE by the name of the file picked, without its folder', () => {
    const result = compile({ 'main.ink': '# title: Main\nINCLUDE common/people.ink\nHello {name}.\n-> END\n', 'people.ink': 'VAR name = "Ana"\n' });
    expect(result.diagnostics).toEqual([]);
    expect(result.includes).toEqual(['people.ink']);
  });

  it('names the picked file and line of every error, and a file that was not opened', () => {
    const result = compile({
      'main.ink': 'INCLUDE common/people.ink\nINCLUDE places.ink\nHello.\n-> nowhere\n',
      'people.ink': '== knot\nHi\n-> also_nowhere\n',
    });
    expect(result.json).toBeUndefined();
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      "main.ink line 2: Failed to load: 'places.ink': it was not among the files opened with main.ink; open it too",
    ]);
    const both = compile({ 'main.ink': 'INCLUDE common/people.ink\nHello.\n-> nowhere\n', 'people.ink': '== knot\nHi\n-> also_nowhere\n' });
    expect(both.diagnostics.map(formatDiagnostic)).toEqual([
      "main.ink line 3: Divert target not found: '-> nowhere'",
      "people.ink line 3: Divert target not found: '-> also_nowhere'",
    ]);
  });
});
