/**
 * A log as files to hand over: the JSON (lossless, re-importable with parseChoiceLog) and the names
 * every export of one play-through shares.
 */
import type { ChoiceLog } from './choice-log.ts';

/** The log as saved: readable JSON that parseChoiceLog reads back to an equal log. */
export function logToJson(log: ChoiceLog): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** "forecast-2026-03-02-0900-priya-nair.json": the story, when it started (UTC) and who played. */
export function exportFileName(log: ChoiceLog, extension: string): string {
  const when = log.startedAt.slice(0, 16).replace('T', '-').replace(':', '');
  const who = slug(log.alias ?? '') || (log.mode === 'group' ? 'group' : '');
  return [slug(log.storyId) || 'story', when, who].filter(Boolean).join('-') + `.${extension}`;
}

/** The name for an export of many logs. */
export function cohortFileName(storyId: string | undefined, count: number, extension: string): string {
  return `${slug(storyId ?? '') || 'logs'}-${count}-logs.${extension}`;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}
