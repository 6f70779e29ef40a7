/** Plain facts about a play-through, for the reveal and the printable report. */
import type { ChoiceLog } from './choice-log.ts';

/** "You made 6 decisions in 9 minutes." */
export function factsOf(log: ChoiceLog, now: number = Date.now()): string {
  const count = log.decisions.length;
  return `You made ${count} ${count === 1 ? 'decision' : 'decisions'} in ${describeDuration(log, now)}.`;
}

/** How long the play-through took (until now, for one still going). */
export function describeDuration(log: ChoiceLog, now: number = Date.now()): string {
  const end = log.endedAt ? Date.parse(log.endedAt) : now;
  const seconds = Math.max(0, Math.round((end - Date.parse(log.startedAt)) / 1000));
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.round(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}
