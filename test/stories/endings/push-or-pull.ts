/** What the trainer notes for push-or-pull say about each ending (docs/scenarios.md), as claims every path is held to. */
import type { EndingClaims } from './claims.ts';

export const endings: EndingClaims = {
  'bigger-next-quarter': {
    note: 'Penrose waited for its April board and signed all forty homes at full price: nobody discounted it, and you held Helen off with the board date in writing. If you wrote the board paper yourself, Grace rings you, not Ruth.',
    // Nobody discounted Penrose and you pushed back on Helen for the buyer's problem: not a mostly-pushing week.
    dimensions: { 'push-pull': { min: -0.6 } },
  },
  overruled: {
    note: 'You pushed back on Helen with nothing in writing from Penrose, and she rang Martin herself: twelve homes at ten per cent now, and the other twenty-eight at the same price in April. Ruth saw you fight for her deal.',
    // You backed the buyer's problem against your boss: not a mostly-pushing week, whatever Helen then did.
    dimensions: { 'push-pull': { min: -0.6 } },
  },
  'traded-down': {
    note: "You did what Helen asked and went back to Grace with ten per cent after she had opened up: twelve homes this quarter, the forty-home project on hold. This quarter's number came first.",
    // This quarter's number over where Penrose was going, and a discount on the table: neither a direction-led nor a mostly-pull week.
    dimensions: { 'detail-direction': { max: -0.2 }, 'push-pull': { max: 0.6 } },
  },
  'discount-habit': {
    note: "Close dates now bunch on the last Friday: a blanket discount went out (yours, or Helen's over your no), or Monday's meeting held up a deadline close for the team to copy.",
    // Penrose was discounted and the deadline close won the week: not a mostly-pull week.
    dimensions: { 'push-pull': { max: 0.6 } },
  },
  'closed-at-a-price': {
    note: 'Penrose signed twelve homes at ten per cent this quarter, and Grace expects the same at renewal. On Monday you praised the discovery work, so the habit did not spread.',
    // A discount on Penrose, and discovery praised in front of the team: a mix, neither mostly push nor mostly pull.
    dimensions: { 'push-pull': { min: -0.6, max: 0.6 } },
  },
  'ruth-checks-out': {
    note: 'Ruth checks out and looks for a job elsewhere: the week took her deal, her page or her credit from her (you took the call or the board paper off her, Helen overruled her, or Monday praised the close over her discovery).',
    // Something of hers was taken each time: not a week of handing ownership over.
    dimensions: { 'control-empower': { max: 0.6 } },
  },
};
