/** What the trainer notes for remote-patch say about each ending (docs/scenarios.md), as claims every path is held to. */
import type { EndingClaims } from './claims.ts';

export const endings: EndingClaims = {
  'seen-clearly': {
    note: 'You judged each task on its evidence: Callum got a plan for his meetings and a check on what his customers said (or your questions, with something to learn them from), the report was his to build or built with him, and Lorna\'s record became worth keeping. Callum\'s meetings find needs now, and Lorna\'s customers still see her.',
    // The help fitted on the tasks that counted (Callum's meetings, Lorna's record, Callum's report): no
    // path here over-directs Callum on the report or leaves him alone with his meetings.
    fit: { min: 0.65 },
  },
  'green-dashboard': {
    note: 'Every screen in the north is green, and the record won somewhere: Callum was set a count, or his report was built to your spec and checked; Lorna logged every field (and her customers saw less of her) or Tomás typed her notebook; or the weekly league table went on the Monday call. What the screens cannot show has not moved, or has gone quiet.',
    // The record carried the week: no path here leans towards direction.
    dimensions: { 'detail-direction': { max: 0.4 } },
  },
  'thin-meetings': {
    note: 'Callum\'s meetings are still thin: you asked him good questions with nothing to learn the answers from, or gave him a destination and left the how to him, and he holds more second meetings that are the demo again. He asks you to come up and watch one.',
    // Callum on his meetings was unable but confident: the help he got there did not fit him.
    fit: { max: 0.9 },
  },
  'your-patch': {
    note: 'The north is doing well on the days you are in it: you ran Kestrel\'s renewal yourself (on Monday night or on Wednesday) and had Tomás type Lorna\'s notebook, and now Callum holds meetings until you can come up and customers email you.',
    // Doing their work yourself twice: the week cannot score as handing the how to them.
    dimensions: { 'control-empower': { max: 0.5 } },
  },
  'lost-renewal': {
    note: 'Kestrel went to a rival: you trusted the record (or waited for a better report) on Monday night while the renewal meeting was hours away, and on Wednesday, with Lorna\'s warning in hand, you passed it on and left the win-back to Callum. His record said "positive" to the end.',
    // Reached whatever you did after Wednesday, so the note claims no score.
  },
};
