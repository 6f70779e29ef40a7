/** What the trainer notes for missed-quarter say about each ending (docs/scenarios.md), as claims every path is held to. */
import type { EndingClaims } from './claims.ts';

export const endings: EndingClaims = {
  'back-on-track': {
    note: 'Pipeline and morale both back by week six: the numbers had a plan behind them, and most of the team got the help each of them needed.',
    // Most people got the help they needed: the fit is at least half.
    fit: { min: 0.5 },
  },
  'numbers-back': {
    note: 'Pipeline back, team worn: the activity plan worked, and the people paid for it.',
    // The activity plan carried the recovery: not a week led from where the team is going.
    dimensions: { 'detail-direction': { max: 0.2 } },
  },
  'team-back': {
    note: 'Spirits up, numbers not yet: the team believes in where it is going, but the pipeline has not followed, and Helen cannot take good spirits upstairs.',
    // The team believes in where it is going: not a week spent only on the numbers.
    dimensions: { 'detail-direction': { min: -0.6 } },
  },
  'still-adrift': {
    note: 'Neither came back: six weeks on, coverage and spirits are about where they were, and Helen is chairing the Thursday reviews.',
  },
};
