import { describe, expect, it } from 'vitest';
import { escapeHtml, reportHtml } from '../../../src/core/log/report.ts';
import { interpret } from '../../../src/core/patterns/interpret.ts';
import { profileOf } from '../../../src/core/patterns/profile.ts';
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
    expect(html).not.toMatch(/<script|<link|src=/);
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
