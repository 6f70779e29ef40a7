/** Which scenario of this build a loaded log belongs to, and whether the story changed since. */
import type { CatalogEntry } from '../story/catalog.ts';
import { excerptOf } from '../text/excerpt.ts';
import type { ChoiceLog } from './choice-log.ts';

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

/** What to tell a trainer about a log whose story is not the one in this build. */
export function storyNotice(status: StoryStatus, storyTitle: string): string | undefined {
  if (status === 'changed') return `“${excerptOf(storyTitle)}” has changed since this log was saved. The decisions are shown as they were played; the scenario may play differently now.`;
  if (status === 'missing') return `“${excerptOf(storyTitle)}” is not in this version of the game. The decisions can still be walked through, but the scenario cannot be played from here.`;
  return undefined;
}
