/**
 * Many players' logs of one story, merged: how many chose each option at each decision, every
 * player's profile, the average fit, and the decisions that split the group most.
 *
 * Players take different paths, and a decision may offer slightly different options to different
 * players (conditional choices, numbers written into the text). Two decisions are taken as the same
 * when they share an option; options are the same when their texts match with numbers left aside.
 */
import { DIMENSIONS, type DimensionId } from '../patterns/dimensions.ts';
import { profileOf, type Profile } from '../patterns/profile.ts';
import type { ChoiceLog, DecisionRecord } from './choice-log.ts';

export interface CohortPlayer {
  /** The alias, or "Player 3" (by load order) when there is none. */
  readonly name: string;
  readonly log: ChoiceLog;
  readonly profile: Profile;
}

export interface CohortOption {
  /** The text most players saw. */
  readonly text: string;
  /** How many players (or rooms, for group logs) took it. */
  readonly chosen: number;
  /** How many were offered it. */
  readonly offered: number;
}

export interface CohortDecision {
  /** Where the decision usually comes, 1-based, for ordering: the mean of its decision numbers. */
  readonly typicalNumber: number;
  /** The last line before it, as most players read it. */
  readonly situation: string;
  readonly options: readonly CohortOption[];
  /** How many players met this decision. */
  readonly players: number;
  /**
   * How evenly the choices spread over the options: Shannon entropy of the counts divided by its
   * largest possible value for this many options, 0 (everyone chose alike) … 1 (an even split).
   */
  readonly split: number;
}

export interface DimensionSpread {
  readonly dimension: DimensionId;
  /** Each player's score (undefined where the dimension was not seen), in player order. */
  readonly scores: readonly (number | undefined)[];
  /** The mean of the scores seen, or undefined when no player met this dimension. */
  readonly mean: number | undefined;
}

export interface Cohort {
  readonly storyId: string;
  readonly storyTitle: string;
  readonly players: readonly CohortPlayer[];
  readonly decisions: readonly CohortDecision[];
  readonly dimensions: readonly DimensionSpread[];
  /** The mean of the players' fit percentages (players without a fit figure left out), rounded. */
  readonly averageFit: number | undefined;
  /** How many players have a fit figure. */
  readonly fitPlayers: number;
}

/** How many of the most split decisions a screen shows. */
export const MOST_SPLIT_SHOWN = 3;

/** The logs of each story, in order of first appearance. */
export function groupByStory(logs: readonly ChoiceLog[]): { storyId: string; storyTitle: string; logs: ChoiceLog[] }[] {
  const groups = new Map<string, { storyId: string; storyTitle: string; logs: ChoiceLog[] }>();
  for (const log of logs) {
    const group = groups.get(log.storyId) ?? { storyId: log.storyId, storyTitle: log.storyTitle, logs: [] };
    group.logs.push(log);
    groups.set(log.storyId, group);
  }
  return [...groups.values()];
}

/** Merge the logs of one story (all logs must share a story id). */
export function cohortOf(logs: readonly ChoiceLog[]): Cohort {
  const first = logs[0];
  const players = logs.map((log, i) => ({ name: log.alias?.trim() || `Player ${i + 1}`, log, profile: profileOf(log) }));
  const fits = players.flatMap((player) => (player.profile.fit.percent === undefined ? [] : [player.profile.fit.percent]));
  return {
    storyId: first?.storyId ?? '',
    storyTitle: first?.storyTitle ?? '',
    players,
    decisions: mergeDecisions(logs),
    dimensions: DIMENSIONS.map(({ id }) => {
      const scores = players.map((player) => player.profile.dimensions.find((d) => d.dimension === id)?.score);
      const seen = scores.filter((score): score is number => score !== undefined);
      return { dimension: id, scores, mean: seen.length === 0 ? undefined : seen.reduce((a, b) => a + b, 0) / seen.length };
    }),
    averageFit: fits.length === 0 ? undefined : Math.round(fits.reduce((a, b) => a + b, 0) / fits.length),
    fitPlayers: fits.length,
  };
}

/** The decisions that split the group most: met by two or more players, not unanimous, most even first. */
export function mostSplit(cohort: Cohort, count = MOST_SPLIT_SHOWN): CohortDecision[] {
  return cohort.decisions
    .filter((decision) => decision.players >= 2 && decision.split > 0)
    .sort((a, b) => b.split - a.split || b.players - a.players || a.typicalNumber - b.typicalNumber)
    .slice(0, count);
}

/** Numbers left aside, spaces and case too: "Hold 120k" and "hold 150k" are one option. */
export function optionKey(text: string): string {
  return text.trim().toLowerCase().replace(/\d+(?:[.,]\d+)*/g, '#').replace(/\s+/g, ' ');
}

interface Occurrence {
  readonly record: DecisionRecord;
  readonly player: number;
}

function mergeDecisions(logs: readonly ChoiceLog[]): CohortDecision[] {
  const occurrences: Occurrence[] = logs.flatMap((log, player) => log.decisions.map((record) => ({ record, player })));
  // Union-find over occurrences: two are one decision when they share an option key.
  const parent = occurrences.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const ownerOfKey = new Map<string, number>();
  occurrences.forEach((occurrence, i) => {
    for (const option of occurrence.record.options) {
      const key = optionKey(option.text);
      const owner = ownerOfKey.get(key);
      if (owner === undefined) ownerOfKey.set(key, i);
      else parent[find(i)] = find(owner);
    }
  });
  const groups = new Map<number, Occurrence[]>();
  occurrences.forEach((occurrence, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), occurrence]);
  });
  return [...groups.values()]
    .map(summarise)
    .sort((a, b) => a.typicalNumber - b.typicalNumber);
}

function summarise(occurrences: readonly Occurrence[]): CohortDecision {
  const options = new Map<string, { texts: Map<string, number>; chosen: number; offered: number }>();
  for (const { record } of occurrences) {
    for (const option of record.options) {
      const key = optionKey(option.text);
      const entry = options.get(key) ?? { texts: new Map(), chosen: 0, offered: 0 };
      entry.texts.set(option.text, (entry.texts.get(option.text) ?? 0) + 1);
      entry.offered += 1;
      if (option.index === record.chosen) entry.chosen += 1;
      options.set(key, entry);
    }
  }
  const counts = [...options.values()].map((entry) => entry.chosen);
  const total = counts.reduce((a, b) => a + b, 0);
  const entropy = counts.reduce((sum, n) => (n === 0 ? sum : sum - (n / total) * Math.log(n / total)), 0);
  const situations = new Map<string, number>();
  for (const { record } of occurrences) {
    const last = record.situation.at(-1)?.text ?? '';
    situations.set(last, (situations.get(last) ?? 0) + 1);
  }
  return {
    typicalNumber: occurrences.reduce((sum, o) => sum + o.record.number, 0) / occurrences.length,
    situation: mostCommon(situations),
    options: [...options.values()].map((entry) => ({ text: mostCommon(entry.texts), chosen: entry.chosen, offered: entry.offered })),
    players: new Set(occurrences.map((o) => o.player)).size,
    split: counts.length < 2 || total === 0 ? 0 : entropy / Math.log(counts.length),
  };
}

/** The key counted most often (the first of equals). */
export function mostCommon(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let most = -1;
  for (const [text, n] of counts) {
    if (n > most) {
      best = text;
      most = n;
    }
  }
  return best;
}
