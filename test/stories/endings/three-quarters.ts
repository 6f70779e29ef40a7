/** What the trainer notes for three-quarters say about each ending (docs/scenarios.md), as claims every path is held to. */
import type { EndingClaims } from './claims.ts';

export const endings: EndingClaims = {
  'her-plan': {
    note: 'A plan she met: her customers\' part and a new-business part with a how in it (written standards and a Friday hour, a daily routine, or your plan at the midpoint), with help that mostly fitted where she was on each task.',
    // Met only where the help mostly fitted, and only with the standards and the how written down:
    // never a week of direction with no detail in it.
    fit: { min: 0.6 },
    dimensions: { 'detail-direction': { max: 0.35 } },
  },
  'fair-miss': {
    note: 'She missed a plan that was fair from day one: written new-business standards (or a daily routine) with your help behind them, the full eight weeks, and a team that saw her helped. You went through it against each standard, and everyone could see it was straight.',
    // Written standards from the start and a plain reading of them at the end: detail over direction,
    // and told rather than asked at the last.
    dimensions: { 'detail-direction': { max: 0 }, 'tell-ask': { max: 0 } },
  },
  'dignified-exit': {
    note: 'She chose to go, with both doors open: an agreed exit before the 28th, a reference, and her own words to the team. Whether the plan before it was fair differs by path.',
    // Reached from every kind of plan, fair or not: no score is implied.
  },
  'new-shape': {
    note: 'You changed the job, not the person: her customers grew on targets she set herself, new business did not come, and you took Helen the two numbers. Priya keeps her customers on a quota to match.',
    // The move that ends it is a change of direction for her job: the path is never all plan.
    dimensions: { 'detail-direction': { min: -0.45 } },
  },
  'looked-unfair': {
    note: 'The team read it as unfair: a plan she could not have passed (four weeks after a month of "let\'s see", a standard whose plan said nothing about how, or the help held back where the floor could see it), a plan that never ended (four more weeks, past the 28th), or a pass that never came off her file.',
    // Reached from every style, including a well-fitted plan that was never closed: no score is implied.
  },
};
