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

  /** Replace whatever is shown with `screen` (and any notices to show beside it). */
  mount(screen: HTMLElement, ...notices: HTMLElement[]): HTMLElement {
    this.root.replaceChildren(screen, ...notices);
    return screen;
  }

  clear(): void {
    this.root.replaceChildren();
  }

  /**
   * Something went wrong outside any scene's care: say so plainly and offer a way back. The panel sits
   * in a layer of its own above the screens, so a scene that mounts its next screen cannot sweep it
   * away, and the game under it takes no keys or clicks until the player goes back.
   */
  showUnexpectedProblem(detail: string, progressKept: boolean, onRestart: () => void): void {
    if (document.querySelector('.unexpected-problem')) return;
    const panel = document.createElement('section');
    panel.className = 'problem unexpected-problem';
    panel.setAttribute('role', 'alert');
    const title = document.createElement('h2');
    title.textContent = 'Something went wrong';
    const body = document.createElement('p');
    body.textContent = progressKept
      ? 'The game hit a problem it did not expect. Your progress is saved after every choice, so you can pick up where you left off.'
      : 'The game hit a problem it did not expect. Going back to the title screen starts it afresh.';
    const code = document.createElement('code');
    code.textContent = detail;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Back to the title screen';
    button.addEventListener('click', onRestart);
    const actions = document.createElement('div');
    actions.className = 'actions';
    actions.append(button);
    panel.append(title, body, code, actions);
    const layer = document.createElement('div');
    layer.className = 'problem-layer';
    layer.append(panel);
    // Keys stop here: the scenes listen on the window, and a digit must not make a choice behind the panel.
    // (Enter and Space still press the focused button: that is the browser's default action, not a listener.)
    window.addEventListener('keydown', (event) => event.stopPropagation(), { capture: true });
    this.root.inert = true;
    (this.root.parentElement ?? document.body).append(layer);
    button.focus();
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
