/** The title screen's way to saved logs, for trainers: a quiet button under the start prompt. */
import { h } from './dom.ts';

export const OPEN_LOGS_LABEL = 'Open saved logs';

export function openLogsButton(onOpen: () => void): HTMLElement {
  return h('button', {
    type: 'button',
    className: 'secondary logs-entry',
    'data-own-keys': '',
    onClick: (event: Event) => {
      event.stopPropagation(); // the title screen starts the game on any other click
      onOpen();
    },
  }, OPEN_LOGS_LABEL);
}

/**
 * Keys that must not trigger "press any key to start": moving focus (Tab, with or without Shift),
 * modifier keys on their own, and any key pressed on a control that handles its own keys.
 */
export function keepsKey(event: KeyboardEvent): boolean {
  if (['Tab', 'Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return true;
  return event.target instanceof Element && event.target.closest('[data-own-keys]') !== null;
}
