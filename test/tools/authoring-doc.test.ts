/** The authoring guide's examples must stay true: its full example compiles and plays without a tag problem. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryRunner } from '../../src/core/story/runner.ts';
import { parseTag } from '../../src/core/story/tags.ts';
import { compileInk } from '../../tools/ink-compiler.ts';
import { FIXTURES, ROOT, inkFolder } from '../support/stories.ts';

const guide = readFileSync(resolve(ROOT, 'docs/authoring.md'), 'utf8');

describe('docs/authoring.md', () => {
  it('has a complete example that compiles and plays to its ending with no tag problems', () => {
    const blocks = [...guide.matchAll(/```ink\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    const example = blocks.at(-1) as string;
    const folder = inkFolder({ 'example.ink': example, 'common/people.ink': readFileSync(join(FIXTURES, 'stories/common/people.ink'), 'utf8') });
    const compiled = compileInk(join(folder, 'example.ink'), folder);
    expect(compiled.diagnostics).toEqual([]);
    const runner = StoryRunner.open(compiled.json as string, 'example.ink');
    if (!runner.ok) throw new Error(runner.error.message);
    expect(runner.value.infoErrors).toEqual([]);
    const first = runner.value.continue();
    expect(first.ok && first.value.warnings).toEqual([]);
    runner.value.choose(0);
    const last = runner.value.continue();
    expect(last.ok && last.value.warnings).toEqual([]);
    expect(last.ok && last.value.ended).toBe(true);
  });

  it('shows only tags the parser accepts in its tables', () => {
    const examples = [...guide.matchAll(/^\| `[^`]+` \|[^\n]*\| `#\s?([^`]+)` \|$/gm)].map((m) => (m[1] as string).trim());
    expect(examples.length).toBeGreaterThan(15);
    for (const example of examples) {
      const ok = (['global', 'line', 'choice'] as const).some((place) => parseTag(example, place, 'docs').ok);
      expect(ok, example).toBe(true);
    }
  });
});
