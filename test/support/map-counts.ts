import type { MapCohort } from '../../src/core/debrief/map-cohort.ts';

/**
 * The count labels a map should show for a cohort, sorted as text: one per way from a decision to a
 * place, the options that lead to the same place adding up (worked out here from the edge keys, not
 * with the drawing's own code).
 */
export function expectedCountLabels(cohort: MapCohort): string[] {
  const merged = new Map<string, number>();
  for (const [key, n] of cohort.edges) {
    const [decision, , target] = key.split('\u0000');
    merged.set(`${decision}>${target}`, (merged.get(`${decision}>${target}`) ?? 0) + n);
  }
  return [...merged.values()].map(String).sort();
}
