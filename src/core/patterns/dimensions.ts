/**
 * The pattern model of DESIGN §2: four bipolar dimensions, each with a manage pole and a lead pole.
 * Everything that names a pole or a dimension reads it from here.
 */

export type Side = 'manage' | 'lead';
export type Pole = 'control' | 'empower' | 'detail' | 'direction' | 'tell' | 'ask' | 'push' | 'pull';
export type DimensionId = 'control-empower' | 'detail-direction' | 'tell-ask' | 'push-pull';

export interface Dimension {
  readonly id: DimensionId;
  readonly manage: Pole;
  readonly lead: Pole;
  /** The question the dimension asks, in plain words. */
  readonly question: string;
}

export const DIMENSIONS: readonly Dimension[] = [
  { id: 'control-empower', manage: 'control', lead: 'empower', question: 'Who decides how the work is done?' },
  { id: 'detail-direction', manage: 'detail', lead: 'direction', question: 'What do you pay attention to?' },
  { id: 'tell-ask', manage: 'tell', lead: 'ask', question: 'How do you develop people?' },
  { id: 'push-pull', manage: 'push', lead: 'pull', question: 'How do you sell, and what do you reward?' },
];

/** Where a pole sits: its dimension and its side. */
export function locatePole(pole: string): { dimension: Dimension; side: Side } | undefined {
  for (const dimension of DIMENSIONS) {
    if (dimension.manage === pole) return { dimension, side: 'manage' };
    if (dimension.lead === pole) return { dimension, side: 'lead' };
  }
  return undefined;
}

export const POLES_OF_SIDE: Readonly<Record<Side, readonly Pole[]>> = {
  manage: DIMENSIONS.map((d) => d.manage),
  lead: DIMENSIONS.map((d) => d.lead),
};

/** Situational leadership (Hersey–Blanchard): the four approaches S1–S4 and readiness R1–R4. */
export type Approach = 'direct' | 'coach' | 'support' | 'delegate';
export type ReadinessLevel = 1 | 2 | 3 | 4;

export const APPROACH_LEVEL: Readonly<Record<Approach, ReadinessLevel>> = {
  direct: 1,
  coach: 2,
  support: 3,
  delegate: 4,
};

export const APPROACHES = Object.keys(APPROACH_LEVEL) as Approach[];

/**
 * What an option's `#approach` tag may say: one of the four, or `none` when you do the task yourself
 * instead of the person (CONTENT.md: that is `manage:control`, and no fit is claimed for it).
 */
export type ApproachChoice = Approach | 'none';
export const APPROACH_CHOICES: readonly ApproachChoice[] = [...APPROACHES, 'none'];

/** The approach as S1–S4, or undefined for `none`. */
export function situationalApproach(choice: ApproachChoice | undefined): Approach | undefined {
  return choice === undefined || choice === 'none' ? undefined : choice;
}
