import { describe, expect, it } from 'vitest';
import { escapeHtml, REPORT_CSS, REPORT_CSS_HASH, REPORT_SCRIPT, REPORT_SCRIPT_HASH, reportHtml } from '../../../src/core/log/report.ts';
import { interpret } from '../../../src/core/patterns/interpret.ts';
import { profileOf } from '../../../src/core/patterns/profile.ts';
import { inlineBlocks, policyOf, sha256Source } from '../../../tools/csp.ts';
import { playLog, roomVotes } from '../../support/logs.ts';

describe('the printable report', () => {
  it('has the profile and every decision, with print CSS', () => {
    const log = playLog('stories/forecast.ink', { pick: (step, choices) => step % choices.length, alias: 'Priya <Team 2> & co' });
    const html = reportHtml(log, Date.parse(log.endedAt ?? log.startedAt));
    const words = interpret(profileOf(log));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`<p class="headline">${escapeHtml(words.headline)}</p>`);
    expect(html).toContain(escapeHtml(words.fitLine));
    for (const reading of words.readings) expect(html).toContain(escapeHtml(reading.reading));
    expect(html).toContain('Played by Priya &lt;Team 2&gt; &amp; co');
    expect(html).not.toContain('<Team 2>');
    for (const record of log.decisions) {
      expect(html).toContain(`<h3>Decision ${record.number} `);
      const chosen = record.options.find((o) => o.index === record.chosen);
      expect(html).toContain(`<strong>Chosen: </strong>${escapeHtml(chosen?.text ?? '')}`);
    }
    expect(html).toMatch(/@media print \{[^]*\.print-button \{ display: none; \}/);
    expect(html).toContain('@page { size: A4;');
    expect(html).not.toMatch(/<link|src=/);
  });

  it('allows only its own style and print script by their hashes, with no inline handlers or style attributes', () => {
    const log = playLog('stories/push-or-pull.ink', { pick: () => 0, mode: 'group', votes: roomVotes(12) });
    const html = reportHtml(log);
    // Written into the core by hand (it has no synchronous SHA-256): when a text changes, this says the new hash.
    expect(`'${REPORT_SCRIPT_HASH}'`, 'REPORT_SCRIPT_HASH').toBe(sha256Source(REPORT_SCRIPT));
    expect(`'${REPORT_CSS_HASH}'`, 'REPORT_CSS_HASH').toBe(sha256Source(REPORT_CSS));
    expect(inlineBlocks(html)).toEqual({ scripts: [REPORT_SCRIPT], styles: [REPORT_CSS] });
    const policy = policyOf(html);
    expect(policy).toBe(`default-src 'none'; script-src ${sha256Source(REPORT_SCRIPT)}; style-src ${sha256Source(REPORT_CSS)}; object-src 'none'; base-uri 'none'; form-action 'none'`);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/\sstyle=/i);
    // The bars are drawn to length all the same: the vote shares and the dimension scores as SVG widths.
    expect(html).toMatch(/<svg class="vote-bar"[^>]*><rect width="\d+" height="1"\/><\/svg>/);
    expect(html).toMatch(/<rect class="fill (manage|lead)" x="[\d.]+" width="[\d.]+" height="1"\/>/);
  });

  it('shows the room’s votes in group mode', () => {
    const log = playLog('stories/push-or-pull.ink', { pick: () => 0, mode: 'group', votes: roomVotes(12) });
    const html = reportHtml(log);
    expect(html).toContain('Played as a group');
    const first = log.decisions[0]?.votes?.tallies[0] as number;
    expect(html).toContain(`${first} votes</span>`);
    expect(html).toContain('The room’s vote decided');
  });
});
