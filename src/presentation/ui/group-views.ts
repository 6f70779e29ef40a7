/**
 * The HTML of group play that is not the decision itself: the solo-or-room choice on the select
 * screen, the presenter's key help, and the reveal's list of the decisions where the room split.
 */
import { roomSplits } from '../../core/group/votes.ts';
import { inShownOrder } from '../../core/option-order.ts';
import type { ChoiceLog, PlayMode } from '../../core/log/choice-log.ts';
import { optionLetter } from '../group/facilitation.ts';
import { KEY_HELP, VOTE_KEYS_NOTE, type PresenterAction } from '../group/presenter-keys.ts';
import { h } from './dom.ts';

export const MODE_CHOICES: readonly { readonly mode: PlayMode; readonly label: string; readonly note: string }[] = [
  { mode: 'solo', label: 'Just me', note: 'On your own screen, at your own pace.' },
  { mode: 'group', label: 'A room, on a projector', note: 'Big type, votes by show of hands, and presenter keys: press ? while playing to see them.' },
];

/** Who is playing: a pair of radio buttons (arrow keys move between them), remembered by the caller. */
export function modeChoice(mode: PlayMode, onChange: (mode: PlayMode) => void): HTMLElement {
  const options = MODE_CHOICES.map((choice) => {
    const id = `play-mode-${choice.mode}`;
    const input = h('input', { type: 'radio', name: 'play-mode', id, value: choice.mode, 'aria-describedby': `${id}-note` });
    input.checked = choice.mode === mode;
    input.addEventListener('change', () => {
      if (input.checked) onChange(choice.mode);
    });
    return h('label', { className: 'mode-option', for: id },
      input,
      h('span', { className: 'mode-name' }, choice.label),
      h('span', { className: 'mode-note', id: `${id}-note` }, choice.note),
    );
  });
  return h('fieldset', { className: 'mode-choice' }, h('legend', {}, 'Who is playing?'), options);
}

/** The presenter's keys, for the actions this screen offers, with a way to close it. */
export function keysHelpView(actions: readonly PresenterAction[], onClose: () => void): HTMLElement {
  const rows = KEY_HELP.filter((row) => actions.includes(row.action)).map((row) =>
    h('tr', {},
      h('th', { scope: 'row' }, row.keys.flatMap((key, i) => [i > 0 ? ' ' : '', h('kbd', {}, key)])),
      h('td', {}, row.does),
    ),
  );
  return h('section', { className: 'keys-help', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'keys-help-title' },
    h('h2', { id: 'keys-help-title' }, 'Presenter keys'),
    h('table', {}, h('tbody', {}, rows)),
    actions.includes('timer') ? h('p', { className: 'note' }, VOTE_KEYS_NOTE) : null,
    h('p', { className: 'note' },
      actions.includes('next') ? 'A clicker’s forward and back buttons work too.' : 'Page Down and Page Up scroll the text.',
      ' Each key also has a button on screen.'),
    h('div', { className: 'actions' }, h('button', { type: 'button', onClick: onClose }, 'Close')),
  );
}

/** The decisions where the room divided, with each option's count: what to talk about first. */
export function roomSplitsView(log: ChoiceLog): HTMLElement {
  const splits = roomSplits(log);
  const items = splits.map(({ record, label }) => {
    const tallies = record.votes?.tallies ?? [];
    // The letters the room voted by: the order the options were shown in, not the story's.
    const options = inShownOrder(record, record.options).map(({ item: option, storyPosition }, shown) =>
      h('li', { className: option.index === record.chosen ? 'split-option chosen' : 'split-option' },
        h('span', { className: 'split-letter', 'aria-hidden': 'true' }, optionLetter(shown)),
        h('span', { className: 'split-text' }, option.text, option.index === record.chosen ? h('span', { className: 'went-with' }, ' The room’s choice') : null),
        h('strong', { className: 'split-count' }, `${tallies[storyPosition] ?? 0}`),
      ),
    );
    return h('li', { className: 'split' },
      h('h3', {}, `Decision ${record.number}: the room split ${label}`, h('span', { className: 'starter' }, 'Discussion starter')),
      record.votes?.decidedBy === 'trainer' ? h('p', { className: 'split-note' }, 'The trainer made the call.') : null,
      h('ul', { className: 'split-options', 'aria-label': `Votes at decision ${record.number}` }, options),
    );
  });
  return h('section', { className: 'room-splits', 'aria-labelledby': 'room-splits-title' },
    h('h2', { id: 'room-splits-title' }, 'Where the room split'),
    items.length > 0
      ? h('p', { className: 'split-intro' }, 'Close votes are good places to start the conversation: ask each side what they saw.')
      : h('p', { className: 'split-intro' }, 'Every vote had a clear majority. Ask the room whether anyone would still choose differently.'),
    items.length > 0 ? h('ol', { className: 'split-list' }, items) : null,
  );
}
