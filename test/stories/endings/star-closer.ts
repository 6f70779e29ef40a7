/** What the trainer notes for star-closer say about each ending (docs/scenarios.md), as claims every path is held to. */
import type { EndingClaims } from './claims.ts';

export const endings: EndingClaims = {
  'built-together': {
    note: 'A leaner process the team built with Dev (his five fields, Ruth\'s whiteboard, or the team\'s list), and Dev asking for discount approval for the first time.',
    // Built with him, not imposed on him: not a week of control.
    dimensions: { 'control-empower': { min: -0.3 } },
  },
  'rule-holds': {
    note: 'A clean forecast and a compliant, quiet Dev: the rules held and the process stayed yours, even where he or Ruth offered to build a better one.',
    // The process stayed yours: a week of handing it over would contradict that.
    dimensions: { 'control-empower': { max: 0.7 } },
  },
  'star-walks': {
    note: 'Dev leaves for Northgate: policed, or left to it, he lost faith in you, and when he came to your desk you neither listened nor gave him a reason to stay.',
    // Somewhere you misread him badly enough to lose him: not a well-fitted week.
    fit: { max: 0.8 },
  },
  'two-rulebooks': {
    note: 'The team copies Dev: Ruth\'s close dates drift to the thirty-first, or Sam\'s first deal goes in at twenty-five off, and Tomás forecasts from his own notes.',
    // The double standard comes from letting Dev be (no fit claimed) or from what Sam was shown: no score is implied.
  },
};
