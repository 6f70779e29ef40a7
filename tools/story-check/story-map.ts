/**
 * The debrief's story map (src/core/debrief/story-map.ts) from the checker's exploration: the decision
 * states the explorer found are folded into the places in the story they stand at. No Node APIs: the
 * browser builds maps with this too.
 */
import type { MapDecision, MapOption, MapTarget, StoryMap } from '../../src/core/debrief/story-map.ts';
import { targetKey } from '../../src/core/debrief/story-map.ts';
import { mostCommon } from '../../src/core/log/cohort.ts';
import { filterTags, findTag, parseTags, type LineTag } from '../../src/core/story/tags.ts';
import type { InkChoice, InkLine } from '../ink-stepper.ts';
import type { DecisionNode, Outcome, StoryGraph } from './explore.ts';

/** The longest label the map shows, in characters; longer lines are cut at a word. */
export const LABEL_LENGTH = 60;

/**
 * The place a decision stands at: the containers its options are written in. The last part of a
 * choice's path is its place inside the container, so options of one decision share the rest, and
 * a decision whose conditional options come and go keeps its place.
 */
export function decisionPlace(choices: readonly InkChoice[]): string {
  const containers = new Set(choices.map((choice) => choice.sourcePath.replace(/\.[^.]*$/, '')));
  return [...containers].sort().join(' + ');
}

interface DecisionDraft {
  readonly id: string;
  readonly step: number;
  readonly label: string;
  readonly people: readonly string[];
  readonly options: Map<string, OptionDraft>;
}

interface OptionDraft {
  readonly texts: Map<string, number>;
  readonly tags: readonly string[];
  readonly targets: Map<string, MapTarget>;
  untried: boolean;
}

export function buildStoryMap(graph: StoryGraph, storyHash: string): StoryMap {
  const drafts = new Map<string, DecisionDraft>();
  const endings: string[] = [];
  const placeOf = (node: DecisionNode) => decisionPlace(node.choices);

  for (const node of graph.nodes) {
    const id = placeOf(node);
    const draft = drafts.get(id) ?? newDraft(id, node, incoming(graph, node));
    drafts.set(id, draft);
    node.choices.forEach((choice, i) => {
      const option = draft.options.get(choice.sourcePath) ?? { texts: new Map(), tags: choice.tags, targets: new Map(), untried: false };
      draft.options.set(choice.sourcePath, option);
      option.texts.set(choice.text, (option.texts.get(choice.text) ?? 0) + 1);
      const outcome = node.outcomes[i];
      if (!outcome) {
        option.untried = true;
        return;
      }
      const target = targetOf(graph, outcome);
      option.targets.set(targetKey(target), target);
      if (target.kind === 'ending' && !endings.includes(target.id)) endings.push(target.id);
    });
  }

  const decisions: MapDecision[] = [...drafts.values()].map((draft) => ({
    id: draft.id,
    label: draft.label,
    people: draft.people,
    step: draft.step,
    options: [...draft.options].map(([id, option]): MapOption => ({
      id,
      text: mostCommon(option.texts),
      texts: [...option.texts.keys()],
      tags: option.tags,
      targets: [...option.targets.values()],
      untried: option.untried,
    })),
  }));
  const first = graph.start.stop.kind === 'decision' ? graph.nodes[graph.start.stop.node] : undefined;
  return {
    storyHash,
    start: first ? placeOf(first) : undefined,
    decisions,
    endings,
    partial: !graph.complete,
    ...(graph.cappedBy ? { cappedBy: graph.cappedBy } : {}),
    statesExplored: graph.nodes.length,
  };
}

/** The lines that led to a decision state on the shortest way there. */
function incoming(graph: StoryGraph, node: DecisionNode): readonly InkLine[] {
  if (!node.via) return graph.start.lines;
  return graph.nodes[node.via.node]?.outcomes[node.via.choice]?.lines ?? [];
}

function newDraft(id: string, node: DecisionNode, lines: readonly InkLine[]): DecisionDraft {
  const tags = lines.map((line) => parseTags(line.tags.slice(line.echoed), 'line', id).tags);
  const spoken = lines.map((line, i) => ({ text: line.text.trim(), tags: tags[i] ?? [] })).filter((line) => line.text !== '');
  const readiness = tags.flatMap((t) => filterTags<LineTag, 'readiness'>(t, 'readiness')).at(-1);
  const speakers = spoken.slice(-3).reverse().flatMap((line) => findTag<LineTag, 'speaker'>(line.tags, 'speaker')?.name ?? []);
  const people = [...new Set([...(readiness?.person ? [readiness.person] : []), ...speakers])];
  // The author's name for the decision, if they gave one; else the line the options answer.
  const named = tags.flatMap((t) => filterTags<LineTag, 'decision'>(t, 'decision')).at(-1)?.label;
  return { id, step: node.depth + 1, label: shortLabel(named ?? spoken.at(-1)?.text ?? ''), people, options: new Map() };
}

function targetOf(graph: StoryGraph, outcome: Outcome): MapTarget {
  const { stop } = outcome;
  if (stop.kind === 'decision') {
    const next = graph.nodes[stop.node];
    return next ? { kind: 'decision', id: decisionPlace(next.choices) } : { kind: 'stop' };
  }
  if (stop.kind !== 'end') return { kind: 'stop' };
  const ending = outcome.lines
    .flatMap((line) => parseTags(line.tags, 'line', '').tags)
    .map((tag) => (tag.kind === 'ending' ? tag.ending : undefined))
    .find(Boolean);
  return ending ? { kind: 'ending', id: ending } : { kind: 'stop' };
}

/** A line cut to LABEL_LENGTH characters at a word, with an ellipsis when cut. */
export function shortLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= LABEL_LENGTH) return flat;
  const cut = flat.slice(0, LABEL_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > LABEL_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
