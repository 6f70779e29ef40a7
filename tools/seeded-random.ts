/** The game's seeded generator (src/core/seeded-random.ts), and a pick from it for the tools' random walks. */
export { seededRandom } from '../src/core/seeded-random.ts';

/** A whole number from 0 to `count - 1`. */
export function pick(random: () => number, count: number): number {
  return Math.min(count - 1, Math.floor(random() * count));
}
