/** The HTML of the debrief: one decision at a time, every option with its labels, and the prompts. */
import { DECIDED_BY_LABELS, poleLabel, shownOptions, voteShares, votesLabel, type ReviewedDecision, type ReviewedOption } from '../../core/patterns/decision-review.ts';
import { optionLetter } from '../group/facilitation.ts';
import { APPROACH_LABELS, FIT_DIRECTION_LABELS, readinessSentence } from '../../core/patterns/readings.ts';
import { h } from './dom.ts';

export interface DebriefNavigation {
  readonly position: number;
  readonly total: number;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  readonly onBack: () => void;
  /** Where "back" goes, in words; default "Back to your pattern". */
  readonly backLabel?: string;
}

/** What else the screen may carry: a note about the story, and the export buttons. */
export interface DebriefExtras {
  readonly notice?: string;
  readonly exports?: HTMLElement;
  /** "See it on the map" and "Play from here", when the scenario is in this build. */
  readonly onMap?: () => void;
  readonly onPlayFromHere?: () => void;
}

/** The last few lines before the decision: enough to place it, short enough for a projector. */
export const SITUATION_LINES = 3;

/** "7 votes" with a bar for the option's share of the room. */
function votesView(votes: number, share: number): HTMLElement {
  return h('p', { className: 'option-votes' },
    h('span', { className: 'vote-bar', 'aria-hidden': 'true' }, h('span', { className: 'vote-fill', style: `width: ${Math.round(share * 100)}%` })),
    h('span', { className: 'vote-count' }, votesLabel(votes)),
  );
}

function optionView(option: ReviewedOption, share: number | undefined): HTMLElement {
  // A room voted by letter, in the order it saw the options: the same letter here.
  const letter = option.votes === undefined ? null : h('span', { className: 'debrief-letter' }, `${optionLetter(option.shown)} · `);
  const labels = [
    ...option.poles.map((pole) => h('span', { className: `chip ${pole.side}` }, poleLabel(pole))),
    option.approach ? h('span', { className: option.approach === 'none' ? 'chip approach took-over' : 'chip approach' }, `Approach · ${APPROACH_LABELS[option.approach]}`) : null,
    option.fit !== undefined ? h('span', { className: option.fit === 1 ? 'chip fit' : 'chip fit miss' }, `Fit ${Math.round(option.fit * 100)}%${option.direction ? ` · ${FIT_DIRECTION_LABELS[option.direction]}` : ''}`) : null,
  ];
  return h('li', { className: option.chosen ? 'option chosen' : 'option' },
    h('p', { className: 'option-text' }, letter, option.chosen ? h('strong', { className: 'chosen-mark' }, 'Chosen: ') : null, option.text),
    option.votes === undefined ? null : votesView(option.votes, share ?? 0),
    h('p', { className: 'chips' }, labels),
    option.prompts.map((prompt) => h('p', { className: 'option-prompt' }, prompt)),
  );
}

export function debriefView(storyTitle: string, decision: ReviewedDecision, nav: DebriefNavigation, extras: DebriefExtras = {}): HTMLElement {
  const shares = decision.votes ? voteShares(decision.votes.tallies) : [];
  const situation = decision.situation.slice(-SITUATION_LINES).map((line) =>
    h('p', { className: line.speaker ? 'line' : 'line narration' }, line.speaker ? h('span', { className: 'speaker' }, line.speaker) : null, line.text),
  );
  const readiness = decision.readiness
    ? h('p', { className: 'readiness' }, readinessSentence(decision.readiness))
    : null;
  return h('section', { className: 'debrief-screen on-night', 'aria-labelledby': 'debrief-title' },
    h('header', { className: 'debrief-header' },
      h('p', { className: 'eyebrow' }, `Debrief · ${storyTitle}`),
      h('h1', { id: 'debrief-title', tabindex: '-1' }, `Decision ${nav.position} of ${nav.total}`),
      extras.notice ? h('p', { className: 'story-notice' }, extras.notice) : null,
    ),
    // It scrolls when a decision is long: focusable, so the keyboard can scroll it too.
    h('div', { className: 'debrief-body', tabindex: '0', role: 'region', 'aria-label': 'This decision' },
      h('div', { className: 'debrief-left' },
        h('div', { className: 'debrief-situation' }, h('h2', {}, 'What was happening'), situation, readiness),
        decision.prompts.length > 0
          ? h('div', { className: 'debrief-prompts' }, h('h2', {}, 'To talk about'), h('ol', {}, decision.prompts.map((prompt) => h('li', {}, prompt))))
          : null,
      ),
      h('div', { className: 'debrief-options' },
        h('h2', {}, 'The options', decision.votes ? h('span', { className: 'decided-by' }, ` · ${DECIDED_BY_LABELS[decision.votes.decidedBy]}`) : null),
        // In the order the player (or the room) saw them.
        h('ul', {}, shownOptions(decision).map((option) => optionView(option, shares[decision.options.indexOf(option)])))),
    ),
    h('nav', { className: 'debrief-nav actions', 'aria-label': 'Debrief' },
      h('button', { type: 'button', className: 'secondary', onClick: nav.onPrevious, disabled: nav.position <= 1, 'aria-keyshortcuts': 'ArrowLeft' }, '◀ Previous'),
      h('button', { type: 'button', onClick: nav.onNext, disabled: nav.position >= nav.total, 'aria-keyshortcuts': 'ArrowRight' }, 'Next ▶'),
      h('button', { type: 'button', className: 'secondary', onClick: nav.onBack }, nav.backLabel ?? 'Back to your pattern'),
      extras.onMap ? h('button', { type: 'button', className: 'secondary', onClick: extras.onMap }, 'See it on the map') : null,
      extras.onPlayFromHere ? h('button', { type: 'button', className: 'secondary', onClick: extras.onPlayFromHere, title: 'A new play-through with the same choices up to this decision; the log is not changed' }, 'Play from here') : null,
      extras.exports ?? null,
    ),
  );
}
