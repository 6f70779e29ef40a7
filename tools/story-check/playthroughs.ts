/**
 * Complete play-throughs over an explored story graph: their choice logs, how many there are, and
 * the lowest and highest score per dimension and the best and worst fit any of them reaches.
 *
 * Scores belong to a whole play-through, not to a state: two ways into the same state can carry
 * different scores so far. The search over scores therefore walks (decision state, score so far)
 * pairs: a state is looked at again for every different score it can be reached with, and
 * merged only when that score is the same, so the figures are exact when the search completes.
 * Every figure reported is recomputed with profileOf on the ChoiceLog of a real play-through.
 */
import { CHOICE_LOG_SCHEMA, type ChoiceLog, type DecisionRecord } from '../../src/core/log/choice-log.ts';
import { DIMENSIONS, type DimensionId } from '../../src/core/patterns/dimensions.ts';
import { profileOf } from '../../src/core/patterns/profile.ts';
import { decisionRecord, DEFAULT_APP, storyHashOf } from '../../src/core/session.ts';
import { readStoryInfo, type StoryInfo } from '../../src/core/story/info.ts';
import type { StoryChoice, StoryLine } from '../../src/core/story/runner.ts';
import { buildGraph, type ChoiceStep, type DecisionNode, type ExploreCaps, type Outcome, type StoryGraph } from './explore.ts';
import { choiceTags, endingOf, lineTags, readinessOf } from './lint.ts';

/** One move: choice `choice` (0-based) at decision state `node`. */
export interface Move {
  readonly node: number;
  readonly choice: number;
}

export interface PlayThrough {
  readonly choices: readonly ChoiceStep[];
  readonly log: ChoiceLog;
  /** The #ending tag of the last beat, if any. */
  readonly ending: string | undefined;
}

const NO_TIME = new Date(0).toISOString();

/** Turns paths through the graph into choice logs, the way a session would have logged them. */
export class LogBuilder {
  private readonly lines = new WeakMap<Outcome, StoryLine[]>();
  private readonly choices = new WeakMap<DecisionNode, StoryChoice[]>();
  private readonly levels = new WeakMap<Outcome, number>();
  private readonly tagsOf = new WeakMap<DecisionNode, string>();

  constructor(
    readonly graph: StoryGraph,
    readonly info: StoryInfo,
    /** The compiled story's hash, as the game logs it (storyHashOf). */
    readonly storyHash: string,
  ) {}

  /** The record of taking `choice` at `node`, reached through `arrived` (whose lines set the scene). */
  record(number: number, arrived: Outcome, node: DecisionNode, choice: number): DecisionRecord {
    const beat = { lines: this.storyLines(arrived), choices: this.storyChoices(node), ended: false, warnings: [] };
    const record = decisionRecord(number, { beat, offeredAt: 0, metersBefore: { ...arrived.meters } }, choice, 0);
    const after = node.outcomes[choice]?.meters;
    return after ? { ...record, metersAfter: { ...after } } : record;
  }

  /** The log of a whole play-through: its moves, and the outcome of the last one. */
  log(moves: readonly Move[], last: Outcome): ChoiceLog {
    const decisions: DecisionRecord[] = [];
    let arrived = this.graph.start;
    for (const move of moves) {
      const node = this.graph.nodes[move.node] as DecisionNode;
      decisions.push(this.record(decisions.length + 1, arrived, node, move.choice));
      arrived = node.outcomes[move.choice] as Outcome;
    }
    const ending = endingOf(last.lines);
    return {
      schema: CHOICE_LOG_SCHEMA,
      app: DEFAULT_APP,
      storyId: this.info.id,
      storyTitle: this.info.title,
      storyHash: this.storyHash,
      mode: 'solo',
      startedAt: NO_TIME,
      endedAt: NO_TIME,
      ...(ending === undefined ? {} : { ending }),
      decisions,
      meters: { ...last.meters },
    };
  }

  /** The readiness level the lines before a decision declare, 0 for none. */
  readiness(outcome: Outcome): number {
    let level = this.levels.get(outcome);
    if (level === undefined) {
      level = readinessOf(outcome.lines)?.level ?? 0;
      this.levels.set(outcome, level);
    }
    return level;
  }

  /** The options' tags as one string: decisions that read the same score the same. */
  optionTags(node: DecisionNode): string {
    let tags = this.tagsOf.get(node);
    if (tags === undefined) {
      tags = JSON.stringify(node.choices.map((choice) => choice.tags));
      this.tagsOf.set(node, tags);
    }
    return tags;
  }

  steps(moves: readonly Move[]): ChoiceStep[] {
    return moves.map(({ node, choice }) => ({ number: choice + 1, text: this.graph.nodes[node]?.choices[choice]?.text ?? '' }));
  }

  private storyLines(outcome: Outcome): StoryLine[] {
    let lines = this.lines.get(outcome);
    if (!lines) {
      lines = outcome.lines.map((line) => ({ text: line.text.replace(/\n$/, ''), tags: lineTags(line) })).filter((line) => line.text.trim() !== '' || line.tags.length > 0);
      this.lines.set(outcome, lines);
    }
    return lines;
  }

  private storyChoices(node: DecisionNode): StoryChoice[] {
    let choices = this.choices.get(node);
    if (!choices) {
      choices = node.choices.map((choice) => ({ index: choice.index, text: choice.text, tags: choiceTags(choice.tags).tags, rawTags: choice.tags }));
      this.choices.set(node, choices);
    }
    return choices;
  }
}

/**
 * Every complete play-through (start to an end), depth first, as the choice log a session would
 * have written. A play-through never passes the same state twice, so loops are walked once. Stops
 * after `limit` play-throughs. Meant for small stories and for tests over every path.
 */
export function* playThroughs(builder: LogBuilder, limit = Number.POSITIVE_INFINITY): Generator<PlayThrough> {
  const { graph } = builder;
  let count = 0;
  const onPath = new Set<number>();
  const moves: Move[] = [];
  function* from(outcome: Outcome): Generator<PlayThrough> {
    if (count >= limit) return;
    if (outcome.stop.kind === 'end') {
      count++;
      yield { choices: builder.steps(moves), log: builder.log(moves, outcome), ending: endingOf(outcome.lines) };
      return;
    }
    if (outcome.stop.kind !== 'decision' || onPath.has(outcome.stop.node)) return;
    const node = graph.nodes[outcome.stop.node] as DecisionNode;
    onPath.add(node.id);
    for (const [choice, next] of node.outcomes.entries()) {
      if (!next) continue;
      moves.push({ node: node.id, choice });
      yield* from(next);
      moves.pop();
    }
    onPath.delete(node.id);
  }
  yield* from(graph.start);
}

/**
 * Every complete play-through of a compiled story, as choice logs, for tests over all of them (a
 * balance test, say). Throws when the exploration stops at a cap: the story is too large to list.
 */
export function* allPlayThroughs(compiledJson: string, file: string, caps: ExploreCaps = {}): Generator<PlayThrough> {
  const graph = buildGraph(compiledJson, caps);
  if (!graph.complete) throw new Error(`${file}: the exploration stopped at the ${graph.cappedBy} cap, so its play-throughs cannot all be listed`);
  yield* playThroughs(new LogBuilder(graph, readStoryInfo(graph.globalTags, file).info, storyHashOf(compiledJson)));
}

/**
 * How many complete play-throughs end at each ending ('' for an end without a tag). An ending that
 * can be reached from a loop has endlessly many (Infinity); the count of every other ending is exact,
 * as no way to it passes through a loop.
 */
export function countPlayThroughs(graph: StoryGraph): Map<string, number> {
  const endingOfEnd = (outcome: Outcome | undefined) => (outcome?.stop.kind === 'end' ? (endingOf(outcome.lines) ?? '') : undefined);
  const nextNode = (outcome: Outcome | undefined) => (outcome?.stop.kind === 'decision' ? outcome.stop.node : undefined);
  const counts = new Map<string, number>();
  const first = nextNode(graph.start);
  const startEnding = endingOfEnd(graph.start);
  if (startEnding !== undefined) counts.set(startEnding, 1);
  if (first === undefined) return counts;

  // Depth first, without recursion (a story can be thousands of decisions deep). A node met again
  // while still open closes a loop; what lies beyond it is counted as endless below.
  const memo = new Map<number, Map<string, number>>();
  const open = new Set<number>();
  const looping = new Set<number>();
  const stack = [{ id: first, next: 0 }];
  open.add(first);
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { id: number; next: number };
    const outcomes = graph.nodes[top.id]?.outcomes ?? [];
    if (top.next < outcomes.length) {
      const child = nextNode(outcomes[top.next++]);
      if (child === undefined || memo.has(child)) continue;
      if (open.has(child)) looping.add(child);
      else {
        open.add(child);
        stack.push({ id: child, next: 0 });
      }
      continue;
    }
    const here = new Map<string, number>();
    for (const outcome of outcomes) {
      const ending = endingOfEnd(outcome);
      if (ending !== undefined) here.set(ending, (here.get(ending) ?? 0) + 1);
      for (const [id, n] of memo.get(nextNode(outcome) ?? -1) ?? []) here.set(id, (here.get(id) ?? 0) + n);
    }
    memo.set(top.id, here);
    open.delete(top.id);
    stack.pop();
  }
  for (const [ending, n] of memo.get(first) ?? []) counts.set(ending, (counts.get(ending) ?? 0) + n);

  // Every ending reachable from a loop can be reached in endlessly many ways.
  const seen = new Set(looping);
  const queue = [...looping];
  while (queue.length > 0) {
    for (const outcome of graph.nodes[queue.pop() as number]?.outcomes ?? []) {
      const ending = endingOfEnd(outcome);
      if (ending !== undefined) counts.set(ending, Number.POSITIVE_INFINITY);
      const child = nextNode(outcome);
      if (child !== undefined && !seen.has(child)) {
        seen.add(child);
        queue.push(child);
      }
    }
  }
  return counts;
}

export interface Extreme {
  /** The score (−1…+1) or fit (0…100 %), as profileOf computes it for this play-through. */
  readonly value: number;
  readonly choices: readonly ChoiceStep[];
}

export interface ScoreRange {
  readonly dimension: DimensionId;
  /** Undefined when no complete play-through meets the dimension ("not seen"). */
  readonly lowest: Extreme | undefined;
  readonly highest: Extreme | undefined;
}

export interface ScoreRanges {
  /** True when every complete play-through was taken into account. */
  readonly complete: boolean;
  /** (decision state, score so far) pairs looked at. */
  readonly searched: number;
  readonly dimensions: readonly ScoreRange[];
  /** Fit percent; undefined when no play-through meets a decision with readiness. */
  readonly bestFit: Extreme | undefined;
  readonly worstFit: Extreme | undefined;
}

export interface ScoreSearchCaps {
  readonly maxPairs?: number;
  readonly maxMs?: number;
}

/** Score so far: per dimension the sum of scores and the number of decisions met, then fit likewise. */
interface Tally {
  readonly sums: readonly number[];
  readonly counts: readonly number[];
  readonly fitSum: number;
  readonly fitCount: number;
}

interface Pair {
  readonly node: number;
  readonly arrived: Outcome;
  readonly tally: Tally;
  readonly back: { readonly pair: Pair; readonly choice: number } | undefined;
}

/** What one decision adds to the tally, computed by profileOf on a log of that decision alone. */
function contribution(builder: LogBuilder, arrived: Outcome, node: DecisionNode, choice: number): Tally {
  const profile = profileOf({ ...builder.log([], arrived), decisions: [builder.record(1, arrived, node, choice)] });
  const fit = profile.fit.decisions[0]?.fit;
  return {
    sums: profile.dimensions.map((d) => d.score ?? 0),
    counts: profile.dimensions.map((d) => d.decisions),
    fitSum: fit ?? 0,
    fitCount: fit === undefined ? 0 : 1,
  };
}

const add = (a: Tally, b: Tally): Tally => ({
  sums: a.sums.map((x, i) => x + (b.sums[i] ?? 0)),
  counts: a.counts.map((x, i) => x + (b.counts[i] ?? 0)),
  fitSum: a.fitSum + b.fitSum,
  fitCount: a.fitCount + b.fitCount,
});

const round = (x: number) => Math.round(x * 1e6);

/** Lowest and highest score per dimension and best and worst fit over the complete play-throughs. */
export function scoreRanges(builder: LogBuilder, caps: ScoreSearchCaps = {}): ScoreRanges {
  const { graph } = builder;
  const maxPairs = caps.maxPairs ?? 200_000;
  const maxMs = caps.maxMs ?? 2000;
  const started = performance.now();
  const zero: Tally = { sums: DIMENSIONS.map(() => 0), counts: DIMENSIONS.map(() => 0), fitSum: 0, fitCount: 0 };
  const seen = new Set<string>();
  const contributions = new Map<string, Tally>();
  const low: (Candidate | undefined)[] = DIMENSIONS.map(() => undefined);
  const high: (Candidate | undefined)[] = DIMENSIONS.map(() => undefined);
  let bestFit: Candidate | undefined;
  let worstFit: Candidate | undefined;
  let complete = graph.complete;

  const finish = (tally: Tally, last: Outcome, back: Pair['back']) => {
    const candidate = { tally, last, back };
    DIMENSIONS.forEach((_d, i) => {
      const count = tally.counts[i] ?? 0;
      if (count === 0) return;
      const mean = (tally.sums[i] ?? 0) / count;
      if (!low[i] || mean < meanOf(low[i], i)) low[i] = candidate;
      if (!high[i] || mean > meanOf(high[i], i)) high[i] = candidate;
    });
    if (tally.fitCount > 0) {
      const fit = tally.fitSum / tally.fitCount;
      if (!bestFit || fit > bestFit.tally.fitSum / bestFit.tally.fitCount) bestFit = candidate;
      if (!worstFit || fit < worstFit.tally.fitSum / worstFit.tally.fitCount) worstFit = candidate;
    }
  };

  const stack: Pair[] = [];
  const visit = (outcome: Outcome | undefined, tally: Tally, back: Pair['back']) => {
    if (!outcome) return;
    if (outcome.stop.kind === 'end') finish(tally, outcome, back);
    if (outcome.stop.kind !== 'decision') return;
    const readiness = builder.readiness(outcome);
    const key = `${outcome.stop.node}|${readiness}|${tally.sums.map(round).join(',')}|${tally.counts.join(',')}|${round(tally.fitSum)}|${tally.fitCount}`;
    if (seen.has(key)) return;
    seen.add(key);
    stack.push({ node: outcome.stop.node, arrived: outcome, tally, back });
  };

  visit(graph.start, zero, undefined);
  for (let popped = 0; stack.length > 0; popped++) {
    if (seen.size > maxPairs || (popped % 64 === 0 && performance.now() - started > maxMs)) {
      complete = false;
      break;
    }
    const pair = stack.pop() as Pair;
    const node = graph.nodes[pair.node] as DecisionNode;
    // What a choice adds depends only on the options' tags and the readiness, so many states share it.
    const decision = `${builder.readiness(pair.arrived)}|${builder.optionTags(node)}`;
    node.outcomes.forEach((outcome, choice) => {
      const key = `${choice}|${decision}`;
      let step = contributions.get(key);
      if (!step) {
        step = contribution(builder, pair.arrived, node, choice);
        contributions.set(key, step);
      }
      visit(outcome, add(pair.tally, step), { pair, choice });
    });
  }

  // Recompute each figure from the whole play-through's log, with the game's own scoring.
  const extreme = (candidate: Candidate | undefined, read: (log: ChoiceLog) => number | undefined): Extreme | undefined => {
    if (!candidate) return undefined;
    const moves = movesOf(candidate.back);
    const value = read(builder.log(moves, candidate.last));
    return value === undefined ? undefined : { value, choices: builder.steps(moves) };
  };
  const score = (i: number) => (log: ChoiceLog) => profileOf(log).dimensions[i]?.score;
  const fit = (log: ChoiceLog) => profileOf(log).fit.percent;
  return {
    complete,
    searched: seen.size,
    dimensions: DIMENSIONS.map((d, i) => ({ dimension: d.id, lowest: extreme(low[i], score(i)), highest: extreme(high[i], score(i)) })),
    bestFit: extreme(bestFit, fit),
    worstFit: extreme(worstFit, fit),
  };
}

interface Candidate {
  readonly tally: Tally;
  readonly last: Outcome;
  readonly back: Pair['back'];
}

function meanOf(candidate: Candidate, i: number): number {
  return (candidate.tally.sums[i] ?? 0) / (candidate.tally.counts[i] ?? 1);
}

function movesOf(back: Pair['back']): Move[] {
  const moves: Move[] = [];
  for (let step = back; step; step = step.pair.back) moves.unshift({ node: step.pair.node, choice: step.choice });
  return moves;
}
