/**
 * The SCORM runtime an LMS puts beside the content: found the way both specifications describe (the
 * launching window, then each parent frame up to the top, then the window that opened this one and
 * its parents), started, and wrapped as the core's ScormConnection. SCORM 1.2 calls its object `API`
 * with LMS-prefixed methods; 2004 calls it `API_1484_11`.
 */
import type { ScormConnection, ScormVersion } from '../core/lms/ports.ts';
import { err, ok, type Result } from '../core/result.ts';
import { boundedMessage, excerptOf } from '../core/text/excerpt.ts';

type Answer = string | boolean | number;

interface Api12 {
  LMSInitialize(empty: ''): Answer;
  LMSFinish(empty: ''): Answer;
  LMSGetValue(element: string): Answer;
  LMSSetValue(element: string, value: string): Answer;
  LMSCommit(empty: ''): Answer;
  LMSGetLastError(): Answer;
  LMSGetErrorString(code: string): Answer;
}

interface Api2004 {
  Initialize(empty: ''): Answer;
  Terminate(empty: ''): Answer;
  GetValue(element: string): Answer;
  SetValue(element: string, value: string): Answer;
  Commit(empty: ''): Answer;
  GetLastError(): Answer;
  GetErrorString(code: string): Answer;
}

export type FoundApi = { readonly version: '1.2'; readonly api: Api12 } | { readonly version: '2004'; readonly api: Api2004 };

/** The specifications' examples give up after 500 frames; real pages nest a handful. */
const MAX_FRAMES = 500;
const OBJECT_NAMES: Readonly<Record<ScormVersion, string>> = { '1.2': 'API', '2004': 'API_1484_11' };

/** A window's property, or undefined when the browser will not let us look (another origin). */
function peek(win: Window, name: string): unknown {
  try {
    return (win as unknown as Record<string, unknown>)[name] ?? undefined;
  } catch {
    return undefined;
  }
}

function parentOf(win: Window): Window | undefined {
  try {
    return win.parent && win.parent !== win ? win.parent : undefined;
  } catch {
    return undefined;
  }
}

function scanUp(start: Window | null | undefined, name: string): unknown {
  let win: Window | undefined = start ?? undefined;
  for (let i = 0; win && i < MAX_FRAMES; i++) {
    const found = peek(win, name);
    if (found && typeof found === 'object') return found;
    win = parentOf(win);
  }
  return undefined;
}

function openerOf(win: Window): Window | undefined {
  try {
    return win.opener ?? win.top?.opener ?? undefined;
  } catch {
    return undefined;
  }
}

/** Look for the runtime of `prefer` first (the package's own version), then the other. */
export function findScormApi(start: Window, prefer: ScormVersion): FoundApi | undefined {
  const order: ScormVersion[] = prefer === '2004' ? ['2004', '1.2'] : ['1.2', '2004'];
  for (const version of order) {
    const name = OBJECT_NAMES[version];
    const api = scanUp(start, name) ?? scanUp(openerOf(start), name);
    if (api) return version === '1.2' ? { version, api: api as Api12 } : { version, api: api as Api2004 };
  }
  return undefined;
}

const yes = (answer: Answer) => answer === true || String(answer) === 'true';

/** Start the session (Initialize) and hand back the connection, or why the LMS would not start it. */
export function startScorm(found: FoundApi): Result<ScormConnection, string> {
  const connection = wrap(found);
  const started = found.version === '1.2' ? found.api.LMSInitialize('') : found.api.Initialize('');
  return yes(started) ? ok(connection) : err(`the learning system would not start the session (${connection.lastError() || 'no reason given'})`);
}

function wrap(found: FoundApi): ScormConnection {
  if (found.version === '1.2') {
    const api = found.api;
    return {
      version: '1.2',
      get: (element) => String(api.LMSGetValue(element) ?? ''),
      set: (element, value) => yes(api.LMSSetValue(element, value)),
      commit: () => yes(api.LMSCommit('')),
      finish: () => yes(api.LMSFinish('')),
      lastError: () => describeError(api.LMSGetLastError(), (code) => api.LMSGetErrorString(code)),
    };
  }
  const api = found.api;
  return {
    version: '2004',
    get: (element) => String(api.GetValue(element) ?? ''),
    set: (element, value) => yes(api.SetValue(element, value)),
    commit: () => yes(api.Commit('')),
    finish: () => yes(api.Terminate('')),
    lastError: () => describeError(api.GetLastError(), (code) => api.GetErrorString(code)),
  };
}

function describeError(code: Answer, text: (code: string) => Answer): string {
  const value = String(code ?? '0');
  // The LMS's own words, shown to the player: bounded, however much it says.
  return value === '0' || value === '' ? '' : boundedMessage(`${excerptOf(value)}: ${String(text(value) ?? '')}`);
}
