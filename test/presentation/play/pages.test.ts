import { describe, expect, it } from 'vitest';
import type { StoryLine } from '../../../src/core/story/runner.ts';
import { paginate } from '../../../src/presentation/play/pages.ts';

const line = (text: string, tags: StoryLine['tags'] = []): StoryLine => ({ text, tags });

describe('paginate', () => {
  it('keeps a short beat on one page, with speakers and moods', () => {
    const pages = paginate([line('Morning.', [{ kind: 'scene', scene: 'office' }]), line('"Hi."', [{ kind: 'speaker', name: 'Dev' }, { kind: 'mood', mood: 'pleased' }])]);
    expect(pages).toEqual([
      {
        scene: 'office',
        lines: [
          { text: 'Morning.', speaker: undefined, mood: undefined },
          { text: '"Hi."', speaker: 'Dev', mood: 'pleased' },
        ],
      },
    ]);
  });

  it('starts a new page at #clear', () => {
    const pages = paginate([line('One.'), line('Two.', [{ kind: 'clear' }]), line('Three.')]);
    expect(pages.map((page) => page.lines.map((l) => l.text))).toEqual([['One.'], ['Two.', 'Three.']]);
  });

  it('splits a long run of lines so no page overflows', () => {
    const pages = paginate(Array.from({ length: 7 }, (_, i) => line(`Line ${i + 1}.`)), 5);
    expect(pages.map((page) => page.lines.length)).toEqual([5, 2]);
  });

  it('drops tag-only lines from the text but keeps their scene', () => {
    const pages = paginate([line('', [{ kind: 'scene', scene: 'cafe' }]), line('Coffee.')]);
    expect(pages).toEqual([{ scene: 'cafe', lines: [{ text: 'Coffee.', speaker: undefined, mood: undefined }] }]);
  });
});
