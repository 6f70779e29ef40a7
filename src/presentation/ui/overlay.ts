/**
 * The HTML layer over the canvas. Each scene mounts its screen here and the overlay removes it when
 * the scene shuts down; `announce` speaks through a live region for screen readers.
 */
import type { ProgressState } from '../../core/save/autosave.ts';
import { replaceChildrenWith } from './dom.ts';
import { boundedMessage } from '../../core/text/excerpt.ts';

/** What the crash panel may say about the progress of this page's play-through (undefined: none), true to what was kept. */
export function progressSentence(state: ProgressState | undefined): string {
  switch (state) {
    case 'saved':
      return 'Your progress is saved up to your last choice, so you can pick up where you left off.';
    case 'not-yet':
      return 'Nothing of this scenario had been saved yet, so going back to the title screen starts it afresh.';
    case 'not-saved':
      return 'This browser could not save your progress, so going back to the title screen starts the scenario afresh.';
    case 'kept':
      return 'Your finished play-through is kept: you will find it on the title screen under “Recent play-throughs”.';
    case 'not-kept':
      return 'This browser could not keep your finished play-through, so it will be gone once you leave this page.';
    case undefined:
      return 'Going back to the title screen starts the game again.';
  }
}

export class Overlay {
  private readonly root: HTMLElement;
  private readonly announcer: HTMLElement;

  constructor(root: HTMLElement, announcer: HTMLElement) {
    this.root = root;
    this.announcer = announcer;
  }

  /** Replace whatever is shown with `screen` (and any notices to show beside it). */
  mount(screen: HTMLElement, notices: readonly HTMLElement[] = []): HTMLElement {
    replaceChildrenWith(this.root, [screen, notices]);
    return screen;
  }

  clear(): void {
    this.root.replaceChildren();
  }

  /**
   * Something went wrong outside any scene's care: say so plainly, with what is true of the player's
   * progress (`progress`, one sentence), and offer a way back.
   */
  showUnexpectedProblem(detail: string, progress: string, onRestart: () => void): void {
    // An error's message may quote whatever it was reading (a file, a save): bounded like every other.
    this.stopWith('unexpected-problem', 'Something went wrong', `The game hit a problem it did not expect. ${progress}`, boundedMessage(detail), onRestart);
  }

  /** Another tab of this browser opened this play-through first: this one stops saving it and says so. */
  showOpenElsewhere(onBack: () => void): void {
    this.stopWith(
      'open-elsewhere',
      'This play-through is open in another tab',
      'Another tab of this browser opened this play-through first, so this tab has stopped saving it (the two would save over each other). Carry on in the other tab, or close it and come back to the title screen here.',
      undefined,
      onBack,
    );
  }

  /**
   * A panel in a layer of its own above the screens, so a scene that mounts its next screen cannot
   * sweep it away, and the game under it takes no keys or clicks until the player goes back.
   */
  private stopWith(className: string, heading: string, text: string, detail: string | undefined, onBack: () => void): void {
    if (document.querySelector('.problem-layer')) return;
    const panel = document.createElement('section');
    panel.className = `problem ${className}`;
    panel.setAttribute('role', 'alert');
    const title = document.createElement('h2');
    title.textContent = heading;
    const body = document.createElement('p');
    body.textContent = text;
    panel.append(title, body);
    if (detail !== undefined) {
      const code = document.createElement('code');
      code.textContent = detail;
      panel.append(code);
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Back to the title screen';
    button.addEventListener('click', onBack);
    const actions = document.createElement('div');
    actions.className = 'actions';
    actions.append(button);
    panel.append(actions);
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
