/**
 * The printable report of one play-through: a self-contained HTML page (no scripts beyond a print
 * button, no outside files) with the profile and the timeline of decisions, and print CSS so that
 * "Print → Save as PDF" gives clean A4 pages. Built as a string so it runs, and is tested, in Node.
 *
 * It carries a Content-Security-Policy of its own that allows its one style and its one script by
 * their hashes and nothing else: no inline handlers (onclick=…) and no style attributes (the bars'
 * lengths are SVG attributes). Opened from the game it is a blob: page, which also keeps the game's
 * policy (tools/csp.ts), so the game's policy allows the same two hashes.
 */
import { escapeXml } from '../text/escape.ts';
import { poleLabel, reviewDecision, shownOptions, votesLabel, DECIDED_BY_LABELS, voteShares, type ReviewedOption } from '../patterns/decision-review.ts';
import { DIMENSIONS } from '../patterns/dimensions.ts';
import { interpret } from '../patterns/interpret.ts';
import { momentText } from '../patterns/moments.ts';
import { profileOf } from '../patterns/profile.ts';
import { APPROACH_LABELS, FIT_DIRECTION_LABELS, POLE_NAMES, readinessSentence } from '../patterns/readings.ts';
import type { ChoiceLog, DecisionRecord } from './choice-log.ts';
import { namesIn } from '../names.ts';
import { describeDuration } from './facts.ts';

/** How many lines before each decision the report quotes (as the debrief does). */
export const REPORT_SITUATION_LINES = 3;

/** Text into HTML: story lines and aliases may contain <, & and quotes. */
export const escapeHtml = escapeXml;

const e = escapeHtml;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function reportTitle(log: ChoiceLog): string {
  return `${log.storyTitle}${log.alias ? ` · ${log.alias}` : ''}`;
}

/** When it was played, in the reader's words: "2 March 2026, 09:00". */
function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
}

export function reportHtml(log: ChoiceLog, now: number = Date.now()): string {
  const profile = profileOf(log);
  const words = interpret(profile);
  const count = log.decisions.length;
  const who = log.mode === 'group' ? `Played as a group${log.alias ? ` (${e(log.alias)})` : ''}` : `Played by ${log.alias ? e(log.alias) : 'one player'}`;
  const facts = `${who} · ${e(when(log.startedAt))} · ${count} ${count === 1 ? 'decision' : 'decisions'} in ${describeDuration(log, now)}`;
  const meters = Object.entries(log.meters).map(([name, value]) => `<li>${e(capitalise(name))} <strong>${value}</strong></li>`).join('');
  const bars = words.readings
    .map((reading) => {
      const dimension = DIMENSIONS.find((d) => d.id === reading.dimension);
      const score = reading.score;
      const fill =
        score === undefined
          ? ''
          : `<svg class="fill-layer" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true"><rect class="fill ${score < 0 ? 'manage' : 'lead'}" x="${(50 + Math.min(0, score) * 50).toFixed(1)}" width="${(Math.abs(score) * 50).toFixed(1)}" height="1"/></svg>`;
      return `<tr><th scope="row" class="pole">${e(dimension ? POLE_NAMES[dimension.manage] : '')}</th>
        <td class="track-cell"><span class="track">${fill}<span class="centre"></span></span><span class="bar-label">${e(reading.label)}${score === undefined ? '' : ` (${signed(score)})`}</span></td>
        <th scope="row" class="pole lead-pole">${e(dimension ? POLE_NAMES[dimension.lead] : '')}</th></tr>`;
    })
    .join('');
  const readings = words.readings
    .map((reading) => `<li><h3>${e(reading.name)} <span class="soft">· ${e(reading.label)}</span></h3><p>${e(reading.reading)}</p></li>`)
    .join('');
  const moments = profile.keyMoments
    .slice(0, 5)
    .map((moment) => {
      const text = momentText(moment);
      return `<li><h3>${e(text.title)}</h3><p>${e(text.detail)}</p></li>`;
    })
    .join('');
  return `${printablePageHead(`${reportTitle(log)} · Manage or Lead?`, REPORT_CSS, [REPORT_CSS_HASH])}
<body>
<main>
<header class="report-header">
  <p class="eyebrow">Manage or Lead? · Report</p>
  <h1>${e(log.storyTitle)}</h1>
  <p class="facts">${facts}</p>
  <button type="button" class="print-button">Print or save as PDF</button>
</header>
<section class="profile" aria-labelledby="pattern-title">
  <h2 id="pattern-title">The pattern</h2>
  <p class="headline">${e(words.headline)}</p>
  <p class="fit">${e(words.fitLine)}</p>
  <table class="chart"><caption>From managing (left) to leading (right), −1 to +1</caption><tbody>${bars}</tbody></table>
  ${meters ? `<ul class="meters" aria-label="Where things ended">${meters}</ul>` : ''}
  <h2>What the choices show</h2>
  <ul class="readings">${readings}</ul>
  ${moments ? `<h2>Moments to look back on</h2><ul class="moments">${moments}</ul>` : ''}
</section>
<section class="timeline" aria-labelledby="timeline-title">
  <h2 id="timeline-title">Decision by decision</h2>
  ${log.decisions.map(decisionHtml).join('\n')}
</section>
<footer>Saved by ${e(log.app.name)} ${e(log.app.version)} from the log of “${e(log.storyId)}” (story version ${e(log.storyHash)}, log format ${log.schema}).${log.ending ? ` Ending reached: ${e(log.ending)}.` : ''}</footer>
</main>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

function decisionHtml(record: DecisionRecord): string {
  const review = reviewDecision(record);
  const situation = record.situation
    .slice(-REPORT_SITUATION_LINES)
    .map((line) => `<p class="${line.speaker ? 'line' : 'line narration'}">${line.speaker ? `<span class="speaker">${e(line.speaker)}</span> ` : ''}${e(line.text)}</p>`)
    .join('');
  const readiness = record.readiness
    ? `<p class="readiness">${e(readinessSentence(record.readiness))}</p>`
    : '';
  const shares = record.votes ? voteShares(record.votes.tallies) : [];
  // In the order the player saw them, as the debrief shows them.
  const options = shownOptions(review).map((option) => optionHtml(option, shares[review.options.indexOf(option)])).join('');
  const prompts = record.prompts.length > 0 ? `<div class="prompts"><h4>To talk about</h4><ol>${record.prompts.map((p) => `<li>${e(p)}</li>`).join('')}</ol></div>` : '';
  const after = namesIn(record.metersAfter);
  const meters = [...namesIn(record.metersBefore)]
    .map(([name, before]) => {
      const then = after.get(name) ?? before;
      return `${e(capitalise(name))} ${before}${then === before ? '' : ` → ${then}`}`;
    })
    .join(' · ');
  const decidedBy = record.votes ? ` · ${e(DECIDED_BY_LABELS[record.votes.decidedBy])}` : '';
  return `<article class="decision">
  <h3>Decision ${record.number} <span class="soft">· ${seconds(record.msToDecide)} to decide${decidedBy}</span></h3>
  <div class="situation">${situation}${readiness}</div>
  <ol class="options">${options}</ol>
  ${prompts}
  ${meters ? `<p class="meter-line">${meters}</p>` : ''}
</article>`;
}

function optionHtml(option: ReviewedOption, share: number | undefined): string {
  const chips = [
    ...option.poles.map((pole) => `<span class="chip ${pole.side}">${e(poleLabel(pole))}</span>`),
    option.approach ? `<span class="chip">Approach · ${e(APPROACH_LABELS[option.approach])}</span>` : '',
    option.fit === undefined ? '' : `<span class="chip">Fit ${Math.round(option.fit * 100)}%${option.direction ? ` · ${e(FIT_DIRECTION_LABELS[option.direction])}` : ''}</span>`,
  ].join('');
  const votes =
    option.votes === undefined
      ? ''
      : `<span class="votes"><svg class="vote-bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true"><rect width="${Math.round((share ?? 0) * 100)}" height="1"/></svg>${e(votesLabel(option.votes))}</span>`;
  return `<li class="${option.chosen ? 'option chosen' : 'option'}"><p>${option.chosen ? '<strong>Chosen: </strong>' : ''}${e(option.text)}</p><p class="chips">${chips}${votes}</p></li>`;
}

function signed(score: number): string {
  const rounded = Math.round(score * 100) / 100;
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${Math.abs(rounded).toFixed(2)}`;
}

function seconds(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** The report's one script: the print button's handler. */
export const REPORT_SCRIPT = "document.querySelector('.print-button').addEventListener('click', () => window.print());";

/**
 * The SHA-256 hashes (base64) of REPORT_SCRIPT and REPORT_CSS, as the policy names them. The core has
 * no synchronous SHA-256, so they are written here; test/core/log/report.test.ts computes them again
 * and says the new value when either text changes.
 */
export const REPORT_SCRIPT_HASH = 'sha256-RadvdOsxIUPVg6TjfcY/Ijw1BD+U4T+AFPGgd9KMhPQ=';
export const REPORT_CSS_HASH = 'sha256-0418NitY2V9t+0cqc4rCJXCsCYgiVykFPIB145nzkoY=';

/**
 * The start of a printable page (this report, the story map's): its policy allows the print script and
 * the page's styles by their hashes and nothing else, no plugins, no forms, no <base>; then its title
 * (escaped here) and its one style sheet.
 */
export function printablePageHead(title: string, css: string, styleHashes: readonly string[]): string {
  const styles = styleHashes.map((hash) => `'${hash}'`).join(' ');
  const policy = `default-src 'none'; script-src '${REPORT_SCRIPT_HASH}'; style-src ${styles}; object-src 'none'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
<style>${css}</style>
</head>`;
}

export const REPORT_CSS = `
:root { --ink: #1c2333; --soft: #46506a; --accent: #0a5157; --manage: #2f5f86; --lead: #b7791f; --line: #d9d2c3; }
* { box-sizing: border-box; }
body { margin: 0; background: #efeae0; color: var(--ink); font: 16px/1.5 'Segoe UI', 'Helvetica Neue', 'DejaVu Sans', Arial, sans-serif; }
main { max-width: 860px; margin: 24px auto; background: #fff; padding: 40px 48px; border-radius: 12px; box-shadow: 0 6px 24px rgba(0,0,0,.12); }
h1 { font-size: 32px; margin: 4px 0 6px; }
h2 { font-size: 21px; color: var(--accent); margin: 28px 0 10px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 17px; margin: 0 0 4px; }
h4 { font-size: 15px; margin: 8px 0 4px; color: var(--accent); }
p { margin: 0 0 6px; }
.eyebrow { text-transform: uppercase; letter-spacing: .05em; font-weight: 700; font-size: 13px; color: var(--lead); margin: 0; }
.facts, .soft { color: var(--soft); font-weight: 400; }
.print-button { font: inherit; font-size: 16px; background: var(--accent); color: #fff; border: 0; border-radius: 8px; padding: 10px 18px; cursor: pointer; margin-top: 8px; }
.headline { font-size: 22px; font-weight: 700; margin-bottom: 4px; }
.chart { width: 100%; border-collapse: collapse; margin: 14px 0 6px; }
.chart caption { caption-side: bottom; text-align: center; font-size: 13px; color: var(--soft); padding-top: 4px; }
.chart th { font-size: 15px; width: 110px; text-align: right; padding: 6px 12px; }
.chart th.lead-pole { text-align: left; }
.track-cell { padding: 8px 0; }
.track { position: relative; display: block; height: 14px; background: #ebe6dc; border-radius: 7px; }
.fill-layer { position: absolute; inset: 0; width: 100%; height: 100%; }
.fill.manage { fill: var(--manage); }
.fill.lead { fill: var(--lead); }
.centre { position: absolute; left: calc(50% - 1px); top: -4px; bottom: -4px; width: 2px; background: var(--ink); }
.bar-label { display: block; text-align: center; font-size: 13px; color: var(--soft); }
.meters { list-style: none; padding: 0; display: flex; gap: 24px; margin: 10px 0; }
.readings, .moments { list-style: none; padding: 0; margin: 0; display: grid; gap: 10px; }
.readings p, .moments p { color: var(--soft); }
.decision { border: 1px solid var(--line); border-radius: 10px; padding: 14px 18px; margin: 0 0 14px; }
.situation { background: #f7f3ea; border-radius: 8px; padding: 8px 12px; margin: 6px 0 10px; }
.line { margin: 0 0 4px; }
.speaker { font-weight: 700; text-transform: uppercase; font-size: 12px; letter-spacing: .04em; color: var(--accent); }
.narration { font-style: italic; color: var(--soft); }
.readiness { font-weight: 600; color: var(--accent); margin: 4px 0 0; }
.options { margin: 0; padding-left: 22px; display: grid; gap: 6px; }
.option p { margin: 0; }
.option.chosen > p:first-child { font-weight: 600; }
.option.chosen { background: #fdf3e1; border-left: 4px solid var(--lead); padding: 4px 8px; margin-left: -12px; border-radius: 4px; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; margin-top: 2px !important; }
.chip { font-size: 12px; padding: 1px 8px; border-radius: 10px; background: #ebe6dc; color: var(--ink); }
.chip.manage { background: #dbe7f2; color: #1f4466; }
.chip.lead { background: #f7e6c8; color: #6b4409; }
.votes { display: inline-flex; align-items: center; gap: 6px; font-size: 13px; font-weight: 600; }
.vote-bar { display: inline-block; width: 90px; height: 8px; background: #ebe6dc; border-radius: 4px; overflow: hidden; }
.vote-bar rect { fill: var(--accent); }
.prompts ol { margin: 0; padding-left: 22px; }
.meter-line { font-size: 13px; color: var(--soft); margin: 8px 0 0; }
footer { margin-top: 24px; font-size: 12px; color: var(--soft); }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@page { size: A4; margin: 14mm 14mm 16mm; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; border-radius: 0; }
  .print-button { display: none; }
  h2, h3, h4 { break-after: avoid; }
  /* A decision may run onto the next page, but never through its situation or one of its options. */
  .situation, .option, .prompts, .readings li, .moments li, .chart { break-inside: avoid; }
  .decision { padding: 10px 14px; margin-bottom: 10px; }
  .timeline { break-before: page; }
}
`;
