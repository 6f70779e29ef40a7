/**
 * The number keys on the scenario list: 1–9 pick the first nine scenarios. A longer list (twelve
 * built in, plus any the player opens) is reached with Tab or the arrow keys, so no card promises a
 * key that cannot be pressed.
 */
export const MAX_KEYED = 9;

/** The key that picks the scenario at `index` (from 0), or undefined past the ninth. */
export function keyForScenario(index: number): number | undefined {
  return index >= 0 && index < MAX_KEYED ? index + 1 : undefined;
}
