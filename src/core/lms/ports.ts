/**
 * What the LMS reporting needs from outside: a SCORM runtime (found and started by an adapter) and
 * an xAPI statement store. The adapters in src/adapters implement these; the core never sees a
 * window, a frame or fetch.
 */

export type ScormVersion = '1.2' | '2004';

/**
 * A started SCORM session, in the version's own data model names (cmi.core.lesson_status in 1.2,
 * cmi.completion_status in 2004). The adapter translates the API's method names.
 */
export interface ScormConnection {
  readonly version: ScormVersion;
  /** The value of a data model element ('' when unset or refused). */
  get(element: string): string;
  /** False when the LMS refused the value; `lastError` says why. */
  set(element: string, value: string): boolean;
  /** Ask the LMS to keep what was set. False when it could not. */
  commit(): boolean;
  /** End the session (LMSFinish / Terminate). */
  finish(): boolean;
  /** The LMS's last error, as "code: text" ('' for none). */
  lastError(): string;
}

/** What became of a batch of statements sent to an LRS. */
export type SendOutcome =
  /** Kept (or already there: the same ids were stored before). */
  | { readonly kind: 'stored' }
  /** No answer (offline, the LRS down, a server error): try again later. */
  | { readonly kind: 'unreachable'; readonly message: string }
  /** The LRS does not accept our credentials: trying again will not help. */
  | { readonly kind: 'refused'; readonly message: string }
  /** The LRS rejects the statements themselves. */
  | { readonly kind: 'rejected'; readonly message: string };

/** An xAPI statement store: POST /statements. */
export interface StatementStore {
  send(statements: readonly object[]): Promise<SendOutcome>;
}

/** Run `work` after `ms` milliseconds; the returned function cancels it. */
export type Schedule = (ms: number, work: () => void) => () => void;
