/**
 * What a story says about itself in its global tags: the facts the scenario select screen, the log
 * and the debrief need before anyone plays it.
 */
import { findTag, filterTags, parseTags, type GlobalTag, type TagError } from './tags.ts';

export interface StoryInfo {
  /** Stable id used in logs and saves. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly minutes: number | undefined;
  readonly cast: readonly string[];
  readonly objectives: readonly string[];
  /** The ink variables the UI shows as meters, in the order the story lists them. */
  readonly meters: readonly string[];
  /** The customer accounts the story names (`# account: Name | what it is`), checked against docs/cast.md. */
  readonly accounts: readonly { readonly name: string; readonly description: string }[];
}

/**
 * Read the global tags. Missing title or id are errors (the select screen and the logs need them);
 * the file name stands in for both so that the story still runs.
 */
export function readStoryInfo(globalTags: readonly string[] | null, file: string): { info: StoryInfo; errors: TagError[] } {
  const where = `${file}, top of the story`;
  const { tags, errors } = parseTags(globalTags, 'global', where);
  const fallbackId = file.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
  const title = findTag<GlobalTag, 'title'>(tags, 'title')?.text;
  const id = findTag<GlobalTag, 'id'>(tags, 'id')?.id;
  if (!title) errors.push({ tag: '#title: …', where, message: 'the story has no title; add "# title: …" at the top' });
  if (!id) errors.push({ tag: '#id: …', where, message: 'the story has no id; add "# id: …" at the top (used in logs and saves)' });
  for (const single of ['title', 'id', 'summary', 'minutes', 'cast', 'meters'] as const) {
    if (filterTags(tags, single).length > 1) {
      errors.push({ tag: `#${single}`, where, message: `"${single}" is given more than once; only "objective" and "account" may repeat` });
    }
  }
  return {
    info: {
      id: id ?? fallbackId,
      title: title ?? fallbackId,
      summary: findTag<GlobalTag, 'summary'>(tags, 'summary')?.text ?? '',
      minutes: findTag<GlobalTag, 'minutes'>(tags, 'minutes')?.minutes,
      cast: findTag<GlobalTag, 'cast'>(tags, 'cast')?.names ?? [],
      objectives: filterTags<GlobalTag, 'objective'>(tags, 'objective').map((tag) => tag.text),
      meters: findTag<GlobalTag, 'meters'>(tags, 'meters')?.names ?? [],
      accounts: filterTags<GlobalTag, 'account'>(tags, 'account').map(({ name, description }) => ({ name, description })),
    },
    errors,
  };
}
