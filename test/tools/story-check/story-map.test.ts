/**
 * The debrief's story map, built by the checker's explorer: a small story whose map was drawn by hand
 * (test/fixtures/map/crossroads.ink), and every shipped story within the checker's caps.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edgesOf } from '../../../src/core/debrief/story-map.ts';
import { checkStory } from '../../../tools/story-check/check-file.ts';
import { buildGraph } from '../../../tools/story-check/explore.ts';
import { formatFinding } from '../../../tools/story-check/report.ts';
import { buildStoryMap, shortLabel } from '../../../tools/story-check/story-map.ts';
import { listScenarioFiles } from '../../../tools/vite-plugin-ink.ts';
import { compiledFile, ROOT } from '../../support/stories.ts';

const mapOf = (file: string, caps = {}) => buildStoryMap(buildGraph(compiledFile(file), caps), 'hash');

describe('the map of a story checked by hand', () => {
  const map = mapOf('test/fixtures/map/crossroads.ink');
  const byLabel = (label: string) => map.decisions.find((d) => d.label === label);

  it('has one node per decision, with its last line as the label and the person it is about', () => {
    expect(map.decisions.map((d) => [d.label, d.people, d.step])).toEqual([
      ['What do you want to do?', ['Ana'], 1],
      ['Which sites first?', ['Ana'], 2],
      ['Helen wants a view.', ['Helen'], 2],
    ]);
    expect(map.start).toBe(map.decisions[0]?.id);
    expect(map.partial).toBe(false);
  });

  it('folds the states of one decision together: the option only some paths offer is still one of its options', () => {
    expect(map.decisions.map((d) => d.options.length)).toEqual([3, 3, 2]);
  });

  it('draws an edge for every place an option can lead, and finds every ending', () => {
    expect(edgesOf(map)).toHaveLength(9);
    const review = byLabel('Helen wants a view.');
    const agree = review?.options.find((o) => o.text.startsWith('Agree'));
    expect(agree?.targets.map((t) => (t.kind === 'stop' ? 'stop' : t.id)).sort()).toEqual(['shared', 'told']);
    const open = byLabel('What do you want to do?');
    expect(open?.options.map((o) => o.targets.map((t) => (t.kind === 'decision' ? byLabelId(t.id) : '?')))).toEqual([['Which sites first?'], ['Which sites first?'], ['Helen wants a view.']]);
    expect([...map.endings].sort()).toEqual(['drift', 'shared', 'told']);
  });

  it('says it is partial when the explorer stops at a cap, and marks the options it did not try', () => {
    const capped = mapOf('test/fixtures/map/crossroads.ink', { maxStates: 2 });
    expect(capped.partial).toBe(true);
    expect(capped.cappedBy).toBe('states');
    expect(capped.decisions.some((d) => d.options.some((o) => o.untried || o.targets.length === 0))).toBe(true);
  });

  function byLabelId(id: string): string | undefined {
    return map.decisions.find((d) => d.id === id)?.label;
  }
});

describe('a decision tag names the decision on the map', () => {
  it('gives the node its label; without one the last line stands in; a long one is cut as a line is', () => {
    const map = mapOf('test/fixtures/map/labelled.ink');
    expect(map.decisions.map((d) => d.label)).toEqual(['Ana’s first pilot', 'Which sites first?', 'What to tell Helen about the pilot on Friday, and who…']);
    expect(map.decisions[0]?.people).toEqual(['Ana']);
  });

  it('is accepted by the checker, which warns when a label is too long for the map’s box', () => {
    const report = checkStory(resolve(ROOT, 'test/fixtures/map/labelled.ink'), ROOT, { maxMs: 5000 });
    expect(report.findings.filter((f) => f.rule === 'tag')).toEqual([]);
    expect(report.findings.filter((f) => f.rule === 'decision-label-long').map(formatFinding)).toEqual([
      'test/fixtures/map/labelled.ink line 22: warning: the decision label "What to tell Helen about the pilot on Friday, and who tells her" is 63 characters; the map’s box shows two lines of 28, so it will be cut: keep it to a few words',
    ]);
    expect(report.ok).toBe(true);
  });
});

describe('the map of every shipped story', () => {
  const files = listScenarioFiles(resolve(ROOT, 'stories')).map((file) => `stories/${file.split('/').pop()}`);
  for (const file of files) {
    it(`${file}: complete within the checker's state and depth caps (time left open: machines are noisy), every ending of its scripts on it, every option leading somewhere`, () => {
      const map = mapOf(file, { maxMs: 120_000 });
      expect(map.partial).toBe(false);
      const script = JSON.parse(readFileSync(resolve(ROOT, `test/stories/scripts/${file.split('/').pop()?.replace('.ink', '.json')}`), 'utf8')) as { endings: Record<string, unknown> };
      expect([...map.endings].sort()).toEqual(Object.keys(script.endings).sort());
      for (const decision of map.decisions) {
        expect(decision.label, decision.id).not.toBe('');
        expect(decision.options.length, decision.label).toBeGreaterThanOrEqual(2);
        for (const option of decision.options) expect(option.targets.length, option.text).toBeGreaterThan(0);
      }
      expect(edgesOf(map).every(({ target }) => target.kind !== 'stop')).toBe(true);
    });
  }
});

describe('labels', () => {
  it('cut long lines at a word, with an ellipsis', () => {
    expect(shortLabel('Short line.')).toBe('Short line.');
    const cut = shortLabel('Two of Dev\'s accounts, Linton Hotels and Carrick Builders\' Merchants, now sit in Sam\'s patch.');
    expect(cut.length).toBeLessThanOrEqual(60);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).toMatch(/^Two of Dev's accounts, Linton Hotels and Carrick Builders'…$/);
  });
});
