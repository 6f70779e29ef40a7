/** The player's text size, remembered between visits through the storage port. Never throws. */
import type { KeyValueStorage } from './ports.ts';

export const TEXT_SIZES = [
  { id: 'normal', label: 'Normal', scale: 1 },
  { id: 'large', label: 'Large', scale: 1.2 },
  { id: 'largest', label: 'Largest', scale: 1.4 },
] as const;

export type TextSizeId = (typeof TEXT_SIZES)[number]['id'];
export const TEXT_SIZE_KEY = 'manage-or-lead/text-size';

export class TextSizeStore {
  private current: TextSizeId;

  /** `apply` receives the scale (1, 1.2, 1.4) whenever the size is set, and once at the start. */
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly apply: (scale: number) => void,
  ) {
    let stored: string | null = null;
    try {
      stored = storage.read(TEXT_SIZE_KEY);
    } catch {
      stored = null;
    }
    this.current = TEXT_SIZES.find((size) => size.id === stored)?.id ?? 'normal';
    this.apply(this.scale);
  }

  get size(): TextSizeId {
    return this.current;
  }

  get scale(): number {
    return TEXT_SIZES.find((size) => size.id === this.current)?.scale ?? 1;
  }

  set(size: TextSizeId): void {
    this.current = size;
    try {
      this.storage.write(TEXT_SIZE_KEY, size);
    } catch {
      // Kept for this visit only.
    }
    this.apply(this.scale);
  }
}
