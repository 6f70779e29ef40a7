/**
 * cmi5 and xAPI launches: read the launch from the address, sign in to the LRS (cmi5: trade the
 * one-time fetch address for a token, kept for reloads of this tab), read cmi5's launch data, and
 * report every play-through through a queue kept in the browser's storage, so nothing is lost while
 * the LRS cannot be reached. The play-through in progress is kept in the browser, as in the plain game.
 */
import { browserStorage } from '../adapters/local-storage.ts';
import { tabStorage } from '../adapters/session-storage.ts';
import { fetchCmi5Token, fetchLaunchData, lrsStatements, type Cmi5LaunchData } from '../adapters/xapi-fetch.ts';
import { StatementQueue, type QueueStatus } from '../core/lms/statement-queue.ts';
import { readXapiLaunch, type XapiLaunch } from '../core/lms/xapi-launch.ts';
import { XapiReporter } from '../core/lms/xapi-report.ts';
import { DEFAULT_ACTIVITY_ROOT, nameUuid } from '../core/lms/xapi-statements.ts';
import { systemClock } from '../core/ports.ts';
import { ok, type Result } from '../core/result.ts';
import type { CatalogEntry } from '../core/story/catalog.ts';
import { showLmsNotice } from '../presentation/ui/lms-notice.ts';
import type { LmsMode } from './lms-mode.ts';

const NOT_RECORDED = 'You can play, but your choices and result will not be recorded.';

function readTab(key: string): string | null {
  try {
    return tabStorage.read(key);
  } catch {
    return null;
  }
}

function keepInTab(key: string, value: string): void {
  try {
    tabStorage.write(key, value);
  } catch {
    // Without it a reload asks the LMS again, and cmi5's fetch address answers once: the notice will say so.
  }
}

/** The Authorization header for the LRS: given in the address (xAPI), or fetched once (cmi5). */
async function signIn(launch: XapiLaunch): Promise<Result<string, string>> {
  if (launch.kind === 'xapi') return ok(launch.auth);
  const key = `manage-or-lead/cmi5-token/${launch.fetchUrl}`;
  const kept = readTab(key);
  if (kept) return ok(kept);
  const token = await fetchCmi5Token(launch.fetchUrl);
  if (token.ok) keepInTab(key, token.value);
  return token;
}

function describeStatus(status: QueueStatus): string | undefined {
  // Said as kept on this computer only when storage took them; else they last only while this page is open.
  const waiting = (n: number, kept: boolean) => `${n} ${n === 1 ? 'result is' : 'results are'} ${kept ? 'kept on this computer' : 'held by this page only (this browser would not keep them), so keep it open'}`;
  switch (status.kind) {
    case 'refused':
      return `The learning record store did not accept the game's sign-in (${status.message}). ${waiting(status.pending, status.kept)} and will be sent once it does; you can go on playing.`;
    case 'waiting':
      return `The learning record store cannot be reached just now. ${waiting(status.pending, status.kept)} and will be sent when it can; you can go on playing.`;
    case 'rejected':
      return `The learning record store turned some results down (${status.message}); ${status.kept ? 'they are kept on this computer' : 'this browser would not keep them on this computer, so they will be gone when this page closes'}.`;
    case 'sent':
      return undefined;
  }
}

export async function startXapiMode(search: string, catalog: readonly CatalogEntry[]): Promise<LmsMode> {
  const unreported: LmsMode = { catalog, saves: undefined, attach: () => undefined };
  const launch = readXapiLaunch(search);
  if (!launch.ok) {
    showLmsNotice(`This game was opened by a learning system, but ${launch.error}. ${NOT_RECORDED}`);
    return unreported;
  }
  const { value } = launch;
  const auth = await signIn(value);
  if (!auth.ok) {
    showLmsNotice(`Your results cannot be sent: ${auth.error}. ${NOT_RECORDED}`);
    return unreported;
  }
  let launchData: Cmi5LaunchData = { launchMode: 'Normal' };
  if (value.kind === 'cmi5') {
    // Some LRSs keep statements only (no State API): the AU then goes on with cmi5's defaults.
    const read = await fetchLaunchData(value.endpoint, auth.value, { activityId: value.activityId, agent: value.actor, registration: value.registration });
    if (read.ok) launchData = read.value;
  }
  let shown: string | undefined;
  const queue = new StatementQueue(
    browserStorage,
    `manage-or-lead/xapi-queue/${nameUuid(`${value.endpoint}|${JSON.stringify(value.actor)}`)}`,
    lrsStatements(value.endpoint, auth.value),
    (ms, work) => {
      const timer = window.setTimeout(work, ms);
      return () => window.clearTimeout(timer);
    },
    (status) => {
      const text = describeStatus(status);
      if (text && text !== shown) showLmsNotice(text);
      if (!text && shown) document.querySelector('.lms-notice')?.remove();
      shown = text;
    },
  );
  window.addEventListener('online', () => void queue.flush());
  const activityRoot = value.kind === 'cmi5' ? value.activityId : (value.activityId ?? DEFAULT_ACTIVITY_ROOT);
  const reporter = new XapiReporter(
    { actor: value.actor, activityRoot, registration: value.registration, template: launchData.contextTemplate },
    queue,
    systemClock,
    value.kind === 'cmi5'
      ? { cmi5: { activityId: value.activityId, masteryScore: launchData.masteryScore, launchMode: launchData.launchMode ?? 'Normal' } }
      : value.masteryScore === undefined ? {} : { masteryScore: value.masteryScore },
  );
  reporter.initialized();
  window.addEventListener('pagehide', () => {
    reporter.terminate();
    void queue.flush();
  });
  void queue.flush(); // what an earlier visit could not send
  let detach: (() => void) | undefined;
  return {
    catalog,
    saves: undefined,
    attach(session) {
      detach?.();
      detach = reporter.attach(session);
    },
  };
}

