/** Pages of the game in one browser, joined by a message bus that delivers as BroadcastChannel does (later, never to the sender). */
import { describe, expect, it } from 'vitest';
import type { TabMessages } from '../../../src/core/ports.ts';
import { PlayThroughPresence } from '../../../src/core/save/presence.ts';

class Bus {
  private readonly pages = new Set<{ handlers: Set<(message: unknown) => void> }>();
  private readonly queue: (() => void)[] = [];

  page(): TabMessages & { close(): void } {
    const page = { handlers: new Set<(message: unknown) => void>() };
    this.pages.add(page);
    return {
      post: (message) => {
        const copy = structuredClone(message);
        for (const other of this.pages) if (other !== page) for (const handler of other.handlers) this.queue.push(() => handler(copy));
      },
      listen: (handler) => {
        page.handlers.add(handler);
        return () => page.handlers.delete(handler);
      },
      close: () => this.pages.delete(page),
    };
  }

  /** Deliver everything posted so far, and what that prompts. */
  deliver(): void {
    while (this.queue.length > 0) this.queue.shift()?.();
  }
}

const at = (ms: number) => ({ now: () => ms });

describe('play-throughs open in other tabs', () => {
  it('a page that closed without a word (its last message lost, or it crashed) is let go once it has missed two roll calls in a row', () => {
    const bus = new Bus();
    const holderPage = bus.page();
    const holder = new PlayThroughPresence(holderPage, 'tab-a', at(1000));
    holder.claim('play-1', () => undefined);
    const watcher = new PlayThroughPresence(bus.page(), 'tab-b', at(2000));
    let changes = 0;
    watcher.onChange(() => changes++);
    bus.deliver();
    expect(watcher.isOpenElsewhere('play-1')).toBe(true);
    // While the holder answers, roll calls change nothing.
    for (let call = 0; call < 3; call++) {
      watcher.rollCall();
      bus.deliver();
    }
    expect(watcher.isOpenElsewhere('play-1')).toBe(true);
    // The holder goes, and its "closed" never arrives.
    holderPage.close();
    const before = changes;
    // Each call counts the answers to the one before: the first after the close finds the holder had
    // answered, the second finds one call missed (it may be a slow page), the third finds two.
    for (const stillOpen of [true, true, false]) {
      watcher.rollCall();
      bus.deliver();
      expect(watcher.isOpenElsewhere('play-1')).toBe(stillOpen);
    }
    expect(changes).toBeGreaterThan(before);
  });

  it('a roll call needs answering only when something is open elsewhere', () => {
    const bus = new Bus();
    const alone = new PlayThroughPresence(bus.page(), 'tab-a', at(1000));
    expect(alone.wantsRollCall()).toBe(false);
    const other = new PlayThroughPresence(bus.page(), 'tab-b', at(1000));
    other.claim('play-1', () => undefined);
    bus.deliver();
    expect(alone.wantsRollCall()).toBe(true);
  });

  it('a page that arrives learns what the others have open, and hears when it is let go', () => {
    const bus = new Bus();
    const first = new PlayThroughPresence(bus.page(), 'tab-a', at(1000));
    first.claim('play-1', () => undefined);
    bus.deliver();
    const second = new PlayThroughPresence(bus.page(), 'tab-b', at(2000));
    let changes = 0;
    second.onChange(() => changes++);
    expect(second.isOpenElsewhere('play-1')).toBe(false); // nothing heard yet
    bus.deliver();
    expect(second.isOpenElsewhere('play-1')).toBe(true);
    expect(second.isOpenElsewhere('play-2')).toBe(false);
    expect(first.isOpenElsewhere('play-1')).toBe(false);
    first.release('play-1');
    bus.deliver();
    expect(second.isOpenElsewhere('play-1')).toBe(false);
    expect(changes).toBe(2);
  });

  it('two pages opening the same play-through: the first keeps it, the other is told it lost it, on either order of delivery', () => {
    for (const [earlier, later] of [['tab-a', 'tab-b'], ['tab-b', 'tab-a']] as const) {
      const bus = new Bus();
      const lost: string[] = [];
      const pages = {
        [earlier]: new PlayThroughPresence(bus.page(), earlier, at(1000)),
        [later]: new PlayThroughPresence(bus.page(), later, at(1005)),
      };
      bus.deliver();
      pages[later]?.claim('play-1', () => lost.push(later));
      pages[earlier]?.claim('play-1', () => lost.push(earlier));
      bus.deliver();
      expect(lost).toEqual([later]);
      expect(pages[later]?.isOpenElsewhere('play-1')).toBe(true);
    }
  });

  it('tells the others when the saves change, and ignores anything that is not one of its messages', () => {
    const bus = new Bus();
    const first = new PlayThroughPresence(bus.page(), 'tab-a', at(1000));
    const rogue = bus.page();
    let changes = 0;
    first.onChange(() => changes++);
    for (const junk of [null, 7, 'open', { type: 'open', tab: 'x' }, { type: 'open', id: 'p', since: 'soon', tab: 'x' }, { type: 'closed', tab: 3 }]) rogue.post(junk);
    bus.deliver();
    expect(changes).toBe(0);
    const second = new PlayThroughPresence(bus.page(), 'tab-b', at(1000));
    second.savesChanged();
    bus.deliver();
    expect(changes).toBe(1);
  });
});
