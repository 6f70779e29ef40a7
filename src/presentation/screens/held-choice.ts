/**
 * A choice made on a screen, held until someone takes it. The screens shown before the engine has
 * loaded are taken over by scenes later (see early-screens.ts): a choice made while nobody is taking
 * it, e.g. between the hand-over and the scene's `create`, waits here instead of being lost. The
 * first choice counts, and is handed over once; one taker at a time.
 */
export class HeldChoice<T> {
  private value: T | undefined;
  private delivered = false;
  private taker: ((value: T) => void) | undefined;

  /** True once a choice is made (and until `reset`). */
  get made(): boolean {
    return this.value !== undefined;
  }

  /** True while someone is ready to take a choice. */
  get hasTaker(): boolean {
    return this.taker !== undefined;
  }

  /** Make the choice, handed over at once if someone is taking; ignored if one is made already. */
  make(value: T): void {
    if (this.value !== undefined) return;
    this.value = value;
    this.deliver();
  }

  /** Act on the choice: at once if it is made, else when it is. The returned function stops taking. */
  take(taker: (value: T) => void): () => void {
    this.taker = taker;
    this.deliver();
    return () => {
      if (this.taker === taker) this.taker = undefined;
    };
  }

  /** Forget the choice made, for a screen shown afresh. */
  reset(): void {
    this.value = undefined;
    this.delivered = false;
  }

  /** Take no more: whoever was taking has gone. */
  release(): void {
    this.taker = undefined;
  }

  private deliver(): void {
    const { value, taker } = this;
    if (value === undefined || this.delivered || !taker) return;
    this.delivered = true;
    this.taker = undefined;
    taker(value);
  }
}
