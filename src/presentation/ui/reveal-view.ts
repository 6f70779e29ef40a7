/** The HTML half of the reveal: headline, readings, key moments, meters and the next steps. */
import { replayComparison } from '../../core/debrief/replay-comparison.ts';
import type { ChoiceLog } from '../../core/log/choice-log.ts';
import type { Interpretation } from '../../core/patterns/interpret.ts';
import type { Profile } from '../../core/patterns/profile.ts';
import { momentText } from '../../core/patterns/moments.ts';
import { capitalise } from './text.ts';
import { h } from './dom.ts';
import { roomSplitsView } from './group-views.ts';

export interface RevealActions {
  readonly onDebrief: () => void;
  readonly onPlayAgain: () => void;
  readonly onAnother: () => void;
  /** For a saved log opened later: a way back there, in place of playing on. */
  readonly back?: { readonly label: string; readonly onClick: () => void };
  /** The export buttons, under the actions. */
  readonly exports?: HTMLElement;
  /** Whether this browser kept the play-through (among the recent ones on the title), said under the exports. */
  readonly kept?: boolean;
}

/** How many key moments the reveal shows; the debrief has them all. */
export const MOMENTS_SHOWN = 3;

export function revealView(title: string, facts: string, profile: Profile, words: Interpretation, log: ChoiceLog, actions: RevealActions): HTMLElement {
  const chartAsText = words.readings.map((reading) =>
    h('li', {}, `${reading.name}: ${reading.label}${reading.score === undefined ? '' : ` (${formatScore(reading.score)} on a scale from −1, managing, to +1, leading)`}.`),
  );
  const readings = words.readings.map((reading) =>
    h('li', { className: reading.score === undefined ? 'reading not-seen' : 'reading' },
      h('h3', {}, reading.name, h('span', { className: 'reading-label' }, ` · ${reading.label}`)),
      h('p', {}, reading.reading),
    ),
  );
  const moments = profile.keyMoments.slice(0, MOMENTS_SHOWN).map((moment) => {
    const text = momentText(moment);
    return h('li', {}, h('h3', {}, text.title), h('p', {}, text.detail));
  });
  const meters = Object.entries(log.meters).map(([name, value]) => h('li', {}, `${capitalise(name)} `, h('strong', {}, String(value))));
  // The chart and the gauge are drawn on the canvas at the left; the text column is on the right,
  // and the actions sit under the gauge so they are always in view.
  return h('section', { className: 'reveal-screen on-night', 'aria-labelledby': 'reveal-headline' },
    // The text column scrolls: focusable, so the keyboard can scroll it too (and axe's scrollable-region rule holds).
    h('div', { className: 'reveal-text', tabindex: '0', role: 'region', 'aria-label': log.mode === 'group' ? 'The room’s pattern, in words' : 'Your pattern, in words' },
      h('p', { className: 'eyebrow' }, `${log.mode === 'group' ? 'The room’s pattern' : 'Your pattern'} in “${title}”`),
      h('h1', { id: 'reveal-headline', tabindex: '-1' }, words.headline),
      h('p', { className: 'facts' }, facts),
      log.replayOf ? h('p', { className: 'replay-note' }, replayComparison(log) ?? '') : null,
      keptNote(actions.kept),
      h('p', { className: 'fit-line' }, words.fitLine),
      log.mode === 'group' ? roomSplitsView(log) : null,
      h('div', { className: 'visually-hidden' }, h('h2', {}, 'Your pattern, as text'), h('ul', {}, chartAsText),
        h('p', {}, profile.fit.percent === undefined ? 'No fit figure this time.' : `Fit to the person: ${profile.fit.percent}%.`)),
      meters.length > 0 ? h('ul', { className: 'meter-list', 'aria-label': 'Where things ended' }, meters) : null,
      h('h2', {}, log.mode === 'group' ? 'What the room’s choices show' : 'What your choices show'),
      h('ul', { className: 'readings' }, readings),
      moments.length > 0 ? h('h2', {}, 'Moments to look back on') : null,
      moments.length > 0 ? h('ul', { className: 'moments' }, moments) : null,
    ),
    h('div', { className: 'reveal-actions actions' },
      h('button', { type: 'button', onClick: actions.onDebrief }, 'Debrief'),
      (actions.back
        ? [h('button', { type: 'button', className: 'secondary', onClick: actions.back.onClick }, actions.back.label)]
        : [
            h('button', { type: 'button', className: 'secondary', onClick: actions.onPlayAgain }, 'Play again'),
            h('button', { type: 'button', className: 'secondary', onClick: actions.onAnother }, 'Another scenario'),
          ]),
    ),
    actions.exports ? h('div', { className: 'reveal-exports' }, actions.exports) : null,
  );
}

/** Whether this browser kept the play-through: said under the facts, a warning when it could not. */
function keptNote(kept: boolean | undefined): HTMLElement | null {
  if (kept === undefined) return null;
  return kept
    ? h('p', { className: 'kept-note' }, 'Kept in this browser: you will find it on the title screen under “Recent play-throughs”.')
    : h('p', { className: 'kept-note story-notice', role: 'status' }, 'This browser could not keep this play-through (its storage is full or switched off). Save the log as a file to keep it.');
}

export function formatScore(score: number): string {
  const rounded = Math.round(score * 100) / 100;
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${Math.abs(rounded).toFixed(2)}`;
}
