/**
 * Every word the reveal uses to interpret a profile, in one place, so a trainer can edit or
 * translate it without touching code. Both poles earn credit: teams need managing and leading.
 * The reveal describes a style and how well it fitted; it never calls a pole right or wrong.
 */
import type { DimensionId, Pole } from './dimensions.ts';

/** Where a score sits, from −1 (all manage) to +1 (all lead). */
export type Position = 'strong-manage' | 'lean-manage' | 'balanced' | 'lean-lead' | 'strong-lead';

/** Lower bounds (inclusive) of each position above the first; scores below −0.6 are strong-manage. */
export const POSITION_THRESHOLDS: readonly { readonly from: number; readonly position: Position }[] = [
  { from: 0.6, position: 'strong-lead' },
  { from: 0.2, position: 'lean-lead' },
  { from: -0.2, position: 'balanced' },
  { from: -0.6, position: 'lean-manage' },
];

export const POSITION_LABELS: Readonly<Record<Position, string>> = {
  'strong-manage': 'mostly managing',
  'lean-manage': 'leaning to managing',
  balanced: 'a mix of both',
  'lean-lead': 'leaning to leading',
  'strong-lead': 'mostly leading',
};

export const POLE_NAMES: Readonly<Record<Pole, string>> = {
  control: 'Control',
  empower: 'Empower',
  detail: 'Detail',
  direction: 'Direction',
  tell: 'Tell',
  ask: 'Ask',
  push: 'Push',
  pull: 'Pull',
};

export const DIMENSION_NAMES: Readonly<Record<DimensionId, string>> = {
  'control-empower': 'Control or empower',
  'detail-direction': 'Detail or direction',
  'tell-ask': 'Tell or ask',
  'push-pull': 'Push or pull',
};

/** One reading per dimension and position: what the style brings, and what to watch at its extreme. */
export const READINGS: Readonly<Record<DimensionId, Readonly<Record<Position, string>>>> = {
  'control-empower': {
    'strong-manage':
      'You decided how the work got done and checked it closely. Nothing slipped through, and people knew exactly what you expected. Watch that capable people still get room to own their work, or they stop offering ideas.',
    'lean-manage':
      'You mostly kept a hand on how things were done, and let go when you felt sure. That keeps quality steady. Check whether the people you held closest were the ones who needed it.',
    balanced:
      'You stepped in on some calls and stood back on others. Flexing like this is a strength when it follows the person and the stakes rather than your mood on the day.',
    'lean-lead':
      'You mostly agreed the outcome and let people own the how. That builds ownership. Make sure someone still sees early when a piece of work goes off track.',
    'strong-lead':
      'You handed ownership over almost every time. People grow fast when trusted like this. Watch for the moments when someone needed you closer, and for the risks nobody was checking.',
  },
  'detail-direction': {
    'strong-manage':
      'You kept your eyes on this month: the numbers, the process, the plan. Teams run smoothly with that grip. Watch that the why does not get lost, especially when things change.',
    'lean-manage':
      'You mostly worked on the plan and the numbers, with some talk of where things are going. Solid ground. People may still want to hear more about the bigger picture from you.',
    balanced:
      'You paid attention to both the plan and the destination. Moving between the two is what most teams need from the person in charge.',
    'lean-lead':
      'You mostly talked about where the team is going and why, with an eye on the plan. That helps people make their own good calls. Keep the numbers close enough to spot trouble early.',
    'strong-lead':
      'You kept pointing to the destination and the reasons for it. People find energy in that. Watch that the plan and the numbers still get the attention they need to land.',
  },
  'tell-ask': {
    'strong-manage':
      'You gave clear instructions and fixed things for people. Fast and dependable, and right when someone is new or the clock is short. Over time it can keep people from learning to solve it themselves.',
    'lean-manage':
      'You mostly told people what to do, and sometimes asked. That gets things moving. Notice who could have found the answer with one good question.',
    balanced:
      'You mixed instructions with questions. Knowing when to tell and when to ask is the heart of coaching.',
    'lean-lead':
      'You mostly coached with questions and let people practise. That grows capability. Some moments still call for a straight answer.',
    'strong-lead':
      'You asked rather than told, nearly every time. People learn by finding their own answers. Watch for those who were stuck and needed you to show them the way.',
  },
  'push-pull': {
    'strong-manage':
      'You pushed for the close and rewarded the deals that landed. Quarters get made that way. Watch what it teaches the team about customers, and about discounts.',
    'lean-manage':
      'You mostly backed pushing for the close, with some room for the buyer\'s side. Results matter. Check whether the quick wins cost you anything in the next quarter.',
    balanced:
      'You backed closing hard in some moments and going back to the buyer\'s problem in others. Reading which one a deal needs is a seller\'s core skill.',
    'lean-lead':
      'You mostly went back to the buyer\'s need and rewarded good discovery. That builds lasting accounts. Make sure deals still get pushed over the line when it is time.',
    'strong-lead':
      'You put the buyer\'s problem first every time and rewarded the work that finds it. Customers feel that. Watch that the team still closes with urgency when the fit is clear.',
  },
};

export const NOT_SEEN = 'This scenario did not put this question to you, so there is nothing to read here.';

/** Headline pieces: "A [adjective] [noun] [clause]." — e.g. "A hands-on manager who coaches." */
export const HEADLINE_ADJECTIVES: Readonly<Record<Pole, string>> = {
  control: 'hands-on',
  empower: 'trusting',
  detail: 'detail-minded',
  direction: 'big-picture',
  tell: 'directive',
  ask: 'questioning',
  push: 'closing-minded',
  pull: 'buyer-minded',
};

export const HEADLINE_CLAUSES: Readonly<Record<Pole, string>> = {
  control: 'who keeps a close hand on the work',
  empower: 'who lets people own the how',
  detail: 'who watches the numbers closely',
  direction: 'who keeps the destination in view',
  tell: 'who gives clear instructions',
  ask: 'who coaches',
  push: 'who pushes for the close',
  pull: 'who sells by listening',
};

export const HEADLINE_NOUNS = { manage: 'manager', lead: 'leader', balanced: 'all-rounder' } as const;

export const HEADLINE_NONE = 'Too few decisions to show a pattern yet';
/** Decisions were made, but no option carried a manage or lead tag (a story of the player's own, written without them). */
export const HEADLINE_UNTAGGED = 'No pattern to show: this story has no manage or lead tags';
export const HEADLINE_ALL_BALANCED = 'An all-rounder who mixes managing and leading';

/** The line on situational fit. `{percent}` is replaced by the figure. */
export const FIT_LINES = {
  none: 'None of these decisions turned on one person\'s readiness, so there is no fit figure this time.',
  figure: 'Your approach fitted the person in front of you {percent}% of the time.',
  perfect: 'Every time, how closely you worked with someone matched how ready they were.',
  mostlyOver: 'Where it missed, you mostly stepped in more than the person needed.',
  mostlyUnder: 'Where it missed, you mostly left people with less help than they needed.',
  mixed: 'Where it missed, you stepped in too much as often as you stood back too far.',
  /**
   * Decisions where you did the task yourself (`approach: none`) have no fit: said after the figure.
   * `{times}` is "Once", "Twice", "Three times"…; `{those}` is "that decision" or "those".
   */
  tookOver: '{times} you did the work yourself instead of the person: no fit is scored for {those}.',
  /** The same, when those were the only decisions about a person, so there is no figure at all. */
  allTookOver: '{times} you did the work yourself instead of the person: no fit is scored for {those}, so there is no fit figure this time.',
} as const;

/** "Once", "Twice", "Three times" … for the took-over sentences. */
export const TIMES_WORDS: readonly string[] = ['Once', 'Twice', 'Three times', 'Four times', 'Five times', 'Six times', 'Seven times', 'Eight times', 'Nine times', 'Ten times'];

export const FIT_DIRECTION_LABELS = {
  'over-directing': 'more direction than they needed',
  'under-directing': 'less help than they needed',
} as const;

/**
 * How the reveal, the debrief and the report describe a readiness level: Hersey's wording, the one
 * model the game uses everywhere (docs/authoring.md, "What each tag means"). Readiness is for a task.
 */
export const READINESS_LABELS: Readonly<Record<1 | 2 | 3 | 4, string>> = {
  1: 'unable and unwilling, or unable and insecure',
  2: 'unable but willing, or unable but confident',
  3: 'able but unwilling, or able but insecure',
  4: 'able and willing, and confident',
};

/** "Ana, for this task: R2, unable but willing, or unable but confident." (the debrief and the report). */
export function readinessSentence(readiness: { readonly level: 1 | 2 | 3 | 4; readonly person?: string }): string {
  return `${readiness.person ?? 'The person'}, for this task: R${readiness.level}, ${READINESS_LABELS[readiness.level]}.`;
}

/** How the debrief, the report and the spreadsheet's readers name an approach: Hersey's style names. */
export const APPROACH_LABELS = {
  direct: 'Direct (S1, telling)',
  coach: 'Coach (S2, selling)',
  support: 'Support (S3, participating)',
  delegate: 'Delegate (S4, delegating)',
  none: 'None: doing the task yourself, so no fit is scored',
} as const;

export const MOMENT_WORDS = {
  chosen: 'You chose',
  notTaken: 'Not taken',
  closerFit: 'A closer fit',
  decision: 'Decision',
} as const;
