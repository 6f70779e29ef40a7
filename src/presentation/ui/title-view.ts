/**
 * The title screen's HTML: the name, the start prompt, and two places the saved games fill in
 * (saved-games-view.ts, loaded only when there are any): the main one, for what to do about a
 * play-through in progress, and the list of recent ones.
 */
import { h } from './dom.ts';

export const START_PROMPT = 'Press any key or click to start';

export interface TitleView {
  readonly screen: HTMLElement;
  /** Holds the start prompt, or what to decide about a saved game first. */
  readonly main: HTMLElement;
  /** Holds the recent play-throughs and the saves put to one side. */
  readonly saved: HTMLElement;
}

/** `checking`: saved games are being looked at, so the prompt waits (a key must not start past them). */
export function titleView(options: { readonly checking: boolean; readonly storageOff: boolean }, onStart: () => void): TitleView {
  const main = h('div', { className: 'title-main' }, options.checking ? checkingLine() : startPrompt(onStart));
  const saved = h('div', { className: 'title-saved' });
  const screen = h('section', { className: 'title-screen', 'aria-labelledby': 'game-title' },
    h('h1', { id: 'game-title' }, 'Manage or Lead?'),
    h('p', { className: 'tagline' }, 'Real decisions from a sales manager’s week. Play them through, then see the pattern in how you manage and how you lead.'),
    main,
    options.storageOff ? storageNotice() : null,
    saved,
    teamPicture(),
  );
  return { screen, main, saved };
}

export function startPrompt(onStart: () => void): HTMLElement {
  return h('button', { className: 'prompt-button', type: 'button', onClick: onStart }, START_PROMPT);
}

function checkingLine(): HTMLElement {
  return h('p', { className: 'title-checking', role: 'status' }, 'Looking for your saved games…');
}

/** The six people of the team along the foot of the screen; decoration (style.css draws them), hidden from screen readers. */
function teamPicture(): HTMLElement {
  return h('div', { className: 'title-cast', 'aria-hidden': 'true' }, ['tomas', 'priya', 'ruth', 'dev', 'sam', 'helen'].map((person) => h('span', { className: person })));
}

/** Shown wherever progress cannot be kept, so nobody is surprised later. */
export function storageNotice(): HTMLElement {
  return h('p', { className: 'storage-notice', role: 'status' },
    'This browser is not letting the game save (private browsing, or storage is full or switched off). You can play, but your progress will not be kept if you close the page.');
}
