/** What the trainer notes for replacing-star say about each ending (docs/scenarios.md), as claims every path is held to. */
import type { EndingClaims } from './claims.ts';

export const endings: EndingClaims = {
  'grown-here': {
    note: 'You hired Nadia (on Thursday, or after Conrad had gone) and helped her through her first new-business meeting in a way that mostly fitted her: a plan with its reasons, a script and a seat beside her, or questions and her own plan. Lowther signs ten shops, her first new customer.',
    // Her first meeting had the coach, direct or support move (fit 100 % or 67 %): never a path of misses.
    fit: { min: 0.3 },
  },
  'back-to-onboarding': {
    note: 'You hired Nadia, and then handed her first meeting to her alone or ran it for her: Lowther never became hers, her new-business line is empty, and she is helping with go-lives again.',
    // Nobody developed her through questions: handing over and doing it yourself are neither.
    dimensions: { 'tell-ask': { max: 0 } },
  },
  'star-on-terms': {
    note: 'You hired Conrad, and when he wanted twenty-five per cent and Lowther to himself you held the cap with him: by asking what the buyer needed, by explaining why, or by telling him the rules you had written into his objectives. He is at a hundred and thirty per cent with two names on Lowther.',
    // The hire rewarded the close: not a mostly-pull week.
    dimensions: { 'push-pull': { max: 0.3 } },
  },
  'the-trail': {
    note: 'You hired Conrad, and his trail followed him: you signed off his discount, took the deal off him, or laid down rules his offer had never mentioned. He is top of the board; Priya and Sam are hiding their prospects, and Lowther wants another rep.',
    // Nobody asked Conrad what Lowther needed, and the hire and the close were rewarded.
    dimensions: { 'tell-ask': { max: 0 }, 'push-pull': { max: 0.2 } },
  },
  'empty-chair': {
    note: 'You asked Conrad for more time, he took the other offer at noon on Friday, and you did not offer Nadia the seat: Dev\'s chair is still empty two months on, and Dev rings from Northgate: Meridian, nervous of the empty seat, has asked whether Northgate does care homes.',
    // Waiting for one more check is on every one of these paths: never a week mostly spent on where the team is going.
    dimensions: { 'detail-direction': { max: 0.35 } },
  },
};
