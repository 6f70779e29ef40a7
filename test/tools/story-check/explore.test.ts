/** The explorer: each ink state once, loops that end, and caps followed by random walks on a large story. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../../tools/ink-compiler.ts';
import { InkStepper } from '../../../tools/ink-stepper.ts';
import { exploreStory } from '../../../tools/story-check/check.ts';
import { buildGraph } from '../../../tools/story-check/explore.ts';
import { allPlayThroughs, countPlayThroughs } from '../../../tools/story-check/playthroughs.ts';
import { formatStoryReport } from '../../../tools/story-check/report.ts';
import { stateKey, turnUsage } from '../../../tools/story-check/state-key.ts';
import { profileOf } from '../../../src/core/patterns/profile.ts';
import { storyHashOf } from '../../../src/core/session.ts';
import { compiledFile, compiledSource, inkFolder } from '../../support/stories.ts';
import { largeStory } from './large-story.ts';

const HUB = `
-> hub
=== hub ===
Tomás waits.
+ [Ask again] -> hub
+ [Wait] Nothing happens. -> hub
+ [Leave] -> END
`;

describe('stateKey', () => {
  it('ignores the turn count, the thread numbering and the text printed, but not the variables', () => {
    const json = compiledSource('VAR x = 0\n-> hub\n=== hub ===\n+ [Again] -> hub\n+ [Up] \n  ~ x = x + 1\n  -> hub\n');
    const stepper = new InkStepper(json, { seed: 1 });
    const options = turnUsage(json);
    stepper.run();
    const first = stateKey(stepper.save(), options);
    stepper.choose(0);
    const again = stateKey(stepper.save(), options);
    stepper.choose(1);
    const up = stateKey(stepper.save(), options);
    expect(again).toBe(first);
    expect(up).not.toBe(first);
  });

  it('keeps turns apart when the story reads TURNS()', () => {
    const json = compiledSource('-> hub\n=== hub ===\nTurn {TURNS()}.\n+ [Again] -> hub\n');
    expect(turnUsage(json).usesTurns).toBe(true);
    const graph = buildGraph(json, { maxStates: 5 });
    expect(graph.complete).toBe(false);
    expect(graph.cappedBy).toBe('states');
  });
});

describe('buildGraph', () => {
  it('visits a looping hub once and still finishes', () => {
    const graph = buildGraph(compiledSource(HUB));
    expect(graph.complete).toBe(true);
    expect(graph.nodes).toHaveLength(1);
    expect(graph.choicesTaken).toBe(3);
    // Loops give endlessly many play-throughs; a play-through never passes the same state twice.
    expect(countPlayThroughs(graph).get('')).toBe(Number.POSITIVE_INFINITY);
  });

  it('counts play-throughs per ending: endless past a loop, exact elsewhere', () => {
    const graph = buildGraph(
      compiledSource(`Ana looks up.
* [Leave early]
    Bye. #ending: early
    -> END
* [Stay] -> hub
=== hub ===
Ana talks.
+ [Listen again] -> hub
+ [Thank her]
    Done. #ending: done
    -> END
`),
    );
    expect(graph.complete).toBe(true);
    expect(countPlayThroughs(graph)).toEqual(new Map([['early', 1], ['done', Number.POSITIVE_INFINITY]]));
  });

  it('yields every complete play-through as the log a session would write', () => {
    const json = compiledFile('test/fixtures/stories/sample.ink');
    const all = [...allPlayThroughs(json, 'sample.ink')];
    expect(all.map((p) => p.choices.map((c) => c.number).join(','))).toEqual(['1,1', '1,2', '2,1', '2,2']);
    const [first] = all;
    expect(first?.log).toMatchObject({ storyId: 'sample', ending: 'quiet-week', decisions: [{ number: 1, chosen: 0, readiness: { level: 2, person: 'Ana' } }, { number: 2, chosen: 0 }] });
    expect(first && profileOf(first.log).fit.percent).toBe(100);
    expect(first?.log.meters).toEqual({ trust: 60, pipeline: 45 });
    expect(first?.log.storyHash).toBe(storyHashOf(json));
    expect(() => [...allPlayThroughs(compiledSource(HUB.replace('-> END', '-> hub')), 'hub.ink', { maxStates: 1 })]).not.toThrow();
    expect(() => [...allPlayThroughs(compiledSource('VAR n = 0\n-> hub\n=== hub ===\n~ n++\n+ [Again] -> hub\n'), 'counter.ink', { maxStates: 10 })]).toThrow(/stopped at the states cap/);
  });
});

describe('a story far larger than ours', () => {
  const folder = inkFolder({ 'corridor.ink': largeStory(100) });
  const compiled = compileInk(join(folder, 'corridor.ink'), folder);

  it('is large: hundreds of choices, with loops', () => {
    expect(largeStory(100).match(/^\+ \[/gm)?.length).toBeGreaterThan(300);
    expect(compiled.json).toBeDefined();
  });

  it('stops at its caps, says so, reports coverage and follows up with seeded random walks', () => {
    const options = { maxStates: 400, maxMs: 20_000, walks: 30, walkSeed: 7, walkMs: 20_000, scoreMs: 500, locate: compiled.locate, flows: compiled.flows };
    const { exploration, findings } = exploreStory(compiled.json as string, 'corridor.ink', options);
    expect(exploration.complete).toBe(false);
    expect(exploration.cappedBy).toBe('states');
    expect(exploration.states).toBeGreaterThanOrEqual(400);
    expect(exploration.playThroughs).toBeUndefined();
    expect(exploration.scores.complete).toBe(false);
    // The breadth-first exploration stays near the start; the walks go down the whole corridor.
    expect(exploration.knots?.total).toBe(102);
    expect(exploration.knots?.reached).toBeLessThan(40);
    expect(exploration.knots?.reachedByWalks).toBeGreaterThan(exploration.knots?.reached ?? 0);
    expect(exploration.walks).toMatchObject({ walks: 30, seed: 7, newEndings: ['treasure'] });
    expect(exploration.walks?.deadEnds).toBeGreaterThan(0);
    const dead = findings.find((f) => f.rule === 'dead-end');
    expect(dead?.at).toEqual({ file: 'corridor.ink', line: expect.any(Number) });
    expect(dead?.choices?.at(-1)?.text).toBe('Open the trapdoor');
    // The same seed walks the same way.
    const again = exploreStory(compiled.json as string, 'corridor.ink', options);
    expect(again.findings.find((f) => f.rule === 'dead-end')?.choices).toEqual(dead?.choices);

    const text = formatStoryReport({ file: 'corridor.ink', title: 'The long corridor', ok: false, ms: 0, findings, exploration });
    expect(text).toContain('stopped at the states cap, so not every path was seen');
    expect(text).toMatch(/knots +\d+ of 102 knots and stitches reached, \d+ with the random walks/);
    expect(text).toMatch(/random walks +30 walks \(seed 7, [\d.]+ s(, \d+ cut at the depth cap)?\): 1 new ending, \d+ dead ends?/);
    expect(text).toContain('over the play-throughs seen before the caps');
  }, 30_000);
});
