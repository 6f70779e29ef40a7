/** What the trainer notes for whose-deal say about each ending (docs/scenarios.md), as claims every path is held to. */
import type { EndingClaims } from './claims.ts';

export const endings: EndingClaims = {
  'two-names': {
    note: 'Tallis was split in writing before the run (by you, or by Helen once she had seen the dates), Dev was not left feeling it was taken from him, Monday did not put the signature above the discovery, and the next door stayed Sam\'s: the team now puts two names on its deals from day one.',
    // Sam's discovery was paid for and the close was not made the rule: not a week of rewarding the close.
    dimensions: { 'push-pull': { min: -0.2 } },
  },
  'let-it-ring': {
    note: 'Sam got his share, and Dev felt it was taken from him: you told him half, took back the call you had given him, or you overruled his number with the team-chat post never put right with him. Six weeks on, Dev lets a colleague\'s buyer ring out.',
    // Reached by telling Dev (control) and by handing him the call and then taking it back (empower): no score is implied.
  },
  'paid-in-arrears': {
    note: 'You left the split to one more round of talks on Friday morning, and the run went as the CRM stood: the split came a month late, as a correction out of Dev\'s pay, and Helen wants to know why.',
    // The deadline was met with talks, not a ruling: not a week of deciding for them.
    dimensions: { 'control-empower': { min: -0.45 } },
  },
  'from-now-on': {
    note: 'Tallis stayed all Dev\'s (your ruling, or Helen\'s when you brought her no record), but on Monday you gave the team a rule or a direction that pays for finding deals, and the next door stayed Sam\'s: fair from now on, not for Tallis.',
    // Monday paid for the finding and the next door was Sam's: not a week of rewarding the close, whatever Tallis paid.
    dimensions: { 'push-pull': { min: -0.35 } },
  },
  'the-close-pays': {
    note: 'The team learned that the signature is what gets paid: on Monday you said the plan stands, or the next door went to the closer. First meetings are down, and Ruth says why.',
    // The close was rewarded where the team could see it: not a mostly-pull week.
    dimensions: { 'push-pull': { max: 0.5 } },
  },
};
