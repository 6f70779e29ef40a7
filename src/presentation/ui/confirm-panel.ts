/**
 * A question asked in the page before something is thrown away: "Close these 2 logs?" with a way on
 * and a way back. In the game's own look and reachable by keyboard, where window.confirm would be the
 * browser's, block the page, and be switched off by some browsers after a few.
 */
import { h } from './dom.ts';

export interface ConfirmQuestion {
  readonly question: string;
  readonly detail: string;
  /** What going on does ("Close them and go back"). */
  readonly confirm: string;
  /** What staying does ("Keep them open"); it has the focus, so a stray Enter loses nothing. */
  readonly cancel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

let asked = 0;

function confirmPanel(ask: ConfirmQuestion): HTMLElement {
  const id = `confirm-${++asked}`;
  return h('section', { className: 'confirm-panel', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': `${id}-q`, 'aria-describedby': `${id}-d` },
    h('h2', { id: `${id}-q` }, ask.question),
    h('p', { id: `${id}-d` }, ask.detail),
    h('div', { className: 'actions' },
      h('button', { type: 'button', className: 'confirm-stay', onClick: ask.onCancel }, ask.cancel),
      h('button', { type: 'button', className: 'secondary', onClick: ask.onConfirm }, ask.confirm),
    ),
  );
}

/**
 * Show `ask` at the top of `screen`, everything else inert until it is answered; the focus goes to
 * staying, and comes back to `opener` when the player stays. Returns how to cancel it (for Esc).
 */
export function askInScreen(screen: HTMLElement, ask: ConfirmQuestion, opener: Element | null): () => void {
  const others = Array.from(screen.children).filter((child): child is HTMLElement => child instanceof HTMLElement);
  const close = () => {
    panel.remove();
    for (const other of others) other.inert = false;
  };
  const panel = confirmPanel({
    ...ask,
    onConfirm: () => {
      close();
      ask.onConfirm();
    },
    onCancel: () => {
      close();
      ask.onCancel();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    },
  });
  for (const other of others) other.inert = true;
  screen.prepend(panel);
  panel.querySelector<HTMLElement>('.confirm-stay')?.focus();
  return () => panel.querySelector<HTMLElement>('.confirm-stay')?.click();
}
