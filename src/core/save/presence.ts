/**
 * Which play-throughs are open in the game's other tabs, so that a second tab says so instead of
 * playing the same save in competition (each overwriting the other's progress).
 *
 * Each page tells the others, through the tab-messages port, when it opens a play-through and when
 * it lets it go; a page that arrives asks who has what open. Two pages that open the same
 * play-through in the same instant both hear of it: the one that opened it first keeps it, and the
 * other is told it lost it (it then stops saving and says so). Nothing is stored: a page that
 * closes, or crashes, simply stops answering. A closing page says so, but that last message can be
 * lost (the page is torn down before it is sent, which a busy machine showed), and a crashed page says
 * nothing; so a page that sees something open elsewhere calls the roll now and then (`rollCall`, every
 * few seconds from main.ts), and lets a page go once it has missed two calls in a row.
 */
import type { Clock, TabMessages } from '../ports.ts';

type PresenceMessage =
  | { readonly type: 'hello'; readonly tab: string }
  | { readonly type: 'open'; readonly tab: string; readonly id: string; readonly since: number }
  | { readonly type: 'closed'; readonly tab: string; readonly id: string }
  /** Saves were written, finished or put aside: lists shown elsewhere may be out of date. */
  | { readonly type: 'changed'; readonly tab: string };

interface Held {
  readonly since: number;
  readonly onLost: () => void;
}

export class PlayThroughPresence {
  private readonly channel: TabMessages;
  private readonly tab: string;
  private readonly clock: Clock;
  private readonly mine = new Map<string, Held>();
  /** Play-through id → the other tabs that have it open. */
  private readonly elsewhere = new Map<string, Set<string>>();
  private readonly listeners = new Set<() => void>();
  /** Roll calls each other tab has missed in a row (a tab answers a call by saying what it has open). */
  private readonly missed = new Map<string, number>();
  private answered = new Set<string>();

  constructor(channel: TabMessages, tab: string, clock: Clock) {
    this.channel = channel;
    this.tab = tab;
    this.clock = clock;
    channel.listen((message) => this.receive(message));
    this.post({ type: 'hello', tab });
  }

  /** True when another tab has this play-through open. */
  isOpenElsewhere(id: string): boolean {
    return (this.elsewhere.get(id)?.size ?? 0) > 0;
  }

  /** This page has opened `id`. `onLost` runs if another page turns out to have opened it first. */
  claim(id: string, onLost: () => void): void {
    const held = { since: this.clock.now(), onLost };
    this.mine.set(id, held);
    this.post({ type: 'open', tab: this.tab, id, since: held.since });
  }

  /** This page has let `id` go (finished, left, or the page is closing). */
  release(id: string): void {
    if (!this.mine.delete(id)) return;
    this.post({ type: 'closed', tab: this.tab, id });
  }

  releaseAll(): void {
    for (const id of [...this.mine.keys()]) this.release(id);
  }

  /** True when another tab is thought to have something open: only then is a roll call worth making. */
  wantsRollCall(): boolean {
    for (const tabs of this.elsewhere.values()) if (tabs.size > 0) return true;
    return false;
  }

  /**
   * Count who answered the last call, let go of the tabs that missed two in a row, and call again.
   * Two, because one answer can be late from a page busy at that moment; a page in a background tab
   * still answers (messages are not held back like its timers).
   */
  rollCall(): void {
    let letGo = false;
    for (const [id, tabs] of this.elsewhere) {
      for (const tab of tabs) {
        const missed = this.answered.has(tab) ? 0 : (this.missed.get(tab) ?? 0) + 1;
        this.missed.set(tab, missed);
        if (missed >= 2) {
          tabs.delete(tab);
          letGo = true;
        }
      }
      if (tabs.size === 0) this.elsewhere.delete(id);
    }
    // Only tabs still thought to have something open are counted on.
    const present = new Set([...this.elsewhere.values()].flatMap((tabs) => [...tabs]));
    for (const tab of this.missed.keys()) if (!present.has(tab)) this.missed.delete(tab);
    this.answered = new Set();
    this.post({ type: 'hello', tab: this.tab });
    if (letGo) this.notify();
  }

  /** Tell the other pages that the saves changed (a play-through finished, was put aside or removed). */
  savesChanged(): void {
    this.post({ type: 'changed', tab: this.tab });
  }

  /** Run `listener` whenever what other pages have open, or the saves, change. Returns a way to stop. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private receive(raw: unknown): void {
    const message = readMessage(raw);
    if (!message || message.tab === this.tab) return;
    this.answered.add(message.tab);
    switch (message.type) {
      case 'hello':
        for (const [id, held] of this.mine) this.post({ type: 'open', tab: this.tab, id, since: held.since });
        return;
      case 'open':
        this.heardOpen(message.tab, message.id, message.since);
        return;
      case 'closed':
        this.elsewhere.get(message.id)?.delete(message.tab);
        return this.notify();
      case 'changed':
        return this.notify();
    }
  }

  private heardOpen(tab: string, id: string, since: number): void {
    let tabs = this.elsewhere.get(id);
    if (!tabs) this.elsewhere.set(id, (tabs = new Set()));
    // Heard again (an answer to a roll call): nothing has changed for the screens listening.
    const known = tabs.has(tab);
    tabs.add(tab);
    const held = this.mine.get(id);
    if (held) {
      // Both pages have it: the first to open it keeps it (ties go to the smaller tab id, the same answer on both sides).
      const theirsFirst = since < held.since || (since === held.since && tab < this.tab);
      if (theirsFirst) {
        this.mine.delete(id);
        held.onLost();
      } else this.post({ type: 'open', tab: this.tab, id, since: held.since });
    }
    if (!known || held) this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private post(message: PresenceMessage): void {
    this.channel.post(message);
  }
}

/** A message from another page, or undefined for anything that is not one of ours. */
function readMessage(raw: unknown): PresenceMessage | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const { type, tab, id, since } = raw as Record<string, unknown>;
  if (typeof tab !== 'string') return undefined;
  if (type === 'hello' || type === 'changed') return { type, tab };
  if (typeof id !== 'string') return undefined;
  if (type === 'closed') return { type, tab, id };
  if (type === 'open' && typeof since === 'number') return { type, tab, id, since };
  return undefined;
}
