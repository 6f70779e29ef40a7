/** What the trainer notes for new-crm say about each ending (docs/scenarios.md), as claims every path is held to. */
import type { EndingClaims } from './claims.ts';

export const endings: EndingClaims = {
  'live-and-owned': {
    note: 'Live, used and believed in: the team had a plan to follow and a reason to believe it (from you, or from Ruth\'s pilot), and the people the change hit hardest helped carry it.',
    // A plan and a reason: neither all plan nor all reason.
    dimensions: { 'detail-direction': { min: -0.7, max: 0.7 } },
  },
  'compliant-not-convinced': {
    note: 'Top of the adoption chart with the notes empty: logging became something done for the chart and for Helen\'s names, not a tool the team believes in.',
  },
  'bought-in-not-built': {
    note: 'The team likes Compass and believes the reasons for it, but the data never caught up: the forecast is late, and Tomás is patching it by hand.',
    // The team heard and believed the reasons: not a week spent only on the plan.
    dimensions: { 'detail-direction': { min: -0.6 } },
  },
  'stalled-switch': {
    note: 'Neither the plan nor the belief took: the old system still runs alongside Compass, and Helen is coming to see why.',
  },
  'dropped-account': {
    note: 'The change cost a customer: Dev\'s handover was a deadline or was left to him, and Gail heard about the map second-hand or Linton\'s renewal date slipped through the migration.',
  },
};
