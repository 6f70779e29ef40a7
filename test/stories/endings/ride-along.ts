/** What the trainer notes for ride-along say about each ending (docs/scenarios.md), as claims every path is held to. */
import type { EndingClaims } from './claims.ts';

export const endings: EndingClaims = {
  'her-page': {
    note: "Ruth wrote Fiona's page herself, money first, with help that fitted a task she had never done (an hour with you playing Fiona, or your reading of it once she knew what had gone wrong), and Varley's room had been kept: Fiona takes a six-pharmacy pilot to her board, and Ruth asks for the next finance director herself.",
    // The plan gave her the help that fits a task she is new to (coach, or a question or a check once she knew what went
    // wrong): not a day of misses.
    fit: { min: 0.35 },
  },
  april: {
    note: 'You stayed out while the Varley call went wrong, and Fiona said not this year. Afterwards Ruth learned what had gone wrong and wrote a page in pounds with help that fitted: Fiona kept it, and the door is open for April.',
    // Staying out at Varley was a miss (delegating to someone new to the task): not a perfect fit.
    // The note says nothing about the rest of the day: a path can brief every call, lead Pipkin and check
    // her page, and still reach April by staying out at the one moment that mattered, so no CE claim.
    fit: { max: 0.9 },
  },
  'your-deal': {
    note: "Varley's next step hangs on you: you answered Fiona in the room and the page Ruth then wrote without a structure was a rota story, or you wrote the page yourself. Fiona rings you; Ruth's development plan has nothing in it for finance that is hers.",
    // You took the finance part, in the room or on the page: not a day of handing over.
    dimensions: { 'control-empower': { max: 0.7 } },
  },
  'home-ground': {
    note: "Ruth wrote Fiona's page on her own and it did not make the case in pounds: the plan put her strengths first and left finance for later, or gave her a course, a check or her own list before she knew what had gone wrong at Varley. Fiona said next year, or nothing.",
    // The help did not fit where it counted, at the plan: not a perfect fit.
    fit: { max: 0.9 },
  },
};
