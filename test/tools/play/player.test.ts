/**
 * The terminal player on plain ink (glue, a tunnel, a thread, a list, functions, an INCLUDE) and on
 * a story of ours. The transcripts below were worked out by hand from the ink, in inklecate's format.
 */
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lineInput, playStory, randomInput, scriptedInput, type Input, type PlayFormat } from '../../../tools/play/player.ts';
import { compiledFile, ROOT } from '../../support/stories.ts';

const FEATURES = 'test/fixtures/check/play/features.ink';
const features = compiledFile(FEATURES);

async function play(json: string, format: PlayFormat, input: Input, echo = false) {
  let out = '';
  const result = await playStory(json, { format, input, write: (text) => (out += text), echo, seed: 1 });
  return { out, result };
}

// Wait it out (3), once more (1), ask about the numbers (2), go home (1). On the second visit the
// once-only "Wait it out" is gone; the thread's "Check the email" comes first, as the thread runs
// before the office's own choices are reached; "Once more" needs visits < 2.
const TRANSCRIPT = `The office is quiet and it stays quiet.
# tags: place: office
Visit number 1.
Everyone is tense.

1: Check the email
2: Ask about the numbers
3: Wait it out
?> Wait it out
# tags: patience
Mood is now angry, and 2 is twice 1.

1: Once more
2: Go home
?> and it stays quiet.
# tags: place: office
Visit number 2.
Everyone is angry.

1: Check the email
2: Ask about the numbers
?> "The numbers?" she says.
# tags: speaker: Priya
Mood is now calm, and 4 is twice 2.

1: Go home
?> You go home.
`;

describe('playStory', () => {
  it('prints inklecate\'s transcript format for a scripted play-through of plain ink', async () => {
    const { out, result } = await play(features, 'transcript', scriptedInput([3, 1, 2, 1]));
    expect(out).toBe(TRANSCRIPT);
    expect(result).toEqual({ choices: [3, 1, 2, 1], stopped: 'end', ending: undefined });
  });

  it('says the input stream closed when the script runs out, as inklecate does', async () => {
    const { out, result } = await play(features, 'transcript', scriptedInput([3, 1, 2]));
    expect(out).toBe(TRANSCRIPT.replace(/You go home\.\n$/, '<User input stream closed.>\n'));
    expect(result.stopped).toBe('input-closed');
  });

  it('asks again after a choice out of range or a word it does not know', async () => {
    const typed = (async function* () {
      yield* ['9', 'maybe', '3'];
    })();
    const { out } = await play(features, 'transcript', lineInput(typed));
    expect(out).toContain("?> Choice out of range\n?> Unexpected input. Type 'help' or a choice number.\n?> Wait it out\n");
  });

  it('walks at random the same way for the same seed, and the walk replays as a script', async () => {
    const first = await play(features, 'transcript', randomInput(42));
    const second = await play(features, 'transcript', randomInput(42));
    expect(second.out).toBe(first.out);
    expect(first.result.stopped).toBe('end');
    const replay = await play(features, 'transcript', scriptedInput(first.result.choices));
    expect(replay.out).toBe(first.out);
  });

  it('in story format shows speakers, hides the game\'s own tags and shows the others', async () => {
    const { out } = await play(features, 'story', scriptedInput([2, 2]), true);
    expect(out).toContain('1: Check the email\n2: Ask about the numbers\n3: Wait it out\n?> 2\nPriya: "The numbers?" she says.\n');
    expect(out).toContain('# tags: place: office\n');
    expect(out).not.toContain('speaker:');
    expect(out).toMatch(/You go home\.\n\n--- End of story ---\n$/);
  });

  it('plays a story of ours with speakers and its ending', async () => {
    const json = compiledFile('test/fixtures/stories/sample.ink');
    const { out, result } = await play(json, 'story', scriptedInput([1, 2]), true);
    expect(out).toContain('Ana: "The Brightwater deal slipped again."\n');
    expect(out).not.toContain('# tags');
    expect(out).toMatch(/--- End of story \(ending: quiet-week\) ---\n$/);
    expect(result.ending).toBe('quiet-week');
  });
});

describe('npm run play', () => {
  it('reads choices from standard input and prints the transcript', async () => {
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = execFile('npx', ['tsx', 'tools/play/cli.ts', FEATURES, '--transcript'], { cwd: ROOT }, (error, out) => (error ? reject(error) : resolve(out)));
      child.stdin?.end('3\n1\n2\n1\n');
    });
    expect(stdout).toBe(TRANSCRIPT);
  }, 60_000);
});
