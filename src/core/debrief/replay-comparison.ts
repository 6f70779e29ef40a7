/**
 * What a replay's reveal says about the play-through it replayed: where the two ways parted, and how
 * each ended. Read from the replay's own log (its `replayOf`), so it needs no other file.
 */
import type { ChoiceLog } from '../log/choice-log.ts';
import { profileOf } from '../patterns/profile.ts';
import { endingName } from './map-svg.ts';

/** The first decision where the replay chose differently from the original, or undefined when it never did. */
export function partedAt(log: ChoiceLog): number | undefined {
  const origin = log.replayOf;
  if (!origin) return undefined;
  const index = log.decisions.findIndex((decision, i) => i >= origin.fromDecision - 1 && decision.chosen !== origin.choices[i]);
  if (index >= 0) return index + 1;
  // Same choices as far as the replay went; a replay shorter or longer than the original still parted.
  return log.decisions.length === origin.choices.length ? undefined : Math.min(log.decisions.length, origin.choices.length) + 1;
}

export function replayComparison(log: ChoiceLog): string | undefined {
  const origin = log.replayOf;
  if (!origin) return undefined;
  const who = origin.alias ? ` (${origin.alias})` : '';
  const ended = (ending: string | undefined, fit: number | undefined) =>
    `${ending ? `ended in “${endingName(ending)}”` : 'did not reach an ending'}${fit === undefined ? '' : ` with ${fit}% fit`}`;
  const parted = partedAt(log);
  const fit = profileOf(log).fit.percent;
  const start = `This was a replay from decision ${origin.fromDecision} of an earlier play-through${who}.`;
  if (parted === undefined) return `${start} It took the same way as the original, and ${ended(log.ending, fit)}.`;
  return `${start} The original ${ended(origin.ending, origin.fitPercent)}. This time the way parted at decision ${parted}, and it ${ended(log.ending, fit)}.`;
}
