/**
 * The presenter's keys: a clicker's (→ ← PageDown PageUp, and the "." or B of its blank button) and a
 * keyboard's. One table says which key does what and also writes the "?" help, so the two never
 * disagree. Pure: the scene turns a key press into an action here and does the action itself.
 */

export type PresenterAction = 'next' | 'back' | 'blank' | 'meters' | 'fullscreen' | 'timer' | 'help';

/** Where the key was pressed: the kind of element that had focus. */
export type KeyPlace = 'vote-box' | 'text-field' | 'button' | 'elsewhere';

export interface PresenterKey {
  readonly key: string;
  readonly place: KeyPlace;
  /** Ctrl, Alt or Meta held: the browser's shortcut, not ours. */
  readonly modified: boolean;
}

const ACTIONS: Readonly<Record<string, PresenterAction>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  ArrowLeft: 'back',
  PageUp: 'back',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  h: 'meters',
  H: 'meters',
  f: 'fullscreen',
  F: 'fullscreen',
  t: 'timer',
  T: 'timer',
  '?': 'help',
};

/**
 * The action for a key, or undefined to leave the key alone. In a text field every key types; on a
 * button Enter and Space press the button; in a vote box the digits, + and − and the arrows ↑ ↓ change
 * the count, while the letters (which a number box never takes) and the clicker's keys still act.
 */
export function presenterAction({ key, place, modified }: PresenterKey): PresenterAction | undefined {
  if (modified || place === 'text-field') return undefined;
  if (place === 'button' && (key === 'Enter' || key === ' ')) return undefined;
  if (place === 'vote-box' && key === '.') return undefined;
  return ACTIONS[key];
}

/** The keys that close the help again. */
export function closesHelp(key: string): boolean {
  return key === 'Escape' || key === '?';
}

export interface KeyHelpRow {
  readonly keys: readonly string[];
  readonly does: string;
  /** The action the row is about, so a screen without it can leave the row out. */
  readonly action: PresenterAction;
}

export const KEY_HELP: readonly KeyHelpRow[] = [
  { keys: ['→', 'Page Down', 'Space', 'Enter'], does: 'Next page. At a decision: go with the room’s choice.', action: 'next' },
  { keys: ['←', 'Page Up'], does: 'Back a page, to read it again.', action: 'back' },
  { keys: ['B', '.'], does: 'Blank the screen. Any key or a click brings it back.', action: 'blank' },
  { keys: ['H'], does: 'Show or hide the meters (hidden at first, so the numbers don’t steer the room).', action: 'meters' },
  { keys: ['F'], does: 'Full screen on or off.', action: 'fullscreen' },
  { keys: ['T'], does: 'At a decision: start or pause the discussion timer.', action: 'timer' },
  { keys: ['?'], does: 'Show or hide these keys. Esc closes them too.', action: 'help' },
];

/** How vote entry works, under the table. */
export const VOTE_KEYS_NOTE =
  'In a vote box, type the count, or press + and − (or ↑ and ↓) to change it; Tab moves to the next option. ' +
  'B, H, F, T and ? still work there, because a vote box only takes numbers.';
