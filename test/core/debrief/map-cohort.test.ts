/**
 * Logs drawn on a story map: for random sets of generated play-throughs (solo and group, finished and
 * not, in shuffled orders), the map's counts equal what the logs hold. The expected counts come from
 * a second player (the checker's ink stepper) that takes the same choices and notes where in the
 * story each decision and option is, so the test does not trust the text matching it checks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapCohort } from '../../../src/core/debrief/map-cohort.ts';
import { edgeKey, type MapTarget } from '../../../src/core/debrief/story-map.ts';
import type { ChoiceLog } from '../../../src/core/log/choice-log.ts';
import { openSession, storyHashOf } from '../../../src/core/session.ts';
import { InkStepper } from '../../../tools/ink-stepper.ts';
import { buildGraph } from '../../../tools/story-check/explore.ts';
import { buildStoryMap, decisionPlace } from '../../../tools/story-check/story-map.ts';
import { compiledFile } from '../../support/stories.ts';

interface Walk {
  readonly log: ChoiceLog;
  /** Per decision: its place, the option taken (its ink path) and the room's hands per option path. */
  readonly steps: { place: string; option: string; hands: Map<string, number> | undefined }[];
}

const STORIES = ['test/fixtures/map/crossroads.ink', 'stories/new-crm.ink', 'stories/forecast.ink'];
const compiled = new Map(STORIES.map((file) => [file, compiledFile(file)]));
const maps = new Map(STORIES.map((file) => [file, buildStoryMap(buildGraph(compiled.get(file) as string, { maxMs: 60_000 }), storyHashOf(compiled.get(file) as string))]));

/** Play `picks` (taken modulo what is on offer) up to `length` decisions; group logs get random hands. */
function walk(file: string, picks: readonly number[], length: number, group: boolean, seed: number): Walk {
  const json = compiled.get(file) as string;
  const opened = openSession(json, file, { now: () => 0 }, { shuffleSeed: seed, mode: group ? 'group' : 'solo' });
  if (!opened.ok) throw new Error(opened.error.message);
  const session = opened.value;
  const stepper = new InkStepper(json, { seed: 1 });
  let inkStep = stepper.run();
  let beat = session.begin();
  const steps: Walk['steps'] = [];
  for (const [i, pick] of picks.entries()) {
    if (i >= length || !beat.ok || beat.value.ended || inkStep.stop.kind !== 'choices') break;
    const offered = inkStep.stop.choices;
    const choice = beat.value.choices[pick % beat.value.choices.length];
    if (!choice) break;
    const tallies = group ? beat.value.choices.map((_, k) => (pick * 7 + k * 3) % 5) : undefined;
    const hands = tallies && new Map(offered.map((c, k) => [c.sourcePath, tallies[k] ?? 0]));
    steps.push({ place: decisionPlace(offered), option: offered[choice.index]?.sourcePath ?? '?', hands });
    beat = session.choose(choice.index, tallies && { tallies, decidedBy: 'trainer' });
    inkStep = stepper.choose(choice.index);
  }
  return { log: session.log, steps };
}

const walks = fc.array(
  fc.record({
    file: fc.constantFrom(...STORIES),
    picks: fc.array(fc.nat(12), { minLength: 12, maxLength: 12 }),
    length: fc.oneof(fc.constant(99), fc.nat(6)),
    group: fc.boolean(),
    seed: fc.nat(),
  }),
  { minLength: 1, maxLength: 12 },
);

describe('a cohort on the map', () => {
  it('counts each decision met, each option taken, each way on, each ending and the room\'s votes exactly as the logs hold them', () => {
    fc.assert(
      fc.property(walks, (drawn) => {
        for (const file of STORIES) {
          const mine = drawn.filter((w) => w.file === file).map((w) => walk(w.file, w.picks, w.length, w.group, w.seed));
          const map = maps.get(file);
          if (!map) throw new Error(file);
          const cohort = mapCohort(map, mine.map((w) => w.log));
          expect(cohort.placed).toHaveLength(mine.length);
          expect(cohort.unplaced).toEqual([]);
          expect(cohort.offMap.size).toBe(0);

          const visits = new Map<string, number>();
          const chosen = new Map<string, number>();
          const edges = new Map<string, number>();
          const votes = new Map<string, number>();
          const endings = new Map<string, number>();
          for (const { log, steps } of mine) {
            steps.forEach((step, i) => {
              visits.set(step.place, (visits.get(step.place) ?? 0) + 1);
              chosen.set(`${step.place}|${step.option}`, (chosen.get(`${step.place}|${step.option}`) ?? 0) + 1);
              for (const [option, n] of step.hands ?? []) votes.set(`${step.place}|${option}`, (votes.get(`${step.place}|${option}`) ?? 0) + n);
              const following = steps[i + 1];
              const next: MapTarget | undefined = following ? { kind: 'decision', id: following.place } : log.ending ? { kind: 'ending', id: log.ending } : undefined;
              if (next) edges.set(edgeKey(step.place, step.option, next), (edges.get(edgeKey(step.place, step.option, next)) ?? 0) + 1);
            });
            if (log.ending) endings.set(log.ending, (endings.get(log.ending) ?? 0) + 1);
          }
          expect(new Map(cohort.visits)).toEqual(visits);
          expect(flatten(cohort.chosen)).toEqual(chosen);
          expect(flatten(cohort.votes)).toEqual(votes);
          expect(new Map(cohort.edges)).toEqual(edges);
          expect(new Map(cohort.endings)).toEqual(endings);
          expect(cohort.unfinished).toBe(mine.filter((w) => !w.log.ending).length);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('keeps logs of another version of the story off the map unless asked, and says so', () => {
    const file = 'test/fixtures/map/crossroads.ink';
    const map = maps.get(file);
    if (!map) throw new Error(file);
    const current = walk(file, [0, 0, 0], 99, false, 1).log;
    const older = { ...walk(file, [1, 1, 0], 99, false, 2).log, storyHash: 'an-older-version' };
    const plain = mapCohort(map, [current, older]);
    expect(plain.placed).toEqual([current]);
    expect(plain.otherVersionLeftOut).toEqual([older]);
    const all = mapCohort(map, [current, older], { otherVersions: true });
    expect(all.placed).toHaveLength(2);
    expect(all.otherVersionPlaced).toBe(1);
  });

  it('names the decision of a log the map does not have, and draws the rest', () => {
    const file = 'test/fixtures/map/crossroads.ink';
    const map = maps.get(file);
    if (!map) throw new Error(file);
    const good = walk(file, [0, 0, 0], 99, false, 1).log;
    const [first, ...rest] = good.decisions;
    if (!first) throw new Error('no decision');
    const edited: ChoiceLog = { ...good, decisions: [{ ...first, options: first.options.map((o) => ({ ...o, text: `Rewritten: ${o.text}` })) }, ...rest] };
    const cohort = mapCohort(map, [good, edited]);
    expect(cohort.placed).toEqual([good]);
    expect(cohort.unplaced).toEqual([{ log: edited, number: 1 }]);
  });
});

function flatten(nested: ReadonlyMap<string, ReadonlyMap<string, number>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [outer, inner] of nested) for (const [key, n] of inner) out.set(`${outer}|${key}`, n);
  return out;
}
