/** What the trainer notes for the-promise say about each ending (docs/scenarios.md), as claims every path is held to. */
import type { EndingClaims } from './claims.ts';

export const endings: EndingClaims = {
  'kept-by-the-truth': {
    note: 'All twenty-six nurseries stay, at the price they signed for: Dev walked his own promise back on Monday and took the chair round Hollins Lane himself, with help that mostly fitted him on each task, and nothing was given away or pushed at the chair to make up for it.',
    // Dev did both tasks himself, and at least one of them with the help that fitted him.
    fit: { min: 0.5 },
    // No discount and no pushed workaround: at most one push (a second April on Saturday, or asking Helen for free months).
    dimensions: { 'push-pull': { min: -0.5 } },
  },
  'six-till-september': {
    note: 'Six nurseries now, the other twenty on probation until the release date holds: the truth came out, but loosely, late or second-hand: a letter with no dates, a call that ran out of time while you asked, Helen\'s voice instead of yours, a workaround pushed at the chair, or a second April.',
  },
  'paid-for-it': {
    note: 'The board said yes, and it was bought: a free quarter (Dev\'s on the call, or yours in the letter) made up for the promise, and Carys\'s finance lead now expects something every time a date moves.',
  },
  'your-save': {
    note: 'The deal held, but the saving was yours: you took Monday\'s call or led the Hollins Lane visit yourself, and now Carys rings you, and Dev writes "Ask the manager" where the roadmap goes.',
    // You did one of Dev's tasks yourself (control, weight 2): never a path that mostly lets him own the how.
    dimensions: { 'control-empower': { max: 0.5 } },
  },
  'board-walks': {
    note: 'Carys\'s board put the rollout on hold and asked two other suppliers to pitch: too much of the week told her the next date was no better than April (a second April, a call that ran out of time or gave a free quarter, a letter with no dates, a workaround the chair saw through).',
  },
};
