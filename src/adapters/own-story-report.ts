/**
 * What the check of a story from a person's own files finds: the same compiler and the same checks as
 * `npm run stories:check` (tools/story-check/check.ts, tools/ink-source-compiler.ts) over the files in
 * memory, with the explorer's caps and its step cap keeping a big or endless story from holding the
 * worker (own-story-worker.ts) for more than a few seconds.
 */
import { openSession, storyHashOf } from '../core/session.ts';
import { systemClock } from '../core/ports.ts';
import { RUNAWAY_MESSAGE } from '../core/story/step-cap.ts';
import { boundedMessage } from '../core/text/excerpt.ts';
import { mainFileOf, type OwnStoryCheck, type OwnStoryFile, type OwnStoryProblem } from '../core/story/own-stories.ts';
import { inkFilesInMemory } from '../../tools/ink-source-compiler.ts';
import { checkInk, type StoryReport } from '../../tools/story-check/check.ts';
import type { Finding } from '../../tools/story-check/lint.ts';
import { choiceNumbers, formatFinding } from '../../tools/story-check/report.ts';

/** Caps for one story: a few seconds in all, however large it is. */
const CAPS = { maxMs: 3000, walkMs: 500, scoreMs: 500 } as const;

const NO_TAGS = 'no option carries a manage or lead tag (such as #lead:ask or #manage:control), so the story plays as it is, and the reveal will have no dimensions to show';

function problemOf(finding: Finding): OwnStoryProblem {
  const way = finding.choices && finding.choices.length > 0 ? ` (reached by choices ${choiceNumbers(finding.choices)})` : '';
  // A compiler's message quotes the story's own text at any length ("Divert target not found: '-> …'"): bounded here.
  return { severity: finding.severity, text: `${boundedMessage(formatFinding(finding))}${way}` };
}

/** True when some option carries a pole, or the play-throughs meet a dimension or a readiness. */
function hasGameTags(report: StoryReport): boolean {
  const scores = report.exploration?.scores;
  const scored = scores !== undefined && (scores.dimensions.some((range) => range.lowest !== undefined) || scores.bestFit !== undefined);
  return scored || !report.findings.some((finding) => finding.rule === 'no-pole');
}

/** Check the files picked together; the story can be played unless it did not compile or loops for ever. */
export function checkOwnStoryFiles(files: readonly OwnStoryFile[]): OwnStoryCheck {
  const main = mainFileOf(files);
  if (!main) return { file: '', problems: [{ severity: 'error', text: 'no file was opened' }], story: undefined };
  const { report, json } = checkInk(inkFilesInMemory(main.name, new Map(files.map((file) => [file.name, file.text]))), CAPS);
  const tagged = hasGameTags(report);
  const findings = tagged ? report.findings : report.findings.filter((finding) => finding.rule !== 'no-pole');
  const problems = [
    ...findings.map(problemOf),
    ...(tagged ? [] : [{ severity: 'warning' as const, text: `${main.name}: warning: ${NO_TAGS}` }]),
  ].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const loops = report.findings.some((finding) => RUNAWAY_MESSAGE.test(finding.message));
  const opened = json === undefined || loops ? undefined : openSession(json, main.name, systemClock);
  if (!opened?.ok || json === undefined) return { file: main.name, problems, story: undefined };
  return { file: main.name, problems, story: { file: main.name, info: opened.value.info, hash: storyHashOf(json), json, tagged, problems } };
}
