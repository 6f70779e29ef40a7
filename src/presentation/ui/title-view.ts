/** The title screen's HTML: the name, the start prompt, and what to do about a saved game. */
import type { ResumeOffer } from '../../core/save/resume-offer.ts';
import { h } from './dom.ts';
import { countOf, describeWhen } from './text.ts';

export interface TitleActions {
  readonly onStart: () => void;
  readonly onResume: () => void;
  /** Put the saved game aside and begin afresh. */
  readonly onStartOver: () => void;
  /** Delete a damaged save for good. */
  readonly onDiscard: () => void;
  /** Save the choices of a save that can no longer be resumed, as a log file. */
  readonly onSaveChoices?: () => void;
}

function offerPanel(offer: ResumeOffer, actions: TitleActions): HTMLElement | null {
  const panel = (title: string, text: string, ...buttons: HTMLElement[]) =>
    h('div', { className: 'resume-panel', role: 'group', 'aria-labelledby': 'resume-title' },
      h('h2', { id: 'resume-title' }, title), h('p', {}, text), h('div', { className: 'actions' }, ...buttons));
  const button = (label: string, onClick: () => void, secondary = false) =>
    h('button', { type: 'button', className: secondary ? 'secondary' : undefined, onClick }, label);
  switch (offer.kind) {
    case 'resume': {
      const log = offer.save.snapshot.log;
      return panel(
        'Pick up where you left off?',
        `“${offer.save.storyTitle}”: ${countOf(log.decisions.length, 'decision')} made, saved ${describeWhen(offer.save.savedAt)}.`,
        button('Resume', actions.onResume),
        button('Start over', actions.onStartOver, true),
      );
    }
    case 'story-changed':
    case 'story-missing':
      return panel(
        offer.kind === 'story-changed' ? 'This scenario has changed' : 'This scenario is no longer here',
        `“${offer.save.storyTitle}” ${offer.kind === 'story-changed' ? 'has been updated' : 'is not in this version of the game'} since you saved, so your place in it can’t be restored. Your choices so far are kept: save them as a file to open later with “Open saved logs”.`,
        ...(actions.onSaveChoices ? [button('Save my choices as a file', actions.onSaveChoices)] : []),
        button('Start over', actions.onStartOver, Boolean(actions.onSaveChoices)),
      );
    case 'unreadable':
      return panel(
        'Your saved game could not be opened',
        `${capitaliseFirst(offer.problem.message)}. It has been put to one side, not deleted. You can start fresh now.`,
        button('Start fresh', actions.onStartOver),
        button('Delete the damaged save', actions.onDiscard, true),
      );
    case 'no-storage':
    case 'nothing':
      return null;
  }
}

export function titleView(offer: ResumeOffer, actions: TitleActions): HTMLElement {
  const panel = offerPanel(offer, actions);
  return h('section', { className: 'title-screen', 'aria-labelledby': 'game-title', onClick: panel ? undefined : actions.onStart },
    h('h1', { id: 'game-title' }, 'Manage or Lead?'),
    h('p', { className: 'tagline' }, 'Real decisions from a sales manager’s week. Play them through, then see the pattern in how you manage and how you lead.'),
    panel ?? h('button', { className: 'prompt-button', type: 'button', onClick: actions.onStart }, 'Press any key or click to start'),
    offer.kind === 'no-storage' ? storageNotice() : null,
    teamPicture(),
  );
}

/** The six people of the team along the foot of the screen; decoration (style.css draws them), hidden from screen readers. */
function teamPicture(): HTMLElement {
  return h('div', { className: 'title-cast', 'aria-hidden': 'true' }, ...['tomas', 'priya', 'ruth', 'dev', 'sam', 'helen'].map((person) => h('span', { className: person })));
}

/** Shown wherever progress cannot be kept, so nobody is surprised later. */
export function storageNotice(): HTMLElement {
  return h('p', { className: 'storage-notice', role: 'status' },
    'This browser is not letting the game save (private browsing, or storage is full or switched off). You can play, but your progress will not be kept if you close the page.');
}

function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
