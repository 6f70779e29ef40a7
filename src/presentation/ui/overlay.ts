/**
 * The HTML layer over the canvas. Each scene mounts its screen here and the overlay removes it when
 * the scene shuts down; `announce` speaks through a live region for screen readers.
 */
export class Overlay {
  private readonly root: HTMLElement;
  private readonly announcer: HTMLElement;

  constructor(root: HTMLElement, announcer: HTMLElement) {
    this.root = root;
    this.announcer = announcer;
  }

  /** Replace whatever is shown with `screen`. */
  mount(screen: HTMLElement): HTMLElement {
    this.root.replaceChildren(screen);
    return screen;
  }

  clear(): void {
    this.root.replaceChildren();
  }

  /** Read text aloud to screen-reader users (polite: after what they are hearing now). */
  announce(text: string): void {
    this.announcer.replaceChildren();
    // A fresh node per message makes screen readers announce repeated text too.
    const message = document.createElement('p');
    message.textContent = text;
    this.announcer.append(message);
  }
}
