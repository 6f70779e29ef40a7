/**
 * The display, for presenting to a room: what the presentation asks of the full-screen adapter
 * (src/adapters/fullscreen.ts), which main.ts passes in through GameServices.
 */

export interface FullScreen {
  /** False where the browser (or the page that embeds the game) does not allow full screen. */
  readonly available: boolean;
  /** True while the game fills the screen. */
  readonly active: boolean;
  /**
   * Fill the screen, or leave full screen. Resolves to false when the browser refused (it wants a key
   * press or a click just before); never rejects.
   */
  toggle(): Promise<boolean>;
  /** Call `listener` whenever full screen starts or ends, however it happened (Esc included). Returns how to stop. */
  onChange(listener: (active: boolean) => void): () => void;
}
