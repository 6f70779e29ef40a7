import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keysFor, parseTag, parseTags } from '../../../src/core/story/tags.ts';

const where = 'stories/test.ink, line "Hello"';

describe('parseTag', () => {
  it('reads the global tags of the contract', () => {
    expect(parseTag('title: The forecast', 'global', where)).toEqual({ ok: true, value: { kind: 'title', text: 'The forecast' } });
    expect(parseTag('id: forecast', 'global', where)).toEqual({ ok: true, value: { kind: 'id', id: 'forecast' } });
    expect(parseTag('minutes: 12', 'global', where)).toEqual({ ok: true, value: { kind: 'minutes', minutes: 12 } });
    expect(parseTag('cast: Priya Nair, Tomás Ruiz', 'global', where)).toEqual({ ok: true, value: { kind: 'cast', names: ['Priya Nair', 'Tomás Ruiz'] } });
    expect(parseTag('meters: morale, pipeline, trust', 'global', where)).toEqual({ ok: true, value: { kind: 'meters', names: ['morale', 'pipeline', 'trust'] } });
    expect(parseTag('objective: Coach with questions', 'global', where)).toEqual({ ok: true, value: { kind: 'objective', text: 'Coach with questions' } });
  });

  it('reads line tags, with or without a space after the colon', () => {
    expect(parseTag('speaker: Priya', 'line', where)).toEqual({ ok: true, value: { kind: 'speaker', name: 'Priya' } });
    expect(parseTag('mood:worried', 'line', where)).toEqual({ ok: true, value: { kind: 'mood', mood: 'worried' } });
    expect(parseTag('scene: meeting-room', 'line', where)).toEqual({ ok: true, value: { kind: 'scene', scene: 'meeting-room' } });
    expect(parseTag('sfx: phone', 'line', where)).toEqual({ ok: true, value: { kind: 'sfx', cue: 'phone' } });
    expect(parseTag('music: off', 'line', where)).toEqual({ ok: true, value: { kind: 'music', state: 'off' } });
    expect(parseTag('clear', 'line', where)).toEqual({ ok: true, value: { kind: 'clear' } });
    expect(parseTag('ending: honest-number', 'line', where)).toEqual({ ok: true, value: { kind: 'ending', ending: 'honest-number' } });
  });

  it('reads an account as its name and what the company is', () => {
    expect(parseTag('account: Marlow Hotels (a hotel group, 22 hotels)', 'global', where)).toEqual({
      ok: true,
      value: { kind: 'account', name: 'Marlow Hotels', description: 'a hotel group, 22 hotels' },
    });
    expect(parseTag('account: Marlow Hotels', 'global', where).ok).toBe(false);
    expect(parseTag('account: A (b) (c)', 'global', where).ok).toBe(false);
    expect(parseTag('account: Marlow (hotels)', 'line', where).ok).toBe(false);
  });

  it('reads "order: fixed" for a decision that keeps its authored order, and nothing else', () => {
    expect(parseTag('order: fixed', 'line', where)).toEqual({ ok: true, value: { kind: 'order', order: 'fixed' } });
    expect(parseTag('order: shuffled', 'line', where).ok).toBe(false);
    expect(parseTag('order', 'line', where).ok).toBe(false);
  });

  it('reads approach "none" (you do the task yourself) beside the four approaches', () => {
    expect(parseTag('approach: none', 'choice', where)).toEqual({ ok: true, value: { kind: 'approach', approach: 'none' } });
    expect(parseTag('approach: delegate', 'choice', where)).toEqual({ ok: true, value: { kind: 'approach', approach: 'delegate' } });
    const bad = parseTag('approach: do-it', 'choice', where);
    expect(bad.ok ? '' : bad.error.message).toContain('direct, coach, support, delegate, none');
  });

  it('reads readiness with and without the person', () => {
    expect(parseTag('readiness: R2', 'line', where)).toEqual({ ok: true, value: { kind: 'readiness', level: 2 } });
    expect(parseTag('readiness: Priya Nair R4', 'line', where)).toEqual({ ok: true, value: { kind: 'readiness', level: 4, person: 'Priya Nair' } });
    expect(parseTag('readiness: R5', 'line', where).ok).toBe(false);
  });

  it('reads pattern poles with their side, dimension and weight', () => {
    expect(parseTag('lead:empower', 'choice', where)).toEqual({
      ok: true,
      value: { kind: 'pattern', side: 'lead', pole: 'empower', dimension: 'control-empower', weight: 1 },
    });
    expect(parseTag('manage: push=2', 'choice', where)).toEqual({
      ok: true,
      value: { kind: 'pattern', side: 'manage', pole: 'push', dimension: 'push-pull', weight: 2 },
    });
    expect(parseTag('approach: delegate', 'choice', where)).toEqual({ ok: true, value: { kind: 'approach', approach: 'delegate' } });
    expect(parseTag('debrief: Why?', 'choice', where)).toEqual({ ok: true, value: { kind: 'debrief', prompt: 'Why?' } });
  });

  it('refuses a pole on the wrong side, naming the tag and where it is', () => {
    const result = parseTag('manage:empower', 'choice', where);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ tag: '#manage:empower', where }) });
    if (!result.ok) expect(result.error.message).toMatch(/control, detail, tell, push/);
  });

  it('refuses malformed weights', () => {
    for (const raw of ['lead:ask=0', 'lead:ask=1.5', 'lead:ask=x', 'lead:ask=9']) {
      const result = parseTag(raw, 'choice', where);
      expect(result.ok, raw).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/weight/);
    }
  });

  it('refuses an unknown key and lists the known ones for that place', () => {
    const result = parseTag('speeker: Priya', 'line', where);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.tag).toBe('#speeker: Priya');
      expect(result.error.where).toBe(where);
      expect(result.error.message).toContain('unknown tag "speeker"');
      expect(result.error.message).toContain('speaker');
    }
  });

  it('points out upper-case keys', () => {
    const result = parseTag('Speaker: Priya', 'line', where);
    expect(!result.ok && result.error.message).toContain('keys are lower case');
  });

  it('refuses a tag in the wrong place, the classic one being a choice tag outside the brackets', () => {
    const result = parseTag('lead:empower', 'line', where);
    expect(!result.ok && result.error.message).toContain('inside a choice\'s brackets');
    const global = parseTag('speaker: Priya', 'global', where);
    expect(global.ok).toBe(false);
  });

  it('refuses empty and malformed values', () => {
    for (const [raw, place] of [
      ['title:', 'global'],
      ['id: The Forecast', 'global'],
      ['minutes: twelve', 'global'],
      ['minutes: 0', 'global'],
      ['meters: morale, , trust', 'global'],
      ['meters: team morale', 'global'],
      ['clear: now', 'line'],
      ['approach: shout', 'choice'],
    ] as const) {
      expect(parseTag(raw, place, where).ok, raw).toBe(false);
    }
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('global', 'line', 'choice') as fc.Arbitrary<'global' | 'line' | 'choice'>, (raw, place) => {
        const result = parseTag(raw, place, where);
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('parseTags', () => {
  it('keeps the good tags and reports each bad one', () => {
    const { tags, errors } = parseTags(['speaker: Dev', 'nonsense', 'mood: pleased'], 'line', where);
    expect(tags.map((tag) => tag.kind)).toEqual(['speaker', 'mood']);
    expect(errors.map((error) => error.tag)).toEqual(['#nonsense']);
  });

  it('quotes at most 80 characters of a tag, however long (4,000,000 characters)', () => {
    const huge = 'x'.repeat(4_000_000);
    for (const [raw, place] of [[huge, 'line'], [`lead: ${huge}`, 'choice'], [`meters: ${huge}!`, 'global'], [`lead: ask=${'9'.repeat(4_000_000)}`, 'choice']] as const) {
      const parsed = parseTag(raw, place, where);
      if (parsed.ok) throw new Error('accepted');
      expect(parsed.error.tag.length + parsed.error.message.length, raw.slice(0, 12)).toBeLessThan(400);
    }
  });

  it('lists the keys allowed in each place', () => {
    expect(keysFor('choice').sort()).toEqual(['approach', 'debrief', 'lead', 'manage']);
    expect(keysFor('global')).toContain('meters');
  });
});
