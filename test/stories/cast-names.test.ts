/**
 * One first name, one person, across every story and the cast bible (issue 19). The speaker plate
 * shows a first name only, and the team is the same in every story, so a second Fiona reads as the
 * first one in a new job. The check is first seen to fail on small made-up sources.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listScenarioFiles } from '../../tools/vite-plugin-ink.ts';
import { bibleCast, nameProblems, type StorySource } from '../support/cast-people.ts';
import { ROOT } from '../support/stories.ts';

const BIBLE = `# The cast bible
## The team
### Ruth Okafor — the veteran
### The northern patch: Callum Reid
#### Callum Reid — the perfect record
## Customer contacts
| person | who they are | pronouns | stories |
|---|---|---|---|
| Fiona Drury | a finance director | she | ride-along |
| Martin | a finance director (surname never used) | he | push-or-pull |
## Other names
- **Northgate:** a rival firm (star-closer).
- **Oskar Brandt:** the product manager; gives dates as targets. He/him;
  speaks only in his emails (the-promise).
- **Hollins Lane:** a nursery (the-promise). A site, not an account.
`;
const story = (id: string, cast: string, ...lines: string[]): StorySource => ({ file: `stories/${id}.ink`, text: [`# cast: ${cast}`, ...lines].join('\n') });

describe('the check, on made-up sources', () => {
  const bible = bibleCast(BIBLE, 'cast.md');

  it('reads the team, the contacts and the people among the other names, and no firms or sites', () => {
    expect(bible.map((p) => p.fullName)).toEqual(['Ruth Okafor', 'Callum Reid', 'Fiona Drury', 'Martin', 'Oskar Brandt']);
    expect(bible.find((p) => p.fullName === 'Oskar Brandt')?.stories).toEqual(['the-promise']);
  });

  it('fails on two people with one first name, saying where each is named', () => {
    const stories = [story('ride-along', 'Ruth Okafor, Fiona Drury', 'In pounds. #speaker: Fiona'), story('three-quarters', 'Ruth Okafor, Fiona Mercer')];
    expect(nameProblems(bible, stories)).toEqual([
      '2 people share a first name: Fiona Drury (cast.md line 9, stories/ride-along.ink line 1); Fiona Mercer (stories/three-quarters.ink line 1). ' +
        'Rename all but one to a first name no one else has.',
    ]);
  });

  it('hears an accent as the same name: Tomás and Tomas are one first name', () => {
    expect(nameProblems(bible, [story('new-crm', 'Tomás Ruiz'), story('forecast', 'Tomas Reyes')])[0]).toMatch(/^2 people share a first name: Tomás Ruiz .*; Tomas Reyes/);
  });

  it('allows the same person in many stories, and a regular in any story without a cast tag naming them', () => {
    const stories = [story('ride-along', 'Fiona Drury', 'Morning. #speaker: Ruth', 'In pounds. #speaker: Fiona'), story('new-hire', 'Ruth Okafor', 'Go on. #speaker: Callum')];
    expect(nameProblems(bible, stories)).toEqual([]);
  });

  it('fails on a speaker who is nobody in that story, so a new person cannot slip past the check', () => {
    const stories = [story('push-or-pull', 'Ruth Okafor', 'Numbers. #speaker: Martin'), story('new-crm', 'Ruth Okafor', 'Hello. // a comment #speaker: Nobody', 'Numbers. #speaker: Martin')];
    expect(nameProblems(bible, stories)).toEqual([
      'stories/new-crm.ink line 3: the speaker "Martin" is nobody in the story\'s # cast: tag or in the cast bible for new-crm. Add their full name to one of them.',
    ]);
  });
});

describe('the shipped stories and docs/cast.md', () => {
  const files = listScenarioFiles(resolve(ROOT, 'stories')).map((file) => `stories/${file.split('/').pop()}`);
  const stories = files.map((file) => ({ file, text: readFileSync(resolve(ROOT, file), 'utf8') }));
  const bible = bibleCast(readFileSync(resolve(ROOT, 'docs/cast.md'), 'utf8'), 'docs/cast.md');

  it('give every first name to one person, and every speaker a full name', () => {
    expect(nameProblems(bible, stories)).toEqual([]);
  });
});
