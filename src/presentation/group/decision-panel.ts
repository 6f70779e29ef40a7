/**
 * A decision, run with a room: the options lettered A, B, C…, a vote box per option (type the count,
 * or + and −), the leading option marked, a tie handed to the trainer, and the discussion timer.
 *
 * Built once per decision and then only updated in place, so focus and what is being typed survive
 * every change of the tallies (and the panel can be put away and shown again with its votes intact).
 */
import { decideRoom } from '../../core/group/votes.ts';
import { toStoryOrder } from '../../core/option-order.ts';
import type { VoteRecord } from '../../core/log/choice-log.ts';
import type { StoryChoice } from '../../core/story/runner.ts';
import { h, replaceChildrenWith } from '../ui/dom.ts';
import { clampVotes, formatClock, optionLetter, parseVotes, roomStatus, TIMER_STEP_MS, type DiscussionTimer, type RoomStatus } from './facilitation.ts';

export interface TimerActions {
  readonly toggle: () => void;
  readonly reset: () => void;
  readonly adjust: (deltaMs: number) => void;
}

export interface DecisionPanelOptions {
  /** The choices in the order shown: A is the first. */
  readonly choices: readonly StoryChoice[];
  /** Go on with the story's choice `choiceIndex` (the ink index), logging the room's votes (in the story's order). */
  readonly onDecide: (choiceIndex: number, votes: VoteRecord) => void;
  readonly timer: TimerActions;
  /** Say something to screen-reader users. */
  readonly announce: (text: string) => void;
}

interface VoteRow {
  readonly row: HTMLElement;
  readonly input: HTMLInputElement;
  readonly mark: HTMLElement;
}

export const DECISION_HEADING = 'What does the room do?';

export class DecisionPanel {
  readonly element: HTMLElement;
  private readonly options: DecisionPanelOptions;
  private readonly tallies: number[];
  private readonly rows: VoteRow[];
  private readonly status: HTMLElement;
  private readonly confirmButton: HTMLButtonElement;
  private readonly tieBreak: HTMLElement;
  private readonly clock: HTMLElement;
  private readonly timerButton: HTMLButtonElement;
  private tieShown = '';
  private decided = false;

  constructor(options: DecisionPanelOptions) {
    this.options = options;
    this.tallies = options.choices.map(() => 0);
    this.rows = options.choices.map((choice, i) => this.voteRow(choice, i));
    this.clock = h('span', { className: 'timer-clock', role: 'timer', 'aria-label': 'Time left to talk it over' });
    this.timerButton = h('button', { type: 'button', className: 'compact', 'aria-keyshortcuts': 'T', onClick: options.timer.toggle });
    const step = (sign: 1 | -1, label: string, name: string) =>
      h('button', { type: 'button', className: 'compact secondary', 'aria-label': name, onClick: () => options.timer.adjust(sign * TIMER_STEP_MS) }, label);
    this.status = h('p', { className: 'room-status', role: 'status' });
    this.tieBreak = h('div', { className: 'tie-break', role: 'group', 'aria-label': 'The trainer’s pick', hidden: true });
    this.confirmButton = h('button', { type: 'button', className: 'confirm-vote', onClick: () => this.confirm() });
    this.element = h('section', { className: 'group-decision', 'aria-labelledby': 'group-decision-title' },
      h('header', { className: 'decision-header' },
        h('h2', { id: 'group-decision-title' }, DECISION_HEADING),
        h('div', { className: 'discussion-timer', role: 'group', 'aria-label': 'Discussion timer' },
          this.clock,
          this.timerButton,
          step(-1, `−${TIMER_STEP_MS / 1000} s`, `${TIMER_STEP_MS / 1000} seconds less`),
          step(1, `+${TIMER_STEP_MS / 1000} s`, `${TIMER_STEP_MS / 1000} seconds more`),
          h('button', { type: 'button', className: 'compact secondary', onClick: options.timer.reset }, 'Reset'),
        ),
      ),
      h('ol', { className: 'vote-options', 'aria-label': 'The options, with the room’s votes' }, this.rows.map((r) => r.row)),
      h('div', { className: 'decision-footer' }, this.status, this.tieBreak, this.confirmButton),
    );
    this.refresh();
  }

  /** Where focus goes when the panel appears: the first vote box. */
  get focusTarget(): HTMLElement {
    return this.rows[0]?.input ?? this.confirmButton;
  }

  get spokenText(): string {
    const options = this.options.choices.map((choice, i) => `${optionLetter(i)}: ${choice.text}`);
    return [DECISION_HEADING, ...options, 'Type the votes for each option, then press Enter.'].join('\n');
  }

  /** Go on: with the majority; on a tie, hand over to the trainer's pick; with no votes, ask for them. */
  confirm(): void {
    if (this.decided) return;
    const status = roomStatus(this.tallies);
    if (status.kind === 'ready') return this.decide(status.option, status.votes);
    if (status.kind === 'tie') {
      this.tieBreak.querySelector('button')?.focus();
    } else {
      this.focusTarget.focus();
      this.status.classList.remove('nudge');
      void this.status.offsetWidth; // restart the nudge animation
      this.status.classList.add('nudge');
    }
    this.options.announce(status.text);
  }

  /** Show the timer's state; only what changed is touched. */
  showTimer(timer: DiscussionTimer): void {
    setText(this.clock, formatClock(timer.remainingMs));
    this.clock.classList.toggle('running', timer.running);
    this.clock.classList.toggle('time-up', timer.finished);
    const label = timer.running ? 'Pause timer' : timer.finished ? 'Start again' : timer.fresh ? 'Start timer' : 'Resume timer';
    setText(this.timerButton, label);
  }

  private voteRow(choice: StoryChoice, i: number): VoteRow {
    const letter = optionLetter(i);
    const textId = `vote-option-text-${i}`;
    const input = h('input', {
      type: 'number',
      className: 'vote-input',
      min: 0,
      max: 999,
      step: 1,
      inputmode: 'numeric',
      value: '0',
      'aria-label': `Votes for ${letter}`,
      'aria-describedby': textId,
    });
    input.addEventListener('focus', () => input.select());
    // A click into the box selects the count too (rather than putting the caret inside it), so typing replaces it.
    input.addEventListener('mousedown', (event) => {
      if (document.activeElement === input) return;
      event.preventDefault();
      input.focus();
    });
    input.addEventListener('input', () => this.typed(i, input));
    // Scrolling over a focused number box would change the count: the room's votes only change on purpose.
    input.addEventListener('wheel', (event) => event.preventDefault(), { passive: false });
    input.addEventListener('blur', () => {
      if (input.value !== String(this.tallies[i])) input.value = String(this.tallies[i]);
    });
    input.addEventListener('keydown', (event) => {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.key === '+' || event.key === '=') this.step(i, 1, event);
      else if (event.key === '-' || event.key === '−' || event.key === '_') this.step(i, -1, event);
      // A number box would take these as part of a number ("1e3", "2.5"); votes are whole counts.
      else if (['e', 'E', '.', ','].includes(event.key)) event.preventDefault();
    });
    const stepButton = (sign: 1 | -1) =>
      h('button', {
        type: 'button',
        className: 'vote-step',
        tabindex: '-1', // the + and − keys do this from the vote box, so Tab goes option to option
        'aria-label': `${sign > 0 ? 'One vote more' : 'One vote fewer'} for ${letter}`,
        onClick: (event: Event) => {
          this.step(i, sign, event);
          input.focus();
        },
      }, sign > 0 ? '+' : '−');
    const mark = h('span', { className: 'lead-mark' });
    const row = h('li', { className: 'vote-option' },
      h('span', { className: 'option-letter', 'aria-hidden': 'true' }, letter),
      h('p', { className: 'vote-option-text', id: textId }, choice.text),
      h('div', { className: 'vote-entry' }, stepButton(-1), input, stepButton(1)),
      mark,
    );
    return { row, input, mark };
  }

  private typed(i: number, input: HTMLInputElement): void {
    const count = parseVotes(input.value);
    // Tidy what was typed ("07" → "7", "1200" → "999"); an emptied box stays empty while typing.
    if (input.value !== '' && input.value !== String(count)) input.value = String(count);
    this.setTally(i, count);
  }

  private step(i: number, delta: number, event: Event): void {
    event.preventDefault();
    const count = clampVotes((this.tallies[i] ?? 0) + delta);
    const row = this.rows[i];
    if (row) row.input.value = String(count);
    this.setTally(i, count);
  }

  private setTally(i: number, count: number): void {
    if (this.tallies[i] === count) return;
    this.tallies[i] = count;
    this.refresh();
  }

  private refresh(): void {
    const status = roomStatus(this.tallies);
    this.rows.forEach(({ row, mark }, i) => {
      const leading = status.kind === 'ready' && status.option === i;
      const tied = status.kind === 'tie' && status.between.includes(i);
      row.classList.toggle('leading', leading);
      row.classList.toggle('tied', tied);
      setText(mark, leading ? 'Leading' : tied ? 'Tied' : '');
    });
    setText(this.status, status.text);
    this.status.classList.remove('nudge');
    this.showTieBreak(status);
    this.confirmButton.hidden = status.kind === 'tie';
    this.confirmButton.disabled = status.kind !== 'ready';
    setText(this.confirmButton, status.kind === 'ready' ? `${status.confirm} ▶` : 'Go on ▶');
  }

  /** One button per tied option; rebuilt only when the tie itself changes. */
  private showTieBreak(status: RoomStatus): void {
    const between = status.kind === 'tie' ? status.between : [];
    const key = between.join(',');
    if (key === this.tieShown) return;
    this.tieShown = key;
    this.tieBreak.hidden = between.length === 0;
    replaceChildrenWith(this.tieBreak,
      between.map((i) => h('button', { type: 'button', onClick: () => this.trainerPicks(i) }, `Go with ${optionLetter(i)}`)),
    );
  }

  private trainerPicks(position: number): void {
    const decision = decideRoom(this.tallies, position);
    if (decision.kind === 'ready') this.decide(decision.option, decision.votes);
  }

  private decide(position: number, votes: VoteRecord): void {
    const choice = this.options.choices[position];
    if (!choice || this.decided) return;
    this.decided = true;
    // The boxes are in the order shown; the log keeps the counts in the story's order, beside its options.
    const shown = this.options.choices.map((c) => c.index);
    this.options.onDecide(choice.index, { ...votes, tallies: toStoryOrder(shown, votes.tallies) });
  }
}

function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
