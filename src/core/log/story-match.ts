/** Which scenario of this build a loaded log belongs to, and whether the story changed since. */
import type { CatalogEntry } from '../story/catalog.ts';
import { excerptOf } from '../text/excerpt.ts';
import type { ChoiceLog } from './choice-log.ts';
import { mostCommon } from './cohort.ts';

export type StoryStatus = 'same' | 'changed' | 'missing';

export interface StoryMatch {
  /** The scenario with the log's story id, if this build has it. */
  readonly entry: CatalogEntry | undefined;
  readonly status: StoryStatus;
}

export function matchStory(catalog: readonly CatalogEntry[], log: Pick<ChoiceLog, 'storyId' | 'storyHash'>): StoryMatch {
  const entry = catalog.find((candidate) => candidate.info.id === log.storyId);
  return { entry, status: !entry ? 'missing' : entry.hash === log.storyHash ? 'same' : 'changed' };
}

/** What to tell a trainer about a log (or `count` logs) whose story is not the one in this build. */
export function storyNotice(status: StoryStatus, storyTitle: string, count = 1): string | undefined {
  const saved = count === 1 ? 'this log was saved' : 'these logs were saved';
  if (status === 'changed') return `“${excerptOf(storyTitle)}” has changed since ${saved}. The decisions are shown as they were played; the scenario may play differently now.`;
  if (status === 'missing') return `“${excerptOf(storyTitle)}” is not in this version of the game. The decisions can still be walked through, but the scenario cannot be played from here.`;
  return undefined;
}

/** The scenario that some logs of one story id are of, as the screens name it. */
export interface LogsStory {
  /** This build's title for the story when it has the story; else the title most of the logs give. */
  readonly title: string;
  readonly entry: CatalogEntry | undefined;
  /** Same, changed or missing when every log agrees; 'mixed' when some were saved from another version than this build's. */
  readonly status: StoryStatus | 'mixed';
  /** What to tell the trainer: a changed or missing story, and where the logs disagree with each other. */
  readonly notices: readonly string[];
}

/**
 * Name the story of `logs` (all of one story id) from the game's own catalogue, not from whichever log
 * came first, and say plainly when the logs disagree: over the title, or over the version.
 */
export function storyOfLogs(catalog: readonly CatalogEntry[], logs: readonly ChoiceLog[]): LogsStory {
  const first = logs[0];
  const entry = first ? matchStory(catalog, first).entry : undefined;
  const titles = countsOf(logs.map((log) => log.storyTitle));
  const title = entry?.info.title ?? mostCommon(titles);
  const changed = entry ? logs.filter((log) => log.storyHash !== entry.hash).length : 0;
  const status = !entry ? 'missing' : changed === 0 ? 'same' : changed === logs.length ? 'changed' : 'mixed';
  const notices: string[] = [];
  const notice = status === 'mixed' ? undefined : storyNotice(status, title, logs.length);
  if (notice) notices.push(notice);
  if (status === 'mixed') notices.push(`${changed === 1 ? 'One' : changed} of these ${logs.length} logs ${changed === 1 ? 'was' : 'were'} saved from an earlier version of “${excerptOf(title)}”: their decisions are shown as they were played, and the scenario may play differently now.`);
  const named = [...titles.keys()].map((name) => `“${excerptOf(name)}”`);
  if (titles.size > 1) {
    const shown = named.length > 3 ? `${named.slice(0, 3).join(', ')} and ${named.length - 3} more` : named.join(', ');
    notices.push(`These logs give the scenario ${titles.size} different titles (${shown}); they are of the same scenario by its id, so they are shown together${entry ? ` under the title this version of the game gives it` : ''}.`);
  } else if (entry && titles.size === 1 && !titles.has(entry.info.title)) {
    notices.push(`${logs.length === 1 ? 'This log calls' : 'These logs call'} the scenario ${named[0]}; this version of the game calls it “${excerptOf(entry.info.title)}”.`);
  }
  const versions = new Set(logs.map((log) => log.storyHash)).size;
  if (versions > 1) notices.push(`These logs come from ${versions} versions of the scenario; decisions are matched by the text of their options.`);
  return { title, entry, status, notices };
}

function countsOf(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
