import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk, formatDiagnostic } from '../../tools/ink-compiler.ts';
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
