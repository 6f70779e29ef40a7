/**
 * The scenario list's part for a person's own stories: the way to open .ink files, what the check
 * found (every error and warning as `file.ink line N: message`, in a panel beside the list, never over
 * it), and the card of each own story with a way to take it off the list.
 */
import type { OwnStoryCheck, OwnStoryProblem } from '../../core/story/own-stories.ts';
import { appendChildren, h } from './dom.ts';
import { filePicker } from './file-input.ts';

/** What the panel shows: nothing, a check under way, or what the last one found. */
export type OwnStoryState =
  | { readonly kind: 'none' }
  | { readonly kind: 'checking'; readonly names: readonly string[] }
  /** `added`: the story is on the list (under this key); `refused`: why it was not put there. */
  | { readonly kind: 'checked'; readonly check: OwnStoryCheck; readonly added?: { readonly title: string; readonly key: number | undefined }; readonly refused?: string }
  | { readonly kind: 'unreadable'; readonly message: string };

export const OPEN_STORY_LABEL = 'Open story files…';
export const STORY_DROP_HINT = 'Drop your .ink files here to play them';

export function ownStorySection(state: OwnStoryState, remembered: boolean, onFiles: (files: FileList) => void, onClose: () => void): HTMLElement {
  return h('section', { className: 'own-story', 'aria-labelledby': 'own-story-title' },
    h('h2', { id: 'own-story-title' }, 'Bring your own scenario'),
    h('p', { className: 'own-story-intro' },
      'Open an Ink story (.ink) you wrote, together with the files it INCLUDEs, or drop them on this page. ',
      'It is checked the way the game’s own scenarios are, and stays on the list until this tab is closed. The files never leave this computer.'),
    h('div', { className: 'actions' }, filePicker(OPEN_STORY_LABEL, onFiles, { id: 'story-file-input', accept: '.ink' })),
    remembered ? null : h('p', { className: 'story-notice' }, 'This browser would not keep your stories for the session: they stay on the list until the page is reloaded.'),
    statePanel(state, onClose),
    h('div', { className: 'drop-veil', 'aria-hidden': 'true' }, h('p', {}, STORY_DROP_HINT)),
  );
}

function statePanel(state: OwnStoryState, onClose: () => void): HTMLElement {
  // Always in the page, so that a screen reader hears what the check found when it arrives.
  const panel = h('div', { className: 'own-story-panel', role: 'region', 'aria-label': 'Your scenario', 'aria-live': 'polite' });
  if (state.kind === 'none') return panel;
  const close = h('button', { type: 'button', className: 'secondary compact', onClick: onClose }, 'Close');
  if (state.kind === 'checking') {
    panel.append(h('p', { className: 'own-story-status' }, `Checking ${state.names.join(', ')}…`));
    return panel;
  }
  if (state.kind === 'unreadable') {
    panel.append(h('h3', { tabindex: '-1' }, 'The files could not be opened'), h('p', {}, state.message), close);
    panel.classList.add('has-errors');
    return panel;
  }
  const { check, added, refused } = state;
  const errors = check.problems.filter((problem) => problem.severity === 'error');
  const warnings = check.problems.filter((problem) => problem.severity === 'warning');
  const playable = check.story !== undefined && !refused;
  panel.classList.toggle('has-errors', !playable);
  const parts = [
    h('h3', { tabindex: '-1' }, added ? `“${added.title}” is on the list` : `${check.file || 'The story'} cannot be played yet`),
    h('p', {}, added
      ? `${added.key === undefined ? 'Pick its card to play it.' : `Press ${added.key} or pick its card to play it.`}${check.problems.length > 0 ? ' The check found what follows; the story plays anyway.' : ' The check found nothing to fix.'}`
      : refused ?? `Fix ${errors.length === 1 ? 'this' : 'these'} and open the files again.`),
    problemList(errors.length === 1 ? 'One error' : `${errors.length} errors`, errors),
    problemList(warnings.length === 1 ? 'One warning' : `${warnings.length} warnings`, warnings),
    close,
  ];
  appendChildren(panel, parts);
  return panel;
}

function problemList(heading: string, problems: readonly OwnStoryProblem[]): HTMLElement | null {
  if (problems.length === 0) return null;
  return h('div', { className: 'own-story-problems' }, h('h4', {}, heading), h('ul', {}, problems.map((problem) => h('li', {}, problem.text))));
}

/** The button that takes an own story off the list, beside its card. */
export function removeStoryButton(title: string, onRemove: () => void): HTMLElement {
  return h('button', { type: 'button', className: 'secondary compact remove-story', 'aria-label': `Remove “${title}” from the list`, onClick: onRemove }, 'Remove');
}
