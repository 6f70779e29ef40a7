/** The story checker's report: a readable summary for people, JSON for tools. */
import type { StoryReport } from './check.ts';
import type { ChoiceStep } from './explore.ts';
import type { Finding } from './lint.ts';
import type { Extreme } from './playthroughs.ts';

/** `stories/x.ink line 12: message`, or `warning: message` for a warning, the form every tool of the project prints. */
export function formatFinding(finding: Finding): string {
  const where = finding.at ? `${finding.at.file} line ${finding.at.line}` : finding.file;
  return `${where}: ${finding.severity === 'warning' ? 'warning: ' : ''}${finding.message}`;
}

/** `1,3,2`: the choice numbers, as `npm run play -- story.ink --choices 1,3,2` takes them. */
export function choiceNumbers(choices: readonly ChoiceStep[]): string {
  return choices.map((choice) => choice.number).join(',');
}

/** The way to a place, with the start of each choice's text. */
export function describeWay(choices: readonly ChoiceStep[]): string {
  if (choices.length === 0) return 'at the start, before any choice';
  // A long way (a random walk's) names its last few choices only; the numbers give it all.
  const named = choices.slice(-6).map((choice) => `${choice.number} "${shorten(choice.text, 36)}"`);
  return `choices ${choiceNumbers(choices)}: ${choices.length > 6 ? '… → ' : ''}${named.join(' → ')}`;
}

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

const count = (n: number, one: string, many = `${one}s`) => `${n === Number.POSITIVE_INFINITY ? 'endlessly many' : n.toLocaleString('en')} ${n === 1 ? one : many}`;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

function signed(score: number): string {
  return `${score > 0 ? '+' : score < 0 ? '−' : ' '}${Math.abs(score).toFixed(2)}`;
}

function extreme(label: string, value: Extreme | undefined, show: (v: number) => string): string {
  return value ? `${label} ${show(value.value)} (choices ${choiceNumbers(value.choices) || 'none'})` : '';
}

/** The readable summary of one story. */
export function formatStoryReport(report: StoryReport): string {
  const out: string[] = [`${report.file} — ${report.title}`];
  const row = (label: string, text: string) => out.push(`  ${label.padEnd(14)}${text}`);
  const e = report.exploration;
  if (!e) {
    row('compiled', 'failed; nothing was explored');
  } else {
    const how = e.complete ? 'complete' : `stopped at the ${e.cappedBy} cap, so not every path was seen`;
    row('explored', `${count(e.states, 'decision state')} (up to ${e.depth} ${e.depth === 1 ? 'choice' : 'choices'} from the start), ${count(e.choicesTaken, 'choice')} taken: ${how} (${seconds(e.ms)}, ${Math.round(e.statesPerSecond)} states/s)`);
    if (e.knots && e.knots.total > 0) {
      const walked = e.knots.reachedByWalks > e.knots.reached ? `, ${e.knots.reachedByWalks} with the random walks` : '';
      row('knots', `${e.knots.reached} of ${e.knots.total} knots and stitches reached${walked}${e.knots.unreached.length > 0 ? `; never: ${e.knots.unreached.join(', ')}` : ''}`);
    }
    if (e.walks) {
      const w = e.walks;
      const found = [w.newEndings.length > 0 ? `${count(w.newEndings.length, 'new ending')}` : '', w.deadEnds > 0 ? count(w.deadEnds, 'dead end') : '', w.runtimeErrors > 0 ? count(w.runtimeErrors, 'runtime error') : '']
        .filter(Boolean)
        .join(', ');
      row('random walks', `${count(w.walks, 'walk')} (seed ${w.seed}, ${seconds(w.ms)}${w.unfinished > 0 ? `, ${w.unfinished} cut at the depth cap` : ''}): ${found || 'nothing new'}`);
    }
    const endings = e.endings.map((ending) => `${ending.id ?? '(no #ending tag)'}${ending.playThroughs === undefined ? '' : ` ×${ending.playThroughs === Number.POSITIVE_INFINITY ? '∞' : ending.playThroughs}`}`);
    row('endings', endings.length > 0 ? `${endings.length}: ${endings.join(', ')}` : 'none reached');
    if (e.playThroughs !== undefined) row('play-throughs', `${count(e.playThroughs, 'complete play-through')}`);
    const dead = report.findings.filter((f) => f.rule === 'dead-end').length;
    const errors = report.findings.filter((f) => f.rule === 'runtime-error').length;
    row('dead ends', `${dead === 0 ? 'none' : dead}; runtime errors: ${errors === 0 ? 'none' : errors}`);
    const s = e.scores;
    row('scores', s.complete ? 'over every complete play-through:' : `over the play-throughs seen before the caps (${count(s.searched, 'state')} searched), so the true range may be wider:`);
    for (const range of s.dimensions) {
      const name = range.dimension.replace('-', '–');
      const text = range.lowest ? `${extreme('lowest', range.lowest, signed)}   ${extreme('highest', range.highest, signed)}` : 'not seen';
      out.push(`      ${name.padEnd(18)}${text}`);
    }
    const percent = (v: number) => `${v}%`;
    row('fit', s.bestFit ? `${extreme('best', s.bestFit, percent)}   ${extreme('worst', s.worstFit, percent)}` : 'no decision declares readiness');
  }
  const errors = report.findings.filter((f) => f.severity === 'error');
  const warnings = report.findings.filter((f) => f.severity === 'warning');
  for (const finding of [...errors, ...warnings]) {
    out.push(`  ${formatFinding(finding)}`);
    if (finding.choices) out.push(`      reached by ${describeWay(finding.choices)}`);
  }
  const verdict = errors.length > 0 ? `FAILED: ${count(errors.length, 'error')}` : 'OK';
  out.push(`  ${verdict}${warnings.length > 0 ? `, ${count(warnings.length, 'warning')}` : ''} (${seconds(report.ms)} in all)`);
  return out.join('\n');
}

/** JSON for tools: Infinity (a loop allows endlessly many play-throughs) becomes "unbounded". */
export function reportJson(reports: readonly StoryReport[]): string {
  const ok = reports.every((report) => report.ok);
  return JSON.stringify({ ok, stories: reports }, (_key, value: unknown) => (value === Number.POSITIVE_INFINITY ? 'unbounded' : value), 2);
}
