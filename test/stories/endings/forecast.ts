/** What the trainer notes for forecast say about each ending (docs/scenarios.md), as claims every path is held to. */
import type { EndingClaims } from './claims.ts';

export const endings: EndingClaims = {
  'her-number': {
    note: 'An honest number she owns: Priya re-qualified her own deals, with you asking rather than telling, and landed on it or above it.',
    // She was asked, not told, on the deals that mattered: the help mostly fitted, and the forecast was never taken off her.
    fit: { min: 0.55 },
    dimensions: { 'control-empower': { min: -0.45 } },
  },
  'your-number': {
    note: 'The number held, but it was yours: you rewrote her deals, put them back over her head, or told her what to take out, and now she waits to be told.',
    // "It was yours" cannot come with a near-perfect fit, nor with a week of handing her the forecast.
    fit: { max: 0.85 },
    dimensions: { 'control-empower': { max: 0.5 } },
  },
  'number-in-doubt': {
    note: 'The call was off by more than Helen can plan on: cut to the bone (by you overnight, or by Priya alone) or left in when it was not real. Helen trusts the next number less.',
    // Reached from both ends (you took it over, or you left her alone with it), so the note claims no score.
  },
  'padded-number': {
    note: '300 went upstairs (you gave it to Helen, or she put it there over your head) and Priya missed it. Next quarter she puts every deal she has into commit.',
    // Who sent 300 up differs by path (you pushed, or Helen overruled you): no score is implied.
  },
  'pushed-and-made': {
    note: '300 went upstairs and Priya made it, at a price: a discount on Harlow, or a quarter she does not want to repeat. Helen remembers who was right.',
    // As with padded-number, 300 came from you or from Helen: no score is implied.
  },
};
