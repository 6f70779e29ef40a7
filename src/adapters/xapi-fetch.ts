/**
 * The LRS over fetch: POST /statements, GET a state document, and cmi5's one-time token fetch. A thin
 * client of our own rather than @xapi/xapi, whose client with axios adds ~20 kB gzip (measured,
 * docs/lms.md) for three requests; the game uses that package's typings only.
 */
import type { Context } from '@xapi/xapi';
import type { SendOutcome, StatementStore } from '../core/lms/ports.ts';
import { err, ok, type Result } from '../core/result.ts';
import { boundedMessage, excerptOf } from '../core/text/excerpt.ts';

const VERSION = '1.0.3';

function headers(auth: string): Record<string, string> {
  return { Authorization: auth, 'X-Experience-API-Version': VERSION, 'Content-Type': 'application/json' };
}

async function reason(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  const message = /"message"\s*:\s*"([^"]{1,200})"/.exec(text)?.[1];
  // Both are the LRS's words, shown to the player: at most QUOTE_CHARS of each.
  return `${response.status} ${excerptOf(response.statusText)}${message ? `: ${excerptOf(message)}` : ''}`;
}

/** The statement store at `endpoint` (ending in `/`), signing in with `auth` (an Authorization header). */
export function lrsStatements(endpoint: string, auth: string): StatementStore {
  return {
    async send(statements): Promise<SendOutcome> {
      let response: Response;
      try {
        // keepalive: a batch sent as the page closes still goes out.
        response = await fetch(`${endpoint}statements`, { method: 'POST', headers: headers(auth), body: JSON.stringify(statements), keepalive: true });
      } catch (error) {
        return { kind: 'unreachable', message: error instanceof Error ? error.message : String(error) };
      }
      // 409: statements with these ids are stored already (a retry after a lost answer).
      if (response.ok || response.status === 409) return { kind: 'stored' };
      const why = await reason(response);
      if (response.status === 401 || response.status === 403) return { kind: 'refused', message: why };
      if (response.status >= 500 || response.status === 429 || response.status === 408) return { kind: 'unreachable', message: why };
      return { kind: 'rejected', message: why };
    },
  };
}

/** cmi5: trade the one-time fetch URL for the auth token (an Authorization header value). */
export async function fetchCmi5Token(fetchUrl: string): Promise<Result<string, string>> {
  try {
    const response = await fetch(fetchUrl, { method: 'POST' });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    const token = body['auth-token'];
    if (response.ok && typeof token === 'string' && token !== '') return ok(`Basic ${token}`);
    const text = excerptOf(typeof body['error-text'] === 'string' ? body['error-text'] : `${response.status} ${response.statusText}`);
    return err(`the learning system did not give a sign-in token (${text})`);
  } catch (error) {
    return err(`the learning system could not be reached for a sign-in token (${boundedMessage(error instanceof Error ? error.message : String(error))})`);
  }
}

export interface Cmi5LaunchData {
  readonly contextTemplate?: Context;
  readonly launchMode?: 'Normal' | 'Browse' | 'Review';
  readonly masteryScore?: number;
  readonly moveOn?: string;
  readonly returnURL?: string;
}

/** cmi5's LMS.LaunchData state document, or why it could not be read. */
export async function fetchLaunchData(endpoint: string, auth: string, query: { activityId: string; agent: object; registration: string }): Promise<Result<Cmi5LaunchData, string>> {
  const params = new URLSearchParams({ stateId: 'LMS.LaunchData', activityId: query.activityId, agent: JSON.stringify(query.agent), registration: query.registration });
  try {
    const response = await fetch(`${endpoint}activities/state?${params}`, { headers: headers(auth) });
    if (!response.ok) return err(await reason(response));
    return ok((await response.json()) as Cmi5LaunchData);
  } catch (error) {
    return err(error instanceof Error ? error.message : String(error));
  }
}
