/**
 * Turns a Beat into what fits on screen: pages of a few lines each. Pure, so it is tested in Node.
 * A line tagged `#clear` starts a new page; a long run of lines is split so no page overflows.
 */
import type { StoryLine } from '../../core/story/runner.ts';
import { findTag, type LineTag } from '../../core/story/tags.ts';

export const MAX_LINES_PER_PAGE = 5;

export interface ShownLine {
  readonly text: string;
  readonly speaker: string | undefined;
  readonly mood: string | undefined;
  /** The sound this line plays (`#sfx`), so it can be captioned on screen. */
  readonly cue?: string | undefined;
}

export interface Page {
  readonly lines: readonly ShownLine[];
  /** The place this page happens, when a line on it names one (`#scene`). */
  readonly scene: string | undefined;
}

export function paginate(lines: readonly StoryLine[], maxLines = MAX_LINES_PER_PAGE): Page[] {
  const pages: { lines: ShownLine[]; scene: string | undefined }[] = [];
  let page: { lines: ShownLine[]; scene: string | undefined } | undefined;
  for (const line of lines) {
    const startsPage = !page || line.tags.some((tag) => tag.kind === 'clear') || page.lines.length >= maxLines;
    if (startsPage) {
      page = { lines: [], scene: undefined };
      pages.push(page);
    }
    const current = page as { lines: ShownLine[]; scene: string | undefined };
    current.scene = findTag<LineTag, 'scene'>(line.tags, 'scene')?.scene ?? current.scene;
    if (line.text.trim() === '') continue;
    current.lines.push({
      text: line.text.trim(),
      speaker: findTag<LineTag, 'speaker'>(line.tags, 'speaker')?.name,
      mood: findTag<LineTag, 'mood'>(line.tags, 'mood')?.mood,
      ...cueOf(line),
    });
  }
  // A page left with no text (only tags) carries its scene forward and disappears.
  const shown: Page[] = [];
  let carriedScene: string | undefined;
  for (const p of pages) {
    const scene = p.scene ?? carriedScene;
    if (p.lines.length === 0) {
      carriedScene = scene;
      continue;
    }
    carriedScene = undefined;
    shown.push({ lines: p.lines, scene });
  }
  return shown;
}

function cueOf(line: StoryLine): { cue?: string } {
  const cue = findTag<LineTag, 'sfx'>(line.tags, 'sfx')?.cue;
  return cue ? { cue } : {};
}
