/**
 * Every shipped story, played: each ending's script (test/stories/scripts/) reaches that ending, and
 * random play-throughs never throw and always end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSession, type Session } from '../../src/core/session.ts';
import { listScenarioFiles } from '../../tools/vite-plugin-ink.ts';
import { compiledFile, ROOT } from '../support/stories.ts';

const STORY_FILES = listScenarioFiles(resolve(ROOT, 'stories')).map((file) => `stories/${file.split('/').pop()}`);
const SCRIPTS_DIR = resolve(ROOT, 'test/stories/scripts');
const scripts = readdirSync(SCRIPTS_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(resolve(SCRIPTS_DIR, name), 'utf8')) as { story: string; endings: Record<string, number[]> });

const compiled = new Map(STORY_FILES.map((file) => [file, compiledFile(file)]));

function newSession(file: string): Session {
  const opened = openSession(compiled.get(file) as string, file, { now: () => 0 });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

describe('every shipped story', () => {
  it('has an ending script file in test/stories/scripts', () => {
    expect(scripts.map((s) => s.story).sort()).toEqual([...STORY_FILES].sort());
  });

  for (const script of scripts) {
    describe(script.story, () => {
      it('has at least three endings, and every ending is reached by its script', () => {
        expect(Object.keys(script.endings).length).toBeGreaterThanOrEqual(3);
        for (const [ending, choices] of Object.entries(script.endings)) {
          const session = newSession(script.story);
          let beat = session.begin();
          for (const [i, number] of choices.entries()) {
            if (!beat.ok) throw new Error(beat.error.message);
            const choice = beat.value.choices[number - 1];
            expect(choice, `${ending}: choice ${i + 1} (${number}) is not on offer`).toBeDefined();
            beat = session.choose(choice?.index ?? -1);
          }
          expect(beat.ok && beat.value.ended, `${ending} did not end`).toBe(true);
          expect(session.log.ending).toBe(ending);
          expect(session.log.decisions.length, `${ending} has fewer than 4 decisions`).toBeGreaterThanOrEqual(4);
        }
      });
    });
  }

  it('never throws and always reaches an ending on random play-throughs', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STORY_FILES), fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), (file, picks) => {
        const session = newSession(file);
        const problems: string[] = [];
        session.events.on('problem', (p) => problems.push(JSON.stringify(p)));
        let beat = session.begin();
        for (const pick of picks) {
          if (!beat.ok) throw new Error(beat.error.message);
          if (beat.value.ended) break;
          const choices = beat.value.choices;
          beat = session.choose((choices[pick % choices.length] ?? choices[0])?.index ?? 0);
        }
        expect(beat.ok && beat.value.ended).toBe(true);
        expect(session.log.ending).toBeDefined();
        expect(problems).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });
});
