/**
 * The player's choice of option order, remembered between visits through the storage port: shuffled
 * (the default, so a room cannot learn which letter is the hands-on one) or the order the author wrote.
 * Never throws.
 */
import { newShuffleSeed } from './option-order.ts';
import type { KeyValueStorage } from './ports.ts';

export type OptionOrder = 'shuffled' | 'authored';
export const OPTION_ORDER_KEY = 'manage-or-lead/option-order';

export class OptionOrderStore {
  private current: OptionOrder;

  constructor(private readonly storage: KeyValueStorage) {
    this.current = readStored(storage) === 'authored' ? 'authored' : 'shuffled';
  }

  get order(): OptionOrder {
    return this.current;
  }

  set(order: OptionOrder): void {
    this.current = order;
    try {
      this.storage.write(OPTION_ORDER_KEY, order);
    } catch {
      // Kept for this visit only.
    }
  }

  /** The seed for a new play-through: a fresh one, or none when the player keeps the authored order. */
  seedForNewPlay(random: () => number = Math.random): number | undefined {
    return this.current === 'authored' ? undefined : newShuffleSeed(random);
  }
}

function readStored(storage: KeyValueStorage): string | null {
  try {
    return storage.read(OPTION_ORDER_KEY);
  } catch {
    return null;
  }
}
