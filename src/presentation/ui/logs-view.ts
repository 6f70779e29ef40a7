/**
 * The saved-logs screen's HTML: the file picker, the files that could not be opened, the story
 * picker, and one log's card. The cohort itself is in cohort-view.ts.
 */
import type { ChoiceLog } from '../../core/log/choice-log.ts';
import type { StoryStatus } from '../../core/log/story-match.ts';
import { interpret } from '../../core/patterns/interpret.ts';
import { profileOf } from '../../core/patterns/profile.ts';
import { h } from './dom.ts';
import { countOf, describeWhen } from './text.ts';

export interface LogsScreenParts {
  readonly eyebrow: string;
  readonly title: string;
  readonly intro?: string;
  /** Buttons and the file picker, in a row under the title. */
  readonly tools: readonly (HTMLElement | null)[];
  readonly problems: readonly { readonly message: string }[];
  /** Things to know that are not failures ("kept under All stories"). */
  readonly notes?: readonly string[];
  readonly body: HTMLElement | null;
}

export const DROP_HINT = 'You can also drop log files anywhere on this page.';

export function logsScreen(parts: LogsScreenParts): HTMLElement {
  return h('section', { className: 'logs-screen on-night', 'aria-labelledby': 'logs-title' },
    h('header', { className: 'logs-header' },
      h('p', { className: 'eyebrow' }, parts.eyebrow),
      h('h1', { id: 'logs-title', tabindex: '-1' }, parts.title),
      parts.intro ? h('p', { className: 'logs-intro' }, parts.intro) : null,
      h('div', { className: 'logs-tools actions' }, parts.tools),
    ),
    parts.problems.length > 0
      ? h('div', { className: 'log-problems', role: 'alert' },
          h('h2', {}, parts.problems.length === 1 ? 'One file could not be opened' : `${parts.problems.length} files could not be opened`),
          h('ul', {}, parts.problems.map((problem) => h('li', {}, problem.message))))
      : null,
    parts.notes && parts.notes.length > 0 ? h('div', { className: 'log-notes', role: 'status' }, parts.notes.map((note) => h('p', {}, note))) : null,
    h('div', { className: 'logs-body' }, parts.body),
    h('div', { className: 'drop-veil', 'aria-hidden': 'true' }, h('p', {}, 'Drop the log files to open them')),
  );
}

export function button(label: string, onClick: () => void, secondary = true): HTMLElement {
  return h('button', { type: 'button', className: secondary ? 'secondary' : undefined, onClick }, label);
}

export function emptyBody(): HTMLElement {
  return h('div', { className: 'logs-empty' },
    h('p', {}, 'A log is saved from the end of a play-through with “Save log (JSON)”. Open one to walk back through its decisions, or open many from the same scenario to see how a whole group chose.'),
    h('p', {}, DROP_HINT),
  );
}

export interface StoryChoice {
  readonly title: string;
  readonly count: number;
  readonly status: StoryStatus | 'mixed';
  readonly onOpen: () => void;
}

const STATUS_NOTES = {
  missing: 'Not in this version of the game',
  changed: 'The scenario has changed since these logs were saved',
  mixed: 'Some of these logs come from an earlier version of the scenario',
} as const;

export function storyPickerBody(stories: readonly StoryChoice[]): HTMLElement {
  return h('ul', { className: 'scenario-list log-stories' },
    stories.map((story) =>
      h('li', {}, h('button', { type: 'button', className: 'scenario-card', onClick: story.onOpen },
        h('span', { className: 'card-title' }, story.title),
        h('span', { className: 'card-summary' }, story.count === 1 ? 'One log: its pattern and its debrief' : `${story.count} logs: how the group chose`),
        story.status === 'same' ? null : h('span', { className: 'card-meta' }, STATUS_NOTES[story.status]),
      ))),
  );
}

export interface SingleLogActions {
  readonly onPattern: (() => void) | undefined;
  readonly onDebrief: () => void;
  readonly exports: HTMLElement;
}

/** One log: who played, when, the headline, and the way into its pattern and its debrief. */
export function singleLogBody(log: ChoiceLog, notice: string | undefined, actions: SingleLogActions): HTMLElement {
  const profile = profileOf(log);
  const words = interpret(profile);
  const who = log.mode === 'group' ? `A group${log.alias ? ` (${log.alias})` : ''}` : (log.alias ?? 'A player');
  return h('div', { className: 'single-log' },
    h('p', { className: 'single-facts' }, `${who} played it ${describeWhen(log.startedAt)} and made ${countOf(log.decisions.length, 'decision')}.`),
    h('p', { className: 'single-headline' }, words.headline),
    h('p', { className: 'single-fit' }, words.fitLine),
    notice ? h('p', { className: 'story-notice' }, notice) : null,
    h('div', { className: 'actions' },
      h('button', { type: 'button', onClick: actions.onDebrief }, 'Debrief'),
      actions.onPattern ? h('button', { type: 'button', className: 'secondary', onClick: actions.onPattern }, 'See the pattern') : null,
    ),
    actions.exports,
  );
}
