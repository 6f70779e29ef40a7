/** The HTML of the play screen: the dialogue panel with its lines and choices, and the problem panel. */
import type { StoryChoice, StoryFailure } from '../../core/story/runner.ts';
import type { Page } from '../play/pages.ts';
import { cueFor } from '../assets/manifest.ts';
import { h, replaceChildrenWith } from './dom.ts';

/** The words for a sound, for people who play with the sound off or cannot hear it. */
function captionFor(cue: string): string {
  return cueFor(cue)?.caption ?? `Sound: ${cue}`;
}

export interface DialogueOptions {
  readonly page: Page;
  /** The choices to offer under the text (empty until the last page of a beat). */
  readonly choices: readonly StoryChoice[];
  /** What the forward button does: another page, the end of the story, or nothing (choices instead). */
  readonly next: 'page' | 'end' | 'none';
  readonly onChoose: (index: number) => void;
  readonly onNext: () => void;
}

/**
 * The dialogue panel, made once per play-through and kept from page to page: only what is inside it
 * changes. Keyboard focus rests on the panel itself (Enter, Space and → turn the page; Tab reaches
 * the buttons), so showing a page moves no focus. Moving it, or removing the element that had it,
 * made the browser work out the page's styles and layout there and then, twice over: 2–3 ms of each
 * choice on a 2-core laptop, more than the new text itself (docs/performance.md#choice-latency).
 */
export function dialoguePanel(): HTMLElement {
  return h('section', { className: 'dialogue', 'aria-label': 'Story', tabindex: '-1' });
}

/** Show a page's lines, and its choices or forward button, in `panel`. Returns the page as it is read out to screen readers. */
export function showDialoguePage(panel: HTMLElement, options: DialogueOptions): string {
  const { page, choices, next } = options;
  const lines = page.lines.map((line) =>
    h('p', { className: line.speaker ? 'line' : 'line narration' },
      line.cue ? h('span', { className: 'caption' }, `[${captionFor(line.cue)}]`) : null,
      line.speaker ? h('span', { className: 'speaker' }, line.speaker) : null,
      line.text),
  );
  const choiceButtons = choices.map((choice, i) =>
    h('li', {}, h('button', { type: 'button', 'aria-keyshortcuts': i < 9 ? String(i + 1) : undefined, onClick: () => options.onChoose(choice.index) },
      h('span', { className: 'key', 'aria-hidden': 'true' }, i < 9 ? String(i + 1) : ''),
      h('span', { className: 'choice-text' }, choice.text),
    )),
  );
  const nextButton =
    next === 'none' ? null : h('button', { type: 'button', className: 'next', onClick: options.onNext }, next === 'page' ? 'Continue' : 'See how it went');
  const parts = [
    h('div', { className: 'lines' }, lines),
    choices.length > 0 ? h('ul', { className: 'choices', 'aria-label': 'What do you do?' }, choiceButtons) : null,
    nextButton ? h('div', { className: 'continue-row' }, nextButton) : null,
  ];
  replaceChildrenWith(panel, parts);
  const spoken = page.lines.map((line) => (line.speaker ? `${line.speaker}: ${line.text}` : line.text));
  if (choices.length > 0) spoken.push(`${choices.length} choices. Press 1 to ${Math.min(choices.length, 9)}, or Tab to them.`);
  else if (nextButton) spoken.push(next === 'page' ? 'Press Enter to continue.' : 'Press Enter to see how it went.');
  return spoken.join('\n');
}

export function problemView(failure: StoryFailure, onBack: () => void): HTMLElement {
  return h('section', { className: 'problem', role: 'alert', 'aria-labelledby': 'problem-title' },
    h('h2', { id: 'problem-title' }, 'This scenario hit a problem'),
    h('p', {}, 'The story could not go on from here. Please pass the details below to whoever looks after your scenarios.'),
    h('code', {}, failure.message),
    h('div', { className: 'actions' }, h('button', { type: 'button', onClick: onBack }, 'Back to the scenarios')),
  );
}

/**
 * A save whose place in the story would not restore (its choices are intact): no raw error, but what
 * happened to the save, said truthfully, and its choices offered as a file.
 */
export function restoreFailedView(storyTitle: string, decisions: number, setAside: boolean, actions: { readonly onSaveChoices: () => void; readonly onBack: () => void }): HTMLElement {
  const them = decisions === 1 ? 'it' : 'them';
  const kept = setAside
    ? `${decisions === 1 ? 'It has' : 'They have'} been put to one side with the save, not deleted`
    : `The save could not be put to one side (this browser is not letting the game save just now), so it is left as it was`;
  return h('section', { className: 'problem', role: 'alert', 'aria-labelledby': 'problem-title' },
    h('h2', { id: 'problem-title' }, 'Your place in this scenario could not be restored'),
    h('p', {}, `Part of your saved game of “${storyTitle}” is damaged: the part that keeps your place in the story. Your ${decisions === 1 ? 'choice' : `${decisions} choices`} so far ${decisions === 1 ? 'is' : 'are'} intact. ${kept}: save ${them} as a file to open later with “Open saved logs”.`),
    h('div', { className: 'actions' },
      h('button', { type: 'button', onClick: actions.onSaveChoices }, 'Save my choices as a file'),
      h('button', { type: 'button', className: 'secondary', onClick: actions.onBack }, 'Back to the scenarios')),
  );
}
