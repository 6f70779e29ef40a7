/**
 * A face's expression as a handful of numbers. Each mood is one row; the portrait drawer turns a
 * row into brows, eyes, mouth, cheeks and a tilt of the head, so every person shares the same
 * vocabulary of feeling and a new mood is one more row, not nine more drawings.
 */
import type { MoodId } from '../../src/presentation/assets/asset-names.ts';

export interface Expression {
  /** Both brows up (+) or down (−), about −1…1. */
  readonly browRaise: number;
  /** Inner ends of the brows up, as in worry (+), or pulled down together, as in anger (−). */
  readonly browTilt: number;
  /** One brow higher than the other: + lifts the player's-left brow (the person's right). */
  readonly browAsym: number;
  /** Upper lids: 1 open, 0.5 half closed, 1.15 wide. */
  readonly eyeOpen: number;
  /** Lower lids pushed up by the cheeks, as in a real smile: 0…1. */
  readonly squint: number;
  /** Where the eyes look, −1…1 each way (x: to the player's right +; y: down +). */
  readonly gazeX: number;
  readonly gazeY: number;
  /** Mouth corners up (+, smile) or down (−). */
  readonly smile: number;
  /** How far the lips part: 0 closed, 1 wide. */
  readonly open: number;
  /** Mouth width relative to the person's own. */
  readonly width: number;
  /** One corner higher than the other (a wry or doubtful mouth): + lifts the player's-right corner. */
  readonly skew: number;
  /** Lips pressed together: a thicker, straighter line. 0…1. */
  readonly press: number;
  /** Warmth in the cheeks: 0…1. */
  readonly blush: number;
  /** Vertical lines between the brows: 0…1. */
  readonly furrow: number;
  /** Head tilt in degrees (+ clockwise) and chin down (+) in pixels. */
  readonly tilt: number;
  readonly chin: number;
  /** Shoulders up, in pixels (tension). */
  readonly shrug: number;
  /** Arms folded across the chest. */
  readonly armsFolded: boolean;
}

const BASE: Expression = {
  browRaise: 0,
  browTilt: 0,
  browAsym: 0,
  eyeOpen: 1,
  squint: 0,
  gazeX: 0,
  gazeY: 0,
  smile: 0.2,
  open: 0,
  width: 1,
  skew: 0,
  press: 0,
  blush: 0,
  furrow: 0,
  tilt: 0,
  chin: 0,
  shrug: 0,
  armsFolded: false,
};

export const EXPRESSIONS: Readonly<Record<MoodId, Expression>> = {
  // Attentive and at ease: a hint of a smile, so "neutral" still reads as friendly.
  neutral: BASE,
  // A real smile reaches the eyes: cheeks up, lower lids up, teeth showing.
  pleased: { ...BASE, browRaise: 0.35, eyeOpen: 0.95, squint: 0.55, smile: 1, open: 0.42, width: 1.18, blush: 0.55, tilt: -2.5 },
  // Brows up in the middle, mouth small and turned down, eyes a little wide.
  worried: { ...BASE, browRaise: 0.35, browTilt: 1, eyeOpen: 1.12, gazeY: 0.25, smile: -0.5, open: 0.12, width: 0.82, tilt: 3, shrug: 6 },
  // Brows pulled down and together, eyes narrowed, a flat frown pushed to one side.
  annoyed: { ...BASE, browRaise: -0.45, browTilt: -1, eyeOpen: 0.72, squint: 0.2, gazeX: 0.3, smile: -0.45, width: 0.9, skew: -0.25, press: 0.5, furrow: 1, tilt: -2 },
  // One brow up, eyes up and away, mouth pursed to the side, head tilted.
  thoughtful: { ...BASE, browRaise: 0.1, browAsym: 0.7, eyeOpen: 0.92, gazeX: -0.75, gazeY: -0.55, smile: 0, width: 0.72, skew: 0.5, tilt: 5 },
  // Braced: brows level and low, eyes wide, lips pressed thin, shoulders up.
  tense: { ...BASE, browRaise: -0.1, browTilt: -0.35, eyeOpen: 1.12, smile: -0.15, width: 0.85, press: 1, furrow: 0.6, shrug: 10 },
  // Guarded: chin down, a sideways look, one corner of the mouth tucked down, arms folded.
  defensive: { ...BASE, browRaise: -0.15, browTilt: -0.2, browAsym: -0.45, eyeOpen: 0.9, gazeX: 0.75, gazeY: 0.1, smile: -0.3, width: 0.86, skew: -0.55, press: 0.6, tilt: -4, chin: 8, armsFolded: true },
  // The breath out: soft brows, lids half down, a closed, easy smile.
  relieved: { ...BASE, browRaise: 0.45, browTilt: 0.45, eyeOpen: 0.5, squint: 0.25, gazeY: 0.2, smile: 0.75, width: 1.06, blush: 0.3, tilt: 4, shrug: -4 },
};
