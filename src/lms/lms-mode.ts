/**
 * LMS mode, the composition root's part for a game launched by a learning system: fetched by
 * src/main.ts only when the page was opened that way, so the plain game never loads any of it.
 *
 * - A SCORM package's launch page marks <html data-lms="scorm12|scorm2004" data-story="id">: the
 *   game plays that scenario, reports it through the SCORM runtime and resumes from the LMS.
 * - A cmi5 or xAPI launch puts `endpoint` (and more) in the address: statements go to that LRS.
 */
import type { SaveStore } from '../core/save/save-store.ts';
import type { Session } from '../core/session.ts';
import type { CatalogEntry } from '../core/story/catalog.ts';
import { excerptOf } from '../core/text/excerpt.ts';
import { showLmsNotice } from '../presentation/ui/lms-notice.ts';
import { startScormMode } from './scorm-mode.ts';
import { startXapiMode } from './xapi-mode.ts';

export interface LmsMode {
  /** The scenarios this launch may play (one, for a SCORM SCO). */
  readonly catalog: readonly CatalogEntry[];
  /** Where the play-through in progress is kept, when the LMS keeps it; else the browser's. */
  readonly saves: SaveStore | undefined;
  /** Report a play-through that is about to begin (or resume). */
  attach(session: Session): void;
}

export interface LmsLaunchPage {
  /** The launch page's mark (`scorm12`, `scorm2004`), or undefined for an address-only launch. */
  readonly mark: string | undefined;
  /** The scenario the launch is for, if any. */
  readonly story: string | undefined;
  /** The page address's query string. */
  readonly search: string;
}

export async function startLmsMode(page: LmsLaunchPage, catalog: readonly CatalogEntry[]): Promise<LmsMode> {
  // A SCORM launch page names its scenario; a cmi5 or xAPI address may (`story=forecast`).
  const story = page.story ?? new URLSearchParams(page.search).get('story') ?? undefined;
  const entries = story ? catalog.filter((entry) => entry.info.id === story) : catalog;
  if (entries.length === 0) showLmsNotice(`This course asks for a scenario called “${excerptOf(story ?? '')}”, which this version of the game does not have. Every scenario is offered instead.`);
  const offered = entries.length > 0 ? entries : catalog;
  if (page.mark === 'scorm12' || page.mark === 'scorm2004') return startScormMode(page.mark === 'scorm12' ? '1.2' : '2004', offered);
  return startXapiMode(page.search, offered);
}
