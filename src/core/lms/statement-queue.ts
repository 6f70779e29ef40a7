/**
 * Statements on their way to the LRS. Each is written to storage before it is sent and taken out
 * only once the LRS has it, so going offline, closing the page or a crash loses nothing: what is
 * waiting goes at the next chance (a retry with growing pauses, the browser coming back online, the
 * next launch). Statements keep their ids, so one sent twice is stored once.
 *
 * When the LRS refuses our credentials the queue stops trying (more tries would not help) and says
 * so; its statements stay kept. Statements the LRS rejects as malformed are moved aside, not
 * dropped, so one bad statement cannot hold back the rest.
 */
import type { KeyValueStorage } from '../ports.ts';
import type { Schedule, SendOutcome, StatementStore } from './ports.ts';

/** `kept`: whether the statements in question are kept on this computer (false when storage refused them: they live in this page only). */
export type QueueStatus =
  | { readonly kind: 'sent' }
  | { readonly kind: 'waiting'; readonly pending: number; readonly message: string; readonly kept: boolean }
  | { readonly kind: 'refused'; readonly pending: number; readonly message: string; readonly kept: boolean }
  | { readonly kind: 'rejected'; readonly message: string; readonly kept: boolean };

/** Statements per request: small enough for any LRS's body limit. */
const BATCH = 25;
/** Pauses between tries while the LRS cannot be reached: 1 s, 2 s, 4 s … at most 30 s. */
const FIRST_PAUSE_MS = 1000;
const LONGEST_PAUSE_MS = 30_000;

interface Queued {
  readonly id: string;
}

export class StatementQueue {
  private readonly storage: KeyValueStorage;
  private readonly key: string;
  private readonly store: StatementStore;
  private readonly schedule: Schedule;
  private readonly onStatus: (status: QueueStatus) => void;
  /** Kept here too: storage may be full or switched off, and the statements must still go. */
  private waiting: Queued[];
  private sending: Promise<void> | undefined;
  private pause = FIRST_PAUSE_MS;
  private cancelRetry: (() => void) | undefined;
  private refused = false;
  /** Whether the last write of the waiting statements took: what the status may claim. */
  private kept = true;

  constructor(storage: KeyValueStorage, key: string, store: StatementStore, schedule: Schedule, onStatus: (status: QueueStatus) => void = () => undefined) {
    this.storage = storage;
    this.key = key;
    this.store = store;
    this.schedule = schedule;
    this.onStatus = onStatus;
    this.waiting = this.read(key);
  }

  /** How many statements wait to be sent. */
  get pending(): number {
    return this.waiting.length;
  }

  /** Keep a statement and send it as soon as the LRS can take it. */
  add(statement: Queued): void {
    if (this.waiting.some((queued) => queued.id === statement.id)) return;
    this.waiting.push(statement);
    this.save();
    void this.flush();
  }

  /** Send what waits now (also after the browser comes back online, or credentials are renewed). */
  flush(): Promise<void> {
    if (this.refused) return Promise.resolve();
    this.cancelRetry?.();
    this.cancelRetry = undefined;
    this.sending ??= this.sendAll().finally(() => {
      this.sending = undefined;
    });
    return this.sending;
  }

  /** Try again after the credentials were refused (for example with a new token). */
  retry(): Promise<void> {
    this.refused = false;
    return this.flush();
  }

  private async sendAll(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting.slice(0, BATCH);
      let outcome: SendOutcome;
      try {
        outcome = await this.store.send(batch);
      } catch (error) {
        outcome = { kind: 'unreachable', message: String(error) };
      }
      if (outcome.kind === 'stored' || outcome.kind === 'rejected') {
        const done = new Set(batch.map((statement) => statement.id));
        this.waiting = this.waiting.filter((statement) => !done.has(statement.id));
        if (outcome.kind === 'rejected') this.setAside(batch, outcome.message);
        this.save();
        this.pause = FIRST_PAUSE_MS;
        continue;
      }
      if (outcome.kind === 'refused') {
        this.refused = true;
        this.onStatus({ kind: 'refused', pending: this.waiting.length, message: outcome.message, kept: this.kept });
        return;
      }
      this.onStatus({ kind: 'waiting', pending: this.waiting.length, message: outcome.message, kept: this.kept });
      this.cancelRetry = this.schedule(this.pause, () => void this.flush());
      this.pause = Math.min(LONGEST_PAUSE_MS, this.pause * 2);
      return;
    }
    this.onStatus({ kind: 'sent' });
  }

  private setAside(batch: readonly Queued[], message: string): void {
    const key = `${this.key}/rejected`;
    this.onStatus({ kind: 'rejected', message, kept: this.write(key, [...this.read(key), ...batch]) });
  }

  private save(): void {
    this.kept = this.write(this.key, this.waiting);
  }

  private read(key: string): Queued[] {
    try {
      const parsed: unknown = JSON.parse(this.storage.read(key) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((item): item is Queued => typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string') : [];
    } catch {
      return [];
    }
  }

  /** Whether it took. Storage full or switched off: the statements are still in memory and still go, but only while the page is open. */
  private write(key: string, statements: readonly Queued[]): boolean {
    try {
      if (statements.length === 0) this.storage.remove(key);
      else this.storage.write(key, JSON.stringify(statements));
      return true;
    } catch {
      return false;
    }
  }
}
