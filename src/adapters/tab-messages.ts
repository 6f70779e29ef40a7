/**
 * The tab-messages port over BroadcastChannel: every page of the game in this browser hears what the
 * others post. Where the browser has no BroadcastChannel (or refuses one), pages simply hear nothing:
 * each still keeps its own play-throughs apart, it just cannot warn about the others.
 */
import type { TabMessages } from '../core/ports.ts';

export function browserTabMessages(name: string): TabMessages {
  let channel: BroadcastChannel | undefined;
  try {
    channel = new BroadcastChannel(name);
  } catch {
    channel = undefined;
  }
  return {
    post(message) {
      try {
        channel?.postMessage(message);
      } catch {
        // A closed channel (the page is going away): nobody left to tell.
      }
    },
    listen(handler) {
      const listener = (event: MessageEvent) => handler(event.data);
      channel?.addEventListener('message', listener);
      return () => channel?.removeEventListener('message', listener);
    },
  };
}
