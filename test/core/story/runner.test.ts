import { describe, expect, it } from 'vitest';
import { StoryRunner, type Beat } from '../../../src/core/story/runner.ts';
import { compiledFile, compiledSource } from '../../support/stories.ts';

const SAMPLE = 'test/fixtures/stories/sample.ink';

function open(json: string, file = SAMPLE): StoryRunner {
  const result = StoryRunner.open(json, file);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function next(runner: StoryRunner): Beat {
  const beat = runner.continue();
  if (!beat.ok) throw new Error(beat.error.message);
  return beat.value;
}

describe('StoryRunner', () => {
  it('reads the story facts from its global tags', () => {
    const runner = open(compiledFile(SAMPLE));
    expect(runner.info).toEqual({
      id: 'sample',
      title: 'Sample review',
      summary: 'A tiny story the tests play through.',
      minutes: 3,
      cast: ['Ana Reyes'],
      objectives: ['Show that the runner, the session and the log work together.'],
      meters: ['trust', 'pipeline'],
      accounts: [{ name: 'Brightwater', description: 'a building-supplies wholesaler' }],
    });
    expect(runner.infoErrors).toEqual([]);
  });

  it('returns the lines up to a decision with their tags parsed, and the choices with theirs', () => {
    const beat = next(open(compiledFile(SAMPLE)));
    expect(beat.ended).toBe(false);
    expect(beat.warnings).toEqual([]);
    // The global tags ink repeats on the first line are not line tags.
    expect(beat.lines).toEqual([
      { text: 'Ana drops into the chair across from you.', tags: [{ kind: 'scene', scene: 'office' }] },
      {
        text: '"The Brightwater deal slipped again."',
        tags: [
          { kind: 'speaker', name: 'Ana' },
          { kind: 'mood', mood: 'worried' },
          { kind: 'readiness', level: 2, person: 'Ana' },
          { kind: 'debrief', prompt: 'What did Ana need?' },
        ],
      },
    ]);
    expect(beat.choices).toEqual([
      {
        index: 0,
        text: 'Ask her what she thinks is blocking it',
        rawTags: ['lead:ask', 'approach:coach'],
        path: expect.stringMatching(/\.c-0$/),
        tags: [
          { kind: 'pattern', side: 'lead', pole: 'ask', dimension: 'tell-ask', weight: 1 },
          { kind: 'approach', approach: 'coach' },
        ],
      },
      {
        index: 1,
        text: 'Tell her to call the buyer today',
        rawTags: ['manage:tell', 'approach:direct'],
        path: expect.stringMatching(/\.c-1$/),
        tags: [
          { kind: 'pattern', side: 'manage', pole: 'tell', dimension: 'tell-ask', weight: 1 },
          { kind: 'approach', approach: 'direct' },
        ],
      },
    ]);
  });

  it('plays a path to the end, reading meters as ink variables', () => {
    const runner = open(compiledFile(SAMPLE));
    next(runner);
    expect(runner.variable('trust')).toBe(50);
    expect(runner.choose(0).ok).toBe(true);
    const second = next(runner);
    expect(second.lines[0]?.text).toBe('"Honestly? Their finance lead went quiet."');
    expect(runner.variable('trust')).toBe(60);
    expect(runner.choose(1).ok).toBe(true);
    const last = next(runner);
    expect(last.ended).toBe(true);
    expect(last.lines.at(-1)).toEqual({ text: 'The week ends.', tags: [{ kind: 'ending', ending: 'quiet-week' }] });
    expect(runner.ended).toBe(true);
    expect(runner.variable('no_such_meter')).toBeUndefined();
  });

  it('does not mistake the tags of a bracket-less choice, which ink repeats on its echoed line, for line tags', () => {
    const runner = open(compiledFile(SAMPLE));
    next(runner);
    runner.choose(0);
    next(runner);
    runner.choose(0); // "Send it as it is #manage:detail=2", written without brackets
    const beat = next(runner);
    expect(beat.warnings).toEqual([]);
    expect(beat.lines[0]).toEqual({ text: 'Send it as it is', tags: [] });
  });

  it('refuses a choice that is not on offer and changes nothing', () => {
    const runner = open(compiledFile(SAMPLE));
    next(runner);
    const before = runner.saveState();
    for (const index of [2, -1, 0.5, Number.NaN]) {
      const result = runner.choose(index);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.kind).toBe('not-offered');
        expect(result.error.message).toContain('choices on offer are 0 to 1');
      }
    }
    expect(runner.saveState()).toBe(before);
  });

  it('saves and restores the state so a reload resumes on the same text and choices', () => {
    const json = compiledFile(SAMPLE);
    const first = open(json);
    next(first);
    first.choose(1);
    const atSecond = next(first);
    const saved = first.saveState();

    const second = open(json);
    expect(second.loadState(saved).ok).toBe(true);
    expect(second.variable('trust')).toBe(45);
    second.choose(1);
    const resumed = next(second);
    first.choose(1);
    expect(resumed).toEqual(next(first));
    expect(atSecond.choices.map((c) => c.text)).toEqual(['Send it as it is', 'Talk about where the quarter is going']);
  });

  it('keeps its state when asked to load a broken one', () => {
    const runner = open(compiledFile(SAMPLE));
    next(runner);
    const before = runner.saveState();
    const result = runner.loadState('{"not": "a state"');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('bad-state');
    expect(runner.saveState()).toBe(before);
    expect(runner.choose(0).ok).toBe(true);
  });

  it('turns an ink runtime error into a failure result instead of a throw', () => {
    const runner = open(compiledSource('Hi\n~ temp y = RANDOM(3, 1)\nAfter\n-> END\n'), 'stories/random.ink');
    const result = runner.continue();
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('ink-error');
      expect(result.error.message).toMatch(/^stories\/random\.ink: .*RANDOM was called with minimum as 3 and maximum as 1/);
    }
  });

  it('stops a story that loops for ever with no choice, with a message, instead of holding the page', () => {
    const runner = open(compiledSource('Ana waits.\n* [Wait with her]\n    -> wait\n* [Leave]\n    -> END\n=== wait ===\n-> wait\n'), 'loop.ink');
    next(runner);
    expect(runner.choose(0).ok).toBe(true);
    const stopped = runner.continue();
    expect(stopped.ok ? 'went on' : stopped.error.message).toMatch(/^loop\.ink, at wait(\.\d+)?: the story ran 200,000 steps without reaching a choice or an end/);
  });

  it('turns a thrown ink exception into a failure result', () => {
    const runner = open(compiledSource('EXTERNAL missing()\nHi {missing()}\n-> END\n'), 'stories/external.ink');
    const result = runner.continue();
    expect(!result.ok && result.error.message).toContain('Missing function binding for external');
  });

  it('reports bad tags as warnings naming the tag and where it is, and goes on', () => {
    const source = '# title: T\n# id: t\nHello #speeker: Ana\n* [Go on #lead:empower] -> END\n* [Stop] #lead:empower\n  -> END\n';
    const runner = open(compiledSource(source), 'stories/t.ink');
    const beat = next(runner);
    expect(beat.lines[0]?.text).toBe('Hello');
    const messages = beat.warnings.map((w) => (w.kind === 'tag' ? `${w.error.where} | ${w.error.tag} | ${w.error.message}` : w.message));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^stories\/t\.ink, .*line "Hello" \| #speeker: Ana \| unknown tag "speeker"/);
    expect(beat.choices[1]?.tags).toEqual([]);
  });

  it('quotes at most 80 characters of a choice in a warning about its tags, however long the choice', () => {
    const source = `# title: T\n# id: t\nHello\n* [${'x'.repeat(1_000_000)} #speeker: Ana]\n  -> END\n`;
    const beat = next(open(compiledSource(source), 'stories/t.ink'));
    const messages = beat.warnings.map((w) => (w.kind === 'tag' ? `${w.error.where} | ${w.error.tag} | ${w.error.message}` : w.message));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(new RegExp(`^stories/t\\.ink, choice "${'x'.repeat(79)}…" at .* \\| #speeker: Ana \\| unknown tag "speeker"`));
  });

  it('names a story whose JSON cannot be read', () => {
    const result = StoryRunner.open('{"inkVersion": 1, "root": []}', 'stories/old.ink');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^stories\/old\.ink could not be opened/);
    expect(StoryRunner.open('not json', 'stories/x.ink').ok).toBe(false);
  });

  it('accepts JSON that starts with a byte-order mark, as inklecate writes it', () => {
    const result = StoryRunner.open('\uFEFF' + compiledFile(SAMPLE), SAMPLE);
    expect(result.ok).toBe(true);
  });

  it('falls back to the file name and reports it when the title and id are missing', () => {
    const runner = open(compiledSource('Just text.\n-> END\n'), 'stories/untitled.ink');
    expect(runner.info.id).toBe('untitled');
    expect(runner.info.title).toBe('untitled');
    expect(runner.infoErrors.map((e) => e.message).join(' ')).toMatch(/no title.*no id/);
  });
});
