/** What the trainer notes for new-hire say about each ending (docs/scenarios.md), as claims every path is held to. */
import type { EndingClaims } from './claims.ts';

export const endings: EndingClaims = {
  'ready-for-more': {
    note: 'Sam answered Gareth himself, and at Bramley you gave him just the help he needed: he runs the next one, and asks who signs.',
    // He grew because you matched him at the moments that counted, and you stepped back as he grew.
    fit: { min: 0.5 },
    dimensions: { 'control-empower': { min: -0.45 } },
  },
  'room-to-grow': {
    note: 'Sam was ready (he answered at Marlow, or had the answer on a card), and somewhere you gave him more or less help than he needed: now he waits for your plans, or drifts without one.',
    // "More or less help than he needed" somewhere: not a perfect fit.
    fit: { max: 0.95 },
  },
  'your-account': {
    note: 'The deal landed, but the hard answer was yours: you ran the meeting, took the question, or finished his answer for him, and Sam learned to look at you.',
    // The deal was yours: a fit near 100 % would say otherwise (doing it yourself scores no fit, so the
    // figure comes from the other decisions).
    fit: { max: 0.9 },
  },
  'deep-end': {
    note: 'Sam was left alone with the hard part: Marlow went cold after he froze, or he gave fifteen per cent away in the room.',
    // Left alone where he needed direction: the help did not fit everywhere.
    fit: { max: 0.9 },
  },
  'second-go': {
    note: 'Marlow was won with your answer, but six weeks on you gave Sam the help that fitted him at Bramley, and that one is his.',
    // A recovery: the first half may have missed, the second fitted; the note implies no overall figure.
  },
};
