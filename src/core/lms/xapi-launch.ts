/**
 * Reading how the game was launched for xAPI, from its address:
 * - cmi5: `endpoint`, `fetch` (a one-time URL that gives the auth token), `actor`, `registration`,
 *   `activityId`;
 * - the older xAPI launch convention (ADL's "Tin Can" launch): `endpoint`, `auth`, `actor`, and
 *   optionally `registration`, `activity_id` and `masteryScore` (0 … 1).
 * Either may name its scenario with `story` (read by src/lms/lms-mode.ts). Anything missing or malformed gives a sentence saying what, for the notice.
 */
import type { Actor } from '@xapi/xapi';
import { err, ok, type Result } from '../result.ts';

interface Common {
  /** The LRS's xAPI endpoint, ending in `/`. */
  readonly endpoint: string;
  readonly actor: Actor;
  readonly registration: string | undefined;
}

export type XapiLaunch =
  | (Common & { readonly kind: 'cmi5'; readonly fetchUrl: string; readonly activityId: string; readonly registration: string })
  | (Common & { readonly kind: 'xapi'; readonly auth: string; readonly activityId: string | undefined; readonly masteryScore: number | undefined });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function httpUrl(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The actor as JSON; the old launch convention wraps name and mbox in arrays. */
function actorOf(text: string | null): Actor | undefined {
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
  const raw = data as Record<string, unknown>;
  const actor: Record<string, unknown> = { objectType: 'Agent' };
  for (const key of ['name', 'mbox', 'mbox_sha1sum', 'openid', 'account'] as const) {
    const value = first(raw[key]);
    if (value !== undefined) actor[key] = value;
  }
  const identified = ['mbox', 'mbox_sha1sum', 'openid', 'account'].some((key) => actor[key] !== undefined);
  return identified ? (actor as unknown as Actor) : undefined;
}

export function readXapiLaunch(search: string): Result<XapiLaunch, string> {
  const params = new URLSearchParams(search);
  const endpoint = httpUrl(params.get('endpoint'));
  if (!endpoint) return err('the launch address has no valid "endpoint" (the learning record store\'s web address)');
  const actor = actorOf(params.get('actor'));
  if (!actor) return err('the launch address has no valid "actor" (who is playing)');
  const common = { endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`, actor };
  const registration = params.get('registration') ?? undefined;
  if (registration !== undefined && !UUID.test(registration)) return err('the launch address\'s "registration" is not a UUID');
  if (params.has('fetch')) {
    const fetchUrl = httpUrl(params.get('fetch'));
    const activityId = params.get('activityId');
    if (!fetchUrl) return err('the cmi5 launch address has no valid "fetch" address');
    if (!registration) return err('the cmi5 launch address has no "registration"');
    if (!activityId) return err('the cmi5 launch address has no "activityId"');
    return ok({ kind: 'cmi5', ...common, fetchUrl, activityId, registration });
  }
  const auth = params.get('auth');
  if (!auth) return err('the launch address has neither "fetch" (cmi5) nor "auth" (xAPI): the game cannot sign in to the learning record store');
  const mastery = params.get('masteryScore');
  const masteryScore = mastery === null ? undefined : Number(mastery);
  if (masteryScore !== undefined && !(masteryScore >= 0 && masteryScore <= 1)) return err('the launch address\'s "masteryScore" is not between 0 and 1');
  return ok({ kind: 'xapi', ...common, registration, auth, activityId: params.get('activity_id') ?? undefined, masteryScore });
}
