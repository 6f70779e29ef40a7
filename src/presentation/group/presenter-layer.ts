/**
 * What presenting to a room adds around a screen: the high-contrast theme, the pointer that hides
 * when idle, the presenter's toolbar (a visible control for every key), the blanked screen and the
 * "?" help. It sits beside the overlay (not in it), so it stays while the scene changes pages, and
 * `dispose` takes every piece and listener away again.
 */
import type { FullScreen } from '../../core/display-ports.ts';
import { Lifetime } from '../lifetime.ts';
import { h } from '../ui/dom.ts';
import { keysHelpView } from '../ui/group-views.ts';
import { closesHelp, presenterAction, type KeyPlace, type PresenterAction } from './presenter-keys.ts';

/** The pointer hides after this long without moving, so it never sits on the text in front of the room. */
export const POINTER_IDLE_MS = 3000;

/** The class that switches the HTML layer to the group theme (style.css, "Group play"). */
export const GROUP_THEME_CLASS = 'group-mode';

export interface PresenterLayerOptions {
  /** The actions this screen offers, in toolbar order; the layer does blank, full screen and help itself. */
  readonly actions: readonly PresenterAction[];
  /** Do one of the screen's own actions (back, meters, …), from its key or its toolbar button. */
  readonly onAction: (action: PresenterAction) => void;
  readonly fullScreen: FullScreen;
  /** Say something to screen-reader users. */
  readonly announce: (text: string) => void;
}

/** The element the theme class and the layer go on: the game's whole frame. */
export function presenterHost(): HTMLElement {
  return document.getElementById('app') ?? document.body;
}

/** What kind of element a key press happened in. */
export function keyPlace(target: EventTarget | null): KeyPlace {
  if (target instanceof HTMLInputElement) return target.type === 'number' ? 'vote-box' : target.type === 'radio' || target.type === 'checkbox' ? 'button' : 'text-field';
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return 'text-field';
  if (target instanceof HTMLElement && target.isContentEditable) return 'text-field';
  if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) return 'button';
  return 'elsewhere';
}

/** Each toolbar button: its label, the key shown beside it, and that key for `aria-keyshortcuts`. */
const BUTTON_TEXT: Readonly<Partial<Record<PresenterAction, { readonly label: string; readonly key: string; readonly shortcut: string }>>> = {
  back: { label: '◀ Back', key: '←', shortcut: 'ArrowLeft PageUp' },
  next: { label: 'Next ▶', key: '→', shortcut: 'ArrowRight PageDown' },
  blank: { label: 'Blank', key: 'B', shortcut: 'B' },
  meters: { label: 'Show meters', key: 'H', shortcut: 'H' },
  fullscreen: { label: 'Full screen', key: 'F', shortcut: 'F' },
  help: { label: 'Keys', key: '?', shortcut: 'Shift+?' },
};

export class PresenterLayer {
  private readonly host: HTMLElement;
  private readonly options: PresenterLayerOptions;
  private readonly layer: HTMLElement;
  private readonly veil: HTMLElement;
  private readonly buttons = new Map<PresenterAction, HTMLButtonElement>();
  /** Until dispose: the full-screen answer and the idle timer do nothing after it. */
  private readonly life = new Lifetime();
  private help: HTMLElement | undefined;
  private focusBeforeHelp: HTMLElement | undefined;
  private idleTimer: number | undefined;

  constructor(host: HTMLElement, options: PresenterLayerOptions) {
    this.host = host;
    this.options = options;
    this.veil = h('div', { className: 'blank-veil', hidden: true, onClick: () => this.setBlank(false) },
      h('p', {}, 'Screen blanked. Press any key or click to come back.'));
    const toolbar = h('div', { className: 'presenter-toolbar', role: 'toolbar', 'aria-label': 'Presenter controls' },
      options.actions.flatMap((action) => {
        const text = BUTTON_TEXT[action];
        if (!text) return [];
        const button = h('button', { type: 'button', className: 'compact secondary', 'aria-keyshortcuts': text.shortcut, onClick: () => this.act(action) },
          h('span', { className: 'tool-label' }, text.label), h('kbd', { 'aria-hidden': 'true' }, text.key));
        if (action === 'fullscreen' && !options.fullScreen.available) button.disabled = true;
        this.buttons.set(action, button);
        return [button];
      }),
    );
    this.layer = h('div', { className: 'presenter-layer' }, toolbar, this.veil);
    host.classList.add(GROUP_THEME_CLASS);
    host.append(this.layer);
    this.showFullScreen(options.fullScreen.active);
    this.life.own(options.fullScreen.onChange((active) => this.showFullScreen(active)));
    // Keys while blanked or while the help is up go no further: not into a vote box, not to the scene.
    const capture = (event: KeyboardEvent) => this.intercept(event);
    window.addEventListener('keydown', capture, { capture: true });
    this.life.own(() => window.removeEventListener('keydown', capture, { capture: true }));
    const moved = () => this.pointerMoved();
    window.addEventListener('pointermove', moved, { passive: true });
    window.addEventListener('pointerdown', moved, { passive: true });
    this.life.own(() => {
      window.removeEventListener('pointermove', moved);
      window.removeEventListener('pointerdown', moved);
    });
    this.life.own(() => window.clearTimeout(this.idleTimer));
    this.restartIdle();
  }

  get blanked(): boolean {
    return !this.veil.hidden;
  }

  get helpOpen(): boolean {
    return this.help !== undefined;
  }

  /**
   * A key press on the screen (after the capture above let it through): the layer's own actions are
   * done here; the screen's actions are returned for it to do. Undefined: nothing for the screen.
   */
  handleKey(event: KeyboardEvent): PresenterAction | undefined {
    const action = presenterAction({ key: event.key, place: keyPlace(event.target), modified: event.ctrlKey || event.altKey || event.metaKey });
    if (!action || !this.options.actions.includes(action)) return undefined;
    event.preventDefault();
    if (action === 'blank' || action === 'fullscreen' || action === 'help') {
      this.act(action);
      return undefined;
    }
    return action;
  }

  /** Show the meters button as showing or hiding them. */
  setMetersShown(shown: boolean): void {
    const label = this.buttons.get('meters')?.querySelector('.tool-label');
    if (label) label.textContent = shown ? 'Hide meters' : 'Show meters';
  }

  setBlank(on: boolean): void {
    if (on === this.blanked) return;
    this.veil.hidden = !on;
    this.host.classList.toggle('blanked', on);
    if (on) this.closeHelp();
    this.options.announce(on ? 'Screen blanked. Press any key to come back.' : 'Screen back.');
  }

  dispose(): void {
    this.closeHelp();
    this.life.end();
    this.host.classList.remove(GROUP_THEME_CLASS, 'pointer-idle', 'blanked');
    this.layer.remove();
  }

  private act(action: PresenterAction): void {
    if (action === 'blank') this.setBlank(!this.blanked);
    else if (action === 'help') this.toggleHelp();
    else if (action === 'fullscreen') void this.toggleFullScreen();
    else this.options.onAction(action);
  }

  private intercept(event: KeyboardEvent): void {
    if (!this.blanked && !this.helpOpen) return;
    // Tab stays with the help's Close button; Enter and Space press it.
    if (this.helpOpen && !this.blanked && (event.key === 'Enter' || event.key === ' ') && event.target === this.help?.querySelector('button')) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.repeat) return;
    if (this.blanked) this.setBlank(false);
    else if (closesHelp(event.key)) this.closeHelp();
  }

  private toggleHelp(): void {
    if (this.help) return this.closeHelp();
    this.focusBeforeHelp = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    this.help = keysHelpView(this.options.actions, () => this.closeHelp());
    this.layer.append(this.help);
    this.help.querySelector('button')?.focus();
  }

  private closeHelp(): void {
    if (!this.help) return;
    this.help.remove();
    this.help = undefined;
    if (this.focusBeforeHelp?.isConnected) this.focusBeforeHelp.focus();
    this.focusBeforeHelp = undefined;
  }

  private async toggleFullScreen(): Promise<void> {
    const { fullScreen } = this.options;
    if (!fullScreen.available) return this.options.announce('Full screen is not available in this browser window.');
    const done = await fullScreen.toggle();
    if (!done && this.life.alive) this.options.announce('The browser did not allow full screen just now. Press F again, or use the browser’s own full screen (often F11).');
  }

  private showFullScreen(active: boolean): void {
    const label = this.buttons.get('fullscreen')?.querySelector('.tool-label');
    if (label) label.textContent = active ? 'Leave full screen' : 'Full screen';
  }

  private pointerMoved(): void {
    this.host.classList.remove('pointer-idle');
    this.restartIdle();
  }

  private restartIdle(): void {
    if (!this.life.alive) return;
    if (this.idleTimer !== undefined) window.clearTimeout(this.idleTimer);
    this.idleTimer = window.setTimeout(() => this.host.classList.add('pointer-idle'), POINTER_IDLE_MS);
  }
}
