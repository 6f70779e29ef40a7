/**
 * Logs drawn on a story map: each log's path followed from decision to decision over the map, so a
 * trainer sees how many took each way, where the room split, and how many reached each ending.
 *
 * A log is placed by walking the map with it: each decision it records is looked for among the
 * places the previous option can lead to (then anywhere, for a map the explorer could not finish),
 * and is recognised by its options' texts (numbers left aside, as the cohort view does). Logs made
 * with another version of the story are kept apart unless the caller asks for them, and marked.
 */
import type { ChoiceLog, DecisionRecord } from '../log/choice-log.ts';
import { optionKey } from '../log/cohort.ts';
import { edgeKey, type MapDecision, type MapOption, type MapTarget, type StoryMap } from './story-map.ts';

export interface PlacedStep {
  readonly decision: MapDecision;
  readonly option: MapOption;
  /** Where the log went next: the next decision it records, its ending, or nothing (it stopped here). */
  readonly next: MapTarget | undefined;
}

export type Placement =
  | { readonly ok: true; readonly steps: readonly PlacedStep[] }
  /** Decision `number` of the log is not on the map (the story changed, or the map is partial). */
  | { readonly ok: false; readonly number: number };

export interface MapCohort {
  /** Logs drawn on the map. */
  readonly placed: readonly ChoiceLog[];
  /** Of those, made with another version of the story (only when the caller asked for them). */
  readonly otherVersionPlaced: number;
  /** Logs of another version left off the map. */
  readonly otherVersionLeftOut: readonly ChoiceLog[];
  /** Logs with a decision the map does not have, and which decision. */
  readonly unplaced: readonly { readonly log: ChoiceLog; readonly number: number }[];
  /** Decision id → how many placed logs met it. */
  readonly visits: ReadonlyMap<string, number>;
  /** Decision id → option id → how many took it. */
  readonly chosen: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Decision id → option id → the room's hands for it, over the group logs. */
  readonly votes: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** edgeKey → how many went that way. */
  readonly edges: ReadonlyMap<string, number>;
  /** Edges some log took that the map does not have (a partial map), with their counts. */
  readonly offMap: ReadonlyMap<string, number>;
  /** Ending id → how many reached it. */
  readonly endings: ReadonlyMap<string, number>;
  /** Placed logs that stop before an ending. */
  readonly unfinished: number;
}

export interface MapCohortOptions {
  /** Also draw logs of other versions of the story where every decision is found. Default false. */
  readonly otherVersions?: boolean;
}

/** Follow one log over the map. */
export function placeLog(map: StoryMap, log: ChoiceLog): Placement {
  const byId = new Map(map.decisions.map((decision) => [decision.id, decision]));
  const found: { decision: MapDecision; option: MapOption }[] = [];
  let expected: string[] = map.start ? [map.start] : [];
  for (const record of log.decisions) {
    const near = expected.flatMap((id) => byId.get(id) ?? []);
    const match = bestMatch(near, record) ?? bestMatch(map.decisions, record);
    if (!match) return { ok: false, number: record.number };
    found.push(match);
    expected = match.option.targets.flatMap((target) => (target.kind === 'decision' ? [target.id] : []));
  }
  const steps = found.map((step, i): PlacedStep => {
    const following = found[i + 1];
    const next: MapTarget | undefined = following
      ? { kind: 'decision', id: following.decision.id }
      : log.ending
        ? { kind: 'ending', id: log.ending }
        : undefined;
    return { ...step, next };
  });
  return { ok: true, steps };
}

/** Count the logs' paths over the map. */
export function mapCohort(map: StoryMap, logs: readonly ChoiceLog[], options: MapCohortOptions = {}): MapCohort {
  const known = new Set(map.decisions.flatMap((decision) => decision.options.flatMap((option) => option.targets.map((target) => edgeKey(decision.id, option.id, target)))));
  const placed: ChoiceLog[] = [];
  const otherVersionLeftOut: ChoiceLog[] = [];
  const unplaced: { log: ChoiceLog; number: number }[] = [];
  const visits = new Map<string, number>();
  const chosen = new Map<string, Map<string, number>>();
  const votes = new Map<string, Map<string, number>>();
  const edges = new Map<string, number>();
  const offMap = new Map<string, number>();
  const endings = new Map<string, number>();
  let otherVersionPlaced = 0;
  let unfinished = 0;

  for (const log of logs) {
    const otherVersion = log.storyHash !== map.storyHash;
    if (otherVersion && !options.otherVersions) {
      otherVersionLeftOut.push(log);
      continue;
    }
    const placement = placeLog(map, log);
    if (!placement.ok) {
      unplaced.push({ log, number: placement.number });
      continue;
    }
    placed.push(log);
    if (otherVersion) otherVersionPlaced++;
    placement.steps.forEach((step, i) => {
      const decision = step.decision.id;
      bump(visits, decision);
      bump(inner(chosen, decision), step.option.id);
      const record = log.decisions[i];
      if (record?.votes) addVotes(inner(votes, decision), step.decision, record);
      if (step.next) {
        const key = edgeKey(decision, step.option.id, step.next);
        bump(edges, key);
        if (!known.has(key)) bump(offMap, key);
      }
    });
    if (log.ending) bump(endings, log.ending);
    else unfinished++;
  }
  return { placed, otherVersionPlaced, otherVersionLeftOut, unplaced, visits, chosen, votes, edges, offMap, endings, unfinished };
}

/** The decision among `candidates` that has the record's options, and the option it took there. */
function bestMatch(candidates: readonly MapDecision[], record: DecisionRecord): { decision: MapDecision; option: MapOption } | undefined {
  const taken = record.options.find((option) => option.index === record.chosen);
  if (!taken) return undefined;
  const keys = record.options.map((option) => optionKey(option.text));
  let best: { decision: MapDecision; option: MapOption; score: number } | undefined;
  for (const decision of candidates) {
    const option = optionFor(decision, taken.text, taken.tags);
    if (!option) continue;
    const known = new Set(decision.options.flatMap((o) => o.texts.map(optionKey)));
    const score = keys.filter((key) => known.has(key)).length;
    if (!best || score > best.score) best = { decision, option, score };
  }
  return best && { decision: best.decision, option: best.option };
}

function optionFor(decision: MapDecision, text: string, tags: readonly string[]): MapOption | undefined {
  const key = optionKey(text);
  const same = decision.options.filter((option) => option.texts.some((shown) => optionKey(shown) === key));
  return same.find((option) => sameTags(option.tags, tags)) ?? same[0];
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag.trim() === b[i]?.trim());
}

/** The room's hands for each option of a decision (a log's tallies are in its story order). */
function addVotes(into: Map<string, number>, decision: MapDecision, record: DecisionRecord): void {
  record.options.forEach((logged, i) => {
    const hands = record.votes?.tallies[i] ?? 0;
    const option = optionFor(decision, logged.text, logged.tags);
    if (option) into.set(option.id, (into.get(option.id) ?? 0) + hands);
  });
}

function inner(map: Map<string, Map<string, number>>, key: string): Map<string, number> {
  const found = map.get(key) ?? new Map<string, number>();
  map.set(key, found);
  return found;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
