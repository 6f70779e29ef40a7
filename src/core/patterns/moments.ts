/** A key moment in words: the reveal, the debrief and the printable report all say it the same way. */
import { DIMENSION_NAMES, FIT_DIRECTION_LABELS, MOMENT_WORDS, READINESS_LABELS } from './readings.ts';
import type { KeyMoment } from './profile.ts';

export function momentText(moment: KeyMoment): { title: string; detail: string } {
  const title =
    moment.kind === 'fit-miss' && moment.fit
      ? `${MOMENT_WORDS.decision} ${moment.decision} · ${moment.fit.person ?? 'They'} ${moment.fit.person ? 'was' : 'were'} at R${moment.fit.readiness} for this task: ${READINESS_LABELS[moment.fit.readiness]}`
      : `${MOMENT_WORDS.decision} ${moment.decision} · ${moment.dimension ? DIMENSION_NAMES[moment.dimension] : ''}`;
  const miss = moment.kind === 'fit-miss' && moment.fit?.direction ? ` (${FIT_DIRECTION_LABELS[moment.fit.direction]})` : '';
  const other = moment.kind === 'fit-miss' ? MOMENT_WORDS.closerFit : MOMENT_WORDS.notTaken;
  return { title, detail: `${MOMENT_WORDS.chosen}: “${moment.chosen.text}”${miss}. ${other}: “${moment.alternative.text}”.` };
}
