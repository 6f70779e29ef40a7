/**
 * The title screen's saved games, as HTML: what to do about a play-through in progress, and the list
 * of recent play-throughs and saves put to one side. Loaded with the saves' check (screens/title-saves.ts),
 * never with the title's first script.
 */
import type { ResumeOffer } from '../../core/save/resume-offer.ts';
import type { DamagedSave } from '../../core/save/saved-games.ts';
import { h, replaceChildrenWith, type Child } from './dom.ts';
import { countOf, describeWhen } from './text.ts';

export interface OfferActions {
  readonly onResume: () => void;
  /** Put the saved game aside and begin afresh. */
  readonly onStartOver: () => void;
  /** Save the choices of a save that cannot be resumed, as a log file. */
  readonly onSaveChoices?: () => void;
}

const button = (label: string, onClick: () => void, className?: string) => h('button', { type: 'button', className, onClick }, label);

function panel(title: string, text: string, ...buttons: Child[]): HTMLElement {
  return h('div', { className: 'resume-panel', role: 'group', 'aria-labelledby': 'resume-title' },
    h('h2', { id: 'resume-title' }, title), h('p', {}, text), h('div', { className: 'actions' }, buttons));
}

/** What to do about a play-through in progress. */
export function offerPanel(offer: ResumeOffer, actions: OfferActions): HTMLElement {
  const { save } = offer;
  const decisions = save.snapshot.log.decisions.length;
  const saveChoices = actions.onSaveChoices ? [button('Save my choices as a file', actions.onSaveChoices)] : [];
  const startOver = button('Start over', actions.onStartOver, actions.onSaveChoices ? 'secondary' : undefined);
  switch (offer.kind) {
    case 'resume':
      return panel(
        'Pick up where you left off?',
        `“${save.storyTitle}”: ${countOf(decisions, 'decision')} made, saved ${describeWhen(save.savedAt)}.`,
        button('Resume', actions.onResume),
        button('Start over', actions.onStartOver, 'secondary'),
      );
    case 'story-changed':
    case 'story-missing':
      return panel(
        offer.kind === 'story-changed' ? 'This scenario has changed' : 'This scenario is no longer here',
        `“${save.storyTitle}” ${offer.kind === 'story-changed' ? 'has been updated' : 'is not in this version of the game'} since you saved, so your place in it can’t be restored. Your choices so far are kept: save them as a file to open later with “Open saved logs”.`,
        saveChoices,
        startOver,
      );
    case 'cannot-restore':
      return panel(
        'Your place in this scenario can’t be restored',
        `Part of your saved game of “${save.storyTitle}” is damaged: the part that keeps your place in the story. Your ${countOf(decisions, 'choice')} so far ${decisions === 1 ? 'is' : 'are'} intact: save ${decisions === 1 ? 'it' : 'them'} as a file to open later with “Open saved logs”.`,
        saveChoices,
        startOver,
      );
  }
}

/** What became of saves found unreadable on this visit, said truthfully: put aside, or left where they were. */
export function damagedNote(damaged: readonly DamagedSave[]): string {
  const one = damaged.length === 1;
  const reasons = damaged.map((save) => `${capitaliseFirst(save.problem.message)}.`).join(' ');
  const fate = damaged.every((save) => save.setAside)
    ? `${one ? 'It has' : 'They have'} been put to one side, not deleted: you can save ${one ? 'it' : 'them'} as a file from “Put to one side”.`
    : `${one ? 'It' : 'Some'} could not be put to one side, because this browser is not letting the game save just now; ${one ? 'it is' : 'they are'} left where ${one ? 'it was' : 'they were'} and will be looked at again next time.`;
  return `${one ? 'A saved game' : `${damaged.length} saved games`} could not be opened. ${reasons} ${fate}`;
}

/** A line of news under what the title offers. */
export function notice(text: string): HTMLElement {
  return h('p', { className: 'elsewhere-notice', role: 'status' }, text);
}

/** Saves found unreadable on this visit, with nothing else to offer first. */
export function damagedPanel(damaged: readonly DamagedSave[], actions: { readonly onStartFresh: () => void; readonly onDelete: () => void }): HTMLElement {
  const reasons = damaged.map((save) => `${capitaliseFirst(save.problem.message)}.`).join(' ');
  const fate = damaged.every((save) => save.setAside)
    ? `${damaged.length === 1 ? 'It has' : 'They have'} been put to one side, not deleted: you can save ${damaged.length === 1 ? 'it' : 'them'} as a file from “Put to one side”. You can start fresh now.`
    : 'It could not be put to one side, because this browser is not letting the game save just now; it is left where it was and will be looked at again next time. You can start fresh now.';
  return panel(
    damaged.length === 1 ? 'Your saved game could not be opened' : `${damaged.length} saved games could not be opened`,
    `${reasons} ${fate}`,
    button('Start fresh', actions.onStartFresh),
    button(damaged.length === 1 ? 'Delete the damaged save' : 'Delete the damaged saves', actions.onDelete, 'secondary'),
  );
}

/** Play-throughs open in another tab: said, not offered (the two tabs would save over each other). */
export function elsewhereNotice(titles: readonly string[]): HTMLElement {
  const names = titles.map((title) => `“${title}”`).join(' and ');
  return notice(`${names} ${titles.length === 1 ? 'is' : 'are'} open in another tab of this browser. Carry on there, or close that tab to pick it up here.`);
}

/** One row of the list: what it is, when, and what can be done with it. */
export interface SavedRow {
  readonly title: string;
  readonly detail: string;
  readonly actions: readonly { readonly label: string; readonly onClick: () => void }[];
  /** Removing asks first, in the row: "Remove for good?". */
  readonly onRemove: () => void;
  readonly removeLabel: string;
}

export interface SavedSection {
  readonly heading: string;
  readonly rows: readonly SavedRow[];
  /** The rule of how many are kept, told to the player. */
  readonly rule: string;
}

/** How many rows of a section show before "Show all". */
const ROWS_SHOWN = 3;

/** The recent play-throughs and the saves put to one side, in one card. Keys and clicks in it are its own. */
export function savedGamesList(sections: readonly SavedSection[]): HTMLElement | null {
  const shown = sections.filter((section) => section.rows.length > 0);
  if (shown.length === 0) return null;
  return h('div', { className: 'saved-games', 'data-own-keys': '', onClick: (event: Event) => event.stopPropagation() },
    shown.map((section, i) => sectionView(section, `saved-games-${i}`)));
}

function sectionView(section: SavedSection, id: string): HTMLElement {
  const list = h('ul', { 'aria-labelledby': id }, section.rows.map((row, i) => rowView(row, i >= ROWS_SHOWN)));
  const more = section.rows.length > ROWS_SHOWN
    ? button(`Show all ${section.rows.length}`, () => {
        list.querySelectorAll<HTMLElement>('li[hidden]').forEach((item) => item.removeAttribute('hidden'));
        more?.remove();
        list.querySelectorAll<HTMLElement>('li')[ROWS_SHOWN]?.querySelector('button')?.focus();
      }, 'secondary compact show-all')
    : null;
  return h('section', { className: 'saved-section' }, h('h2', { id }, section.heading), list, more, h('p', { className: 'saved-rule' }, section.rule));
}

function rowView(row: SavedRow, hidden: boolean): HTMLElement {
  const actions = h('div', { className: 'saved-actions' });
  const offerActions = () => replaceChildrenWith(actions, [
    row.actions.map((action) => button(action.label, action.onClick, 'compact')),
    button(row.removeLabel, askFirst, 'compact secondary'),
  ]);
  const askFirst = () => {
    actions.replaceChildren(
      h('span', { className: 'saved-confirm' }, `${row.removeLabel} for good?`),
      button(`Yes, ${row.removeLabel.toLowerCase()}`, row.onRemove, 'compact'),
      button('Keep it', () => {
        offerActions();
        actions.querySelector('button')?.focus();
      }, 'compact secondary'),
    );
    actions.querySelector('button')?.focus();
  };
  offerActions();
  return h('li', { className: 'saved-row', hidden }, h('div', { className: 'saved-text' }, h('strong', {}, row.title), h('span', {}, row.detail)), actions);
}

export function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
