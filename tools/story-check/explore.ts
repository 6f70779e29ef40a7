/**
 * Explores a compiled story: every choice at every decision, breadth first, each ink state once
 * (see state-key.ts), with a fixed random seed and caps on states, depth and time. The result is
 * the graph of decisions: what each choice prints and where it leads.
 *
 * When the caps stop the exploration, seeded random walks from the start look further down.
 */
import { readStoryInfo } from '../../src/core/story/info.ts';
import { InkStepper, type InkChoice, type InkEnd, type InkLine, type InkStep } from '../ink-stepper.ts';
import { pick, seededRandom } from '../seeded-random.ts';
import { stateKey, turnUsage } from './state-key.ts';

export interface ExploreCaps {
  /** Ink's random seed for the whole exploration. Default 1. */
  readonly seed?: number;
  /** Stop after this many distinct decision states. Default 20 000. */
  readonly maxStates?: number;
  /** Do not look past this many choices from the start. Default 200. */
  readonly maxDepth?: number;
  /** Stop after this many milliseconds. Default 4000. */
  readonly maxMs?: number;
  /** Ink variables to read after each step. Default: the meters the story's global tags name. */
  readonly meters?: readonly string[];
}

export const DEFAULT_CAPS = { seed: 1, maxStates: 20_000, maxDepth: 200, maxMs: 15_000 } as const;

/** Where a run of lines stopped. */
export type OutcomeStop = { readonly kind: 'decision'; readonly node: number } | InkEnd;

/** What the story printed from one decision (or the start) to the next stop. */
export interface Outcome {
  readonly lines: readonly InkLine[];
  readonly stop: OutcomeStop;
  /** Meter values after these lines. */
  readonly meters: Readonly<Record<string, number>>;
}

export interface DecisionNode {
  readonly id: number;
  /** Choices taken on the shortest way here. */
  readonly depth: number;
  /** The last step of the shortest way here; undefined for the first decision. */
  readonly via: { readonly node: number; readonly choice: number } | undefined;
  readonly choices: readonly InkChoice[];
  /** Where each choice leads; undefined where the exploration stopped at a cap. */
  readonly outcomes: (Outcome | undefined)[];
}

export interface StoryGraph {
  readonly start: Outcome;
  readonly nodes: readonly DecisionNode[];
  /** Every decision state was expanded: nothing reachable is missing. */
  readonly complete: boolean;
  readonly cappedBy: 'states' | 'depth' | 'time' | undefined;
  readonly choicesTaken: number;
  readonly ms: number;
  /** Paths of every container entered (knots, stitches, gathers, choices). */
  readonly visited: Set<string>;
  /** The tags at the top of the story. */
  readonly globalTags: readonly string[];
}

/** One of the player's moves, as people count them. */
export interface ChoiceStep {
  /** 1 for the first choice on offer. */
  readonly number: number;
  readonly text: string;
}

export function readMeters(stepper: InkStepper, names: readonly string[]): Record<string, number> {
  const meters: Record<string, number> = {};
  for (const name of names) {
    const value = stepper.variable(name);
    if (typeof value === 'number') meters[name] = value;
  }
  return meters;
}

/** Explore every choice at every decision state, breadth first, up to the caps. */
export function buildGraph(compiledJson: string, caps: ExploreCaps = {}): StoryGraph {
  const { seed, maxStates, maxDepth, maxMs } = { ...DEFAULT_CAPS, ...caps };
  const started = performance.now();
  const visited = new Set<string>();
  const stepper = new InkStepper(compiledJson, { seed, onVisit: (path) => visited.add(path) });
  const keyOptions = turnUsage(compiledJson);
  const meterNames = caps.meters ?? readStoryInfo(stepper.story.globalTags, '').info.meters;
  const nodes: DecisionNode[] = [];
  const saved: (string | undefined)[] = [];
  const byKey = new Map<string, number>();
  let cappedBy: StoryGraph['cappedBy'];
  let choicesTaken = 0;

  /** The outcome of a step; undefined when it reaches a new state past the states cap. */
  const settle = (step: InkStep, depth: number, via: DecisionNode['via']): Outcome | undefined => {
    const meters = readMeters(stepper, meterNames);
    if (step.stop.kind !== 'choices') return { lines: step.lines, stop: step.stop, meters };
    const state = stepper.save();
    const key = stateKey(state, keyOptions);
    let id = byKey.get(key);
    if (id === undefined) {
      if (nodes.length > 0 && nodes.length >= maxStates) {
        cappedBy = 'states';
        return undefined;
      }
      id = nodes.length;
      byKey.set(key, id);
      nodes.push({ id, depth, via, choices: step.stop.choices, outcomes: step.stop.choices.map(() => undefined) });
      saved.push(state);
    }
    return { lines: step.lines, stop: { kind: 'decision', node: id }, meters };
  };

  // The first decision is always recorded, whatever the cap.
  const start = settle(stepper.run(), 0, undefined) as Outcome;
  for (let next = 0; next < nodes.length; next++) {
    const node = nodes[next] as DecisionNode;
    if (performance.now() - started > maxMs) {
      cappedBy = 'time';
      break;
    }
    if (node.depth >= maxDepth) {
      cappedBy ??= 'depth';
      continue;
    }
    const state = saved[next] as string;
    node.choices.forEach((_choice, index) => {
      stepper.load(state);
      node.outcomes[index] = settle(stepper.choose(index), node.depth + 1, { node: next, choice: index });
      choicesTaken++;
    });
    saved[next] = undefined;
  }
  const complete = cappedBy === undefined;
  const globalTags = stepper.story.globalTags ?? [];
  return { start, nodes, complete, cappedBy, choicesTaken, ms: performance.now() - started, visited, globalTags };
}

/** The choices on the shortest way to a decision (and then `choice`, if given). */
export function pathTo(graph: StoryGraph, node: number | undefined, choice?: number): ChoiceStep[] {
  const steps: ChoiceStep[] = [];
  const add = (at: number, index: number) => steps.unshift({ number: index + 1, text: graph.nodes[at]?.choices[index]?.text ?? '' });
  if (node !== undefined && choice !== undefined) add(node, choice);
  for (let via = node === undefined ? undefined : graph.nodes[node]?.via; via; via = graph.nodes[via.node]?.via) add(via.node, via.choice);
  return steps;
}

export interface WalkOptions {
  readonly walks: number;
  /** Seed for the choices; ink's own seed is the exploration's. */
  readonly seed: number;
  readonly maxSteps: number;
  readonly maxMs: number;
  readonly inkSeed?: number;
}

/** One step of a random walk, handed to the caller as it happens. */
export interface WalkStep {
  readonly lines: readonly InkLine[];
  readonly stop: InkStep['stop'];
  /** The choices taken so far, the last one leading to these lines (the walk's own list: copy it to keep it). */
  readonly choices: readonly ChoiceStep[];
  /** The choice that led here, if any. */
  readonly chose: InkChoice | undefined;
}

export interface WalkSummary {
  readonly walks: number;
  /** Walks cut at the step limit. */
  readonly unfinished: number;
  readonly ms: number;
}

/** Seeded random walks from the start; `observe` sees every step of every walk. */
export function randomWalks(compiledJson: string, options: WalkOptions, visited: Set<string>, observe: (step: WalkStep) => void): WalkSummary {
  const started = performance.now();
  const stepper = new InkStepper(compiledJson, { seed: options.inkSeed ?? DEFAULT_CAPS.seed, onVisit: (path) => visited.add(path) });
  const random = seededRandom(options.seed);
  let walks = 0;
  let unfinished = 0;
  while (walks < options.walks && performance.now() - started < options.maxMs) {
    walks++;
    stepper.restart();
    let step = stepper.run();
    const choices: ChoiceStep[] = [];
    let chose: InkChoice | undefined;
    observe({ lines: step.lines, stop: step.stop, choices, chose });
    while (step.stop.kind === 'choices') {
      if (choices.length >= options.maxSteps) {
        unfinished++;
        break;
      }
      const offered = step.stop.choices;
      const index = pick(random, offered.length);
      chose = offered[index];
      choices.push({ number: index + 1, text: chose?.text ?? '' });
      step = stepper.choose(index);
      observe({ lines: step.lines, stop: step.stop, choices, chose });
    }
  }
  return { walks, unfinished, ms: performance.now() - started };
}
