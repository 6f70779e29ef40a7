/**
 * The story checker: compile, lint, explore. `exploreStory` works on compiled JSON (a later
 * balance test can call it on every story); `checkSources` starts from the ink sources. No Node API:
 * the browser's own-story worker runs the same checks (check-file.ts reads the files from disk).
 */
import { storyHashOf } from '../../src/core/session.ts';
import { readStoryInfo } from '../../src/core/story/info.ts';
import { compileInkSources, type InkFlow, type InkSources, type SourcePosition } from '../ink-source-compiler.ts';
import type { InkChoice, InkLine } from '../ink-stepper.ts';
import { buildGraph, DEFAULT_CAPS, pathTo, randomWalks, type ChoiceStep, type ExploreCaps, type Outcome, type StoryGraph } from './explore.ts';
import { approachLadder, compileFinding, endingOf, lastLinePath, lintBeat, lintEnd, lintFloatLiterals, lintTagsInInlineConditionals, readRuntimeMessage, type Finding, type Locate, type Rule } from './lint.ts';
import { countPlayThroughs, LogBuilder, scoreRanges, type ScoreRanges } from './playthroughs.ts';
import { appendAll } from '../../src/core/arrays.ts';

export interface CheckOptions extends ExploreCaps {
  /** Seeded random walks to run when the exploration stops at a cap. Default 200. */
  readonly walks?: number;
  /** Seed for the walks' choices. Default 1. */
  readonly walkSeed?: number;
  /** Time for the walks. Default half of maxMs. */
  readonly walkMs?: number;
  /** Time for the search over scores. Default half of maxMs. */
  readonly scoreMs?: number;
}

export interface SourceFacts {
  /** Where an ink path was written (from compileInk). */
  readonly locate?: Locate;
  /** The knots and stitches to look for (from compileInk); without them unreached knots are not reported. */
  readonly flows?: readonly InkFlow[];
}

export interface EndingReport {
  /** The #ending id of the last beat; undefined for an end without one. */
  readonly id: string | undefined;
  /** Complete play-throughs that end here: undefined when the exploration was capped, Infinity when loops allow endlessly many. */
  readonly playThroughs: number | undefined;
  /** The shortest way there found. */
  readonly choices: readonly ChoiceStep[];
}

export interface WalkReport {
  readonly walks: number;
  readonly seed: number;
  /** Walks cut at the depth cap before they ended. */
  readonly unfinished: number;
  readonly ms: number;
  /** Endings the walks reached that the exploration had not. */
  readonly newEndings: readonly (string | undefined)[];
  readonly deadEnds: number;
  readonly runtimeErrors: number;
}

export interface Exploration {
  /** Distinct decision states found. */
  readonly states: number;
  readonly choicesTaken: number;
  /** The most choices from the start to a decision state found. */
  readonly depth: number;
  readonly complete: boolean;
  readonly cappedBy: StoryGraph['cappedBy'];
  readonly ms: number;
  readonly statesPerSecond: number;
  /** Knots and stitches (functions aside); undefined without the source facts. */
  readonly knots: { readonly total: number; readonly reached: number; readonly reachedByWalks: number; readonly unreached: readonly string[] } | undefined;
  readonly endings: readonly EndingReport[];
  /** Complete play-throughs, when the exploration was complete (Infinity when the story loops). */
  readonly playThroughs: number | undefined;
  readonly scores: ScoreRanges;
  readonly walks: WalkReport | undefined;
}

export interface StoryReport {
  readonly file: string;
  readonly title: string;
  /** No finding is an error. */
  readonly ok: boolean;
  readonly ms: number;
  readonly findings: readonly Finding[];
  /** Undefined when the story did not compile. */
  readonly exploration: Exploration | undefined;
}

/** Findings keyed by what and where, keeping the first (shortest) way there. */
class Findings {
  private readonly byKey = new Map<string, Finding>();

  add(finding: Finding, choices?: () => readonly ChoiceStep[]): void {
    const at = finding.at ? `${finding.at.file}:${finding.at.line}` : finding.file;
    const key = `${finding.rule}|${at}|${finding.message}`;
    if (this.byKey.has(key)) return;
    this.byKey.set(key, choices ? { ...finding, choices: choices() } : finding);
  }

  get list(): Finding[] {
    return [...this.byKey.values()];
  }

  count(rule: Rule): number {
    return this.list.filter((finding) => finding.rule === rule).length;
  }
}

/** Explore a compiled story and report what it found. `file` names it in messages. */
export function exploreStory(compiledJson: string, file: string, options: CheckOptions & SourceFacts = {}): { exploration: Exploration; findings: Finding[] } {
  const locate: Locate = options.locate ?? (() => undefined);
  const maxMs = options.maxMs ?? DEFAULT_CAPS.maxMs;
  const graph = buildGraph(compiledJson, options);
  const { info, errors } = readStoryInfo(graph.globalTags, file);
  const findings = new Findings();
  for (const error of errors) findings.add({ severity: 'error', rule: 'story-info', file, at: undefined, message: `${error.tag} ${error.message}` });

  const choicesAt = (outcome: Outcome): readonly InkChoice[] | undefined =>
    outcome.stop.kind === 'decision' ? graph.nodes[outcome.stop.node]?.choices : undefined;
  const stops = new StopFindings(file, locate, findings);
  const lint = (outcome: Outcome, chose: InkChoice | undefined, choices: () => readonly ChoiceStep[]) => {
    for (const finding of lintBeat({ lines: outcome.lines, choices: choicesAt(outcome), chose }, file, locate)) findings.add(finding, choices);
    stops.check(outcome.lines, outcome.stop, choices);
  };
  lint(graph.start, undefined, () => []);
  for (const node of graph.nodes) {
    node.outcomes.forEach((outcome, choice) => {
      if (outcome) lint(outcome, node.choices[choice], () => pathTo(graph, node.id, choice));
    });
  }
  sameLadders(graph, file, locate, findings);

  const endings = endingsOf(graph);
  const seenEndings = new Set(endings.map((ending) => ending.id));
  const reachedByExploration = options.flows ? knotsReached(options.flows, graph.visited).length : 0;

  let walks: WalkReport | undefined;
  if (!graph.complete) {
    const seed = options.walkSeed ?? 1;
    const before = { deadEnds: findings.count('dead-end'), runtimeErrors: findings.count('runtime-error') };
    const newEndings: (string | undefined)[] = [];
    const summary = randomWalks(
      compiledJson,
      { walks: options.walks ?? 200, seed, maxSteps: options.maxDepth ?? DEFAULT_CAPS.maxDepth, maxMs: options.walkMs ?? maxMs / 2, inkSeed: options.seed ?? DEFAULT_CAPS.seed },
      graph.visited,
      (step) => {
        const way = () => [...step.choices];
        const choices = step.stop.kind === 'choices' ? step.stop.choices : undefined;
        for (const finding of lintBeat({ lines: step.lines, choices, chose: step.chose }, file, locate)) findings.add(finding, way);
        stops.check(step.lines, step.stop, way);
        if (step.stop.kind !== 'end') return;
        const id = endingOf(step.lines);
        if (!seenEndings.has(id)) {
          seenEndings.add(id);
          newEndings.push(id);
          endings.push({ id, playThroughs: undefined, choices: way() });
        }
      },
    );
    const deadEnds = findings.count('dead-end') - before.deadEnds;
    walks = { ...summary, seed, newEndings, deadEnds, runtimeErrors: findings.count('runtime-error') - before.runtimeErrors };
  }

  let knots: Exploration['knots'];
  if (options.flows) {
    const flows = options.flows.filter((flow) => flow.kind !== 'function');
    const reached = knotsReached(options.flows, graph.visited);
    const unreached = flows.filter((flow) => !reached.includes(flow));
    for (const flow of unreached) {
      const what = `${flow.kind} "${flow.name}"`;
      findings.add(
        graph.complete
          ? { severity: 'error', rule: 'unreachable', file, at: flow.at, message: `${what} is never reached: no play-through gets there` }
          : { severity: 'warning', rule: 'unreachable', file, at: flow.at, message: `${what} was not reached within the caps or by the random walks` },
      );
    }
    knots = { total: flows.length, reached: reachedByExploration, reachedByWalks: reached.length, unreached: unreached.map((flow) => flow.name) };
  }

  const counts = graph.complete ? countPlayThroughs(graph) : undefined;
  const withCounts = endings.map((ending) => (counts ? { ...ending, playThroughs: counts.get(ending.id ?? '') ?? 0 } : ending));
  const scores = scoreRanges(new LogBuilder(graph, info, storyHashOf(compiledJson)), { maxMs: options.scoreMs ?? maxMs / 2 });
  const seconds = graph.ms / 1000;
  return {
    findings: findings.list,
    exploration: {
      states: graph.nodes.length,
      choicesTaken: graph.choicesTaken,
      depth: graph.nodes.reduce((deepest, node) => Math.max(deepest, node.depth), 0),
      complete: graph.complete,
      cappedBy: graph.cappedBy,
      ms: graph.ms,
      statesPerSecond: seconds > 0 ? graph.nodes.length / seconds : 0,
      knots,
      endings: withCounts,
      playThroughs: counts ? [...counts.values()].reduce((a, b) => a + b, 0) : undefined,
      scores,
      walks,
    },
  };
}

/**
 * Two decisions in a row on a path whose options have the same approaches in the same order: shown in
 * the order written (the authored-order setting, `order: fixed`), a room learns which place holds the
 * hands-on option. Found on every edge of the explored graph, once per pair of decisions.
 */
function sameLadders(graph: StoryGraph, file: string, locate: Locate, findings: Findings): void {
  const ladders = graph.nodes.map((node) => approachLadder(node.choices)?.join(', '));
  const lineOf = (node: number) => locate(graph.nodes[node]?.choices[0]?.sourcePath ?? '');
  for (const node of graph.nodes) {
    const ladder = ladders[node.id];
    if (ladder === undefined) continue;
    node.outcomes.forEach((outcome, choice) => {
      if (outcome?.stop.kind !== 'decision' || ladders[outcome.stop.node] !== ladder) return;
      const before = lineOf(node.id);
      const where = before ? `the decision before it (${before.file === file ? '' : `${before.file} `}line ${before.line})` : 'the decision before it';
      findings.add(
        {
          severity: 'warning',
          rule: 'same-approach-ladder',
          file,
          at: lineOf(outcome.stop.node),
          message: `this decision's options have the same approaches in the same order as ${where}: ${ladder}. Shown as written, a room learns which place holds which approach: write these options in another order`,
        },
        () => pathTo(graph, node.id, choice),
      );
    });
  }
}

/** Dead ends, runtime errors and ends without an #ending tag, with the way there. */
class StopFindings {
  constructor(
    private readonly file: string,
    private readonly locate: Locate,
    private readonly findings: Findings,
  ) {}

  check(lines: readonly InkLine[], stop: { readonly kind: string; readonly message?: string; readonly path?: string }, choices: () => readonly ChoiceStep[]): void {
    const near = (path: string | null | undefined): SourcePosition | undefined => (path ? this.locate(path) : undefined);
    if (stop.kind === 'end') {
      for (const finding of lintEnd(lines, this.file, this.locate)) this.findings.add(finding, choices);
    } else if (stop.kind === 'dead-end') {
      const { message } = readRuntimeMessage(stop.message ?? '');
      this.findings.add({ severity: 'error', rule: 'dead-end', file: this.file, at: near(lastLinePath(lines)), message: `dead end after this line: ${message}` }, choices);
    } else if (stop.kind === 'error') {
      const { message, path } = readRuntimeMessage(stop.message ?? '');
      this.findings.add({ severity: 'error', rule: 'runtime-error', file: this.file, at: near(path) ?? near(stop.path) ?? near(lastLinePath(lines)), message }, choices);
    }
  }
}

function knotsReached(flows: readonly InkFlow[], visited: ReadonlySet<string>): InkFlow[] {
  return flows.filter((flow) => flow.kind !== 'function' && visited.has(flow.name));
}

/** Each ending of the explored graph once, with the shortest way there (nodes are in breadth-first order). */
function endingsOf(graph: StoryGraph): EndingReport[] {
  const endings = new Map<string | undefined, EndingReport>();
  const note = (outcome: Outcome | undefined, choices: () => ChoiceStep[]) => {
    if (outcome?.stop.kind !== 'end') return;
    const id = endingOf(outcome.lines);
    if (!endings.has(id)) endings.set(id, { id, playThroughs: undefined, choices: choices() });
  };
  note(graph.start, () => []);
  for (const node of graph.nodes) node.outcomes.forEach((outcome, choice) => note(outcome, () => pathTo(graph, node.id, choice)));
  return [...endings.values()];
}

/** Compile, lint and explore one story from its sources. */
export function checkSources(sources: InkSources, options: CheckOptions = {}): StoryReport {
  return checkInk(sources, options).report;
}

/** The same, with the compiled story (undefined when it did not compile), for a caller that goes on to play it. */
export function checkInk(sources: InkSources, options: CheckOptions = {}): { report: StoryReport; json: string | undefined } {
  const started = performance.now();
  const file = sources.display(sources.main);
  const compiled = compileInkSources(sources);
  const findings: Finding[] = compiled.diagnostics.map((d) => compileFinding(d, file));
  const texts = [sources.main, ...compiled.includes].map((source) => ({ file: sources.display(source), text: sources.read(source) }));
  appendAll(findings, lintFloatLiterals(texts, file));
  appendAll(findings, lintTagsInInlineConditionals(texts, file));
  let exploration: Exploration | undefined;
  if (compiled.json !== undefined) {
    const explored = exploreStory(compiled.json, file, { ...options, locate: compiled.locate, flows: compiled.flows });
    appendAll(findings, explored.findings);
    exploration = explored.exploration;
  }
  const { info } = readStoryInfo(compiled.globalTags, file);
  const report = { file, title: info.title, ok: !findings.some((finding) => finding.severity === 'error'), ms: performance.now() - started, findings, exploration };
  return { report, json: compiled.json };
}
