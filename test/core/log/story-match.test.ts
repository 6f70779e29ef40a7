/**
 * The story a batch of logs is of, as the saved-logs screen names it: the game's own catalogue first,
 * and a plain word when the logs disagree with it or with each other (issue 17).
 */
import { describe, expect, it } from 'vitest';
import type { ChoiceLog } from '../../../src/core/log/choice-log.ts';
import { storyOfLogs } from '../../../src/core/log/story-match.ts';
import type { CatalogEntry } from '../../../src/core/story/catalog.ts';
import { playLog } from '../../support/logs.ts';

const FORECAST = 'stories/forecast.ink';
const played = (alias: string, pick: number): ChoiceLog => playLog(FORECAST, { alias, pick: () => pick });
const ana = played('Ana', 0);

const entryFor = (log: ChoiceLog, title = 'The forecast'): CatalogEntry => ({
  file: FORECAST,
  info: { id: log.storyId, title, summary: '', minutes: undefined, cast: [], objectives: [], meters: [], accounts: [] },
  hash: log.storyHash,
  load: () => Promise.resolve(''),
});

describe('naming the story of some logs', () => {
  it('takes the title from the catalogue, not from the first log, and says when the logs call it otherwise', () => {
    const renamed = [{ ...ana, storyTitle: 'Forecast (pilot)' }, { ...played('Ben', 1), storyTitle: 'Forecast (pilot)' }];
    const story = storyOfLogs([entryFor(ana)], renamed);
    expect(story).toMatchObject({ title: 'The forecast', status: 'same' });
    expect(story.notices).toEqual(['These logs call the scenario “Forecast (pilot)”; this version of the game calls it “The forecast”.']);
  });

  it('says when the logs give different titles, and when only some come from an earlier version', () => {
    const older = { ...played('Cy', 1), storyHash: 'older', storyTitle: 'Forecast, draft' };
    const story = storyOfLogs([entryFor(ana)], [ana, played('Ben', 1), older]);
    expect(story).toMatchObject({ title: 'The forecast', status: 'mixed' });
    expect(story.notices).toEqual([
      'One of these 3 logs was saved from an earlier version of “The forecast”: their decisions are shown as they were played, and the scenario may play differently now.',
      'These logs give the scenario 2 different titles (“The forecast”, “Forecast, draft”); they are of the same scenario by its id, so they are shown together under the title this version of the game gives it.',
      'These logs come from 2 versions of the scenario; decisions are matched by the text of their options.',
    ]);
  });

  it('says "changed since" only from the catalogue: every log of another version, whichever comes first', () => {
    const changed = [{ ...ana, storyHash: 'older' }, { ...played('Ben', 1), storyHash: 'older' }];
    expect(storyOfLogs([entryFor(ana)], changed).notices).toEqual([
      '“The forecast” has changed since these logs were saved. The decisions are shown as they were played; the scenario may play differently now.',
    ]);
    expect(storyOfLogs([entryFor(ana)], [ana, played('Ben', 1)]).notices).toEqual([]);
  });

  it('a story the build does not have takes the title most logs give', () => {
    const gone = (alias: string, storyTitle: string) => ({ ...played(alias, 0), storyId: 'old-pitch', storyTitle });
    const story = storyOfLogs([entryFor(ana)], [gone('A', 'Pitch, old'), gone('B', 'The old pitch'), gone('C', 'The old pitch')]);
    expect(story).toMatchObject({ title: 'The old pitch', status: 'missing', entry: undefined });
    expect(story.notices[0]).toBe('“The old pitch” is not in this version of the game. The decisions can still be walked through, but the scenario cannot be played from here.');
    expect(story.notices[1]).toMatch(/^These logs give the scenario 2 different titles \(“Pitch, old”, “The old pitch”\); they are of the same scenario by its id, so they are shown together\.$/);
  });
});
