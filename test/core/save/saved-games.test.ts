/**
 * What the title is offered, from whatever is in storage: a save is read whole (zod, with the log's
 * own schema) before it is offered; nothing in a save, however deep, large or wrongly typed, throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChoiceLog } from '../../../src/core/log/log-schema.ts';
import { nestingDepth, parseJson } from '../../../src/core/json.ts';
import { parseSave } from '../../../src/core/save/save-schema.ts';
import { reviewSavedGames } from '../../../src/core/save/saved-games.ts';
import { LEGACY_SAVE_KEY, playKey, SAVES_INDEX_KEY, SET_ASIDE_KEPT } from '../../../src/core/save/save-store.ts';
import { storyHashOf } from '../../../src/core/session.ts';
import { MemoryStorage, newStore, playSaving, SAMPLE_JSON } from '../../support/saves.ts';

const STORIES = [{ id: 'sample', hash: storyHashOf(SAMPLE_JSON) }];
const nowhereElse = () => false;
/** An array nested `depth` deep: 10 KB at 5,000 deep. */
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

function goodSave(choices: number[] = [1]): Record<string, unknown> {
  const storage = new MemoryStorage();
  playSaving(newStore(storage), 'a', choices);
  return JSON.parse(storage.read(playKey('a')) as string) as Record<string, unknown>;
}

/** A storage holding `text` as the save of play-through `id`, listed as in progress. */
function storedSave(text: string, id = 'a') {
  const storage = new MemoryStorage();
  storage.write(playKey(id), text);
  storage.write(SAVES_INDEX_KEY, JSON.stringify({ playing: [{ id, at: '2026-05-04T10:00:00.000Z' }], finished: [], setAside: [] }));
  return storage;
}

describe('a save nested thousands deep (10 KB, `schema` an array 5,000 deep)', () => {
  const text = `{"schema":${nested(5000)}}`;

  it('is refused in words, not thrown: from the new keys and from the old single slot', () => {
    expect(text.length).toBeGreaterThan(10_000);
    expect(parseSave(text)).toMatchObject({ ok: false, error: { kind: 'not-a-save' } });
    const fromNew = reviewSavedGames(newStore(storedSave(text)), STORIES, nowhereElse);
    expect(fromNew.damaged).toMatchObject([{ id: 'a', setAside: true, problem: { kind: 'not-a-save' } }]);
    expect(fromNew.playing).toEqual([]);
    expect(fromNew.setAside).toMatchObject([{ id: 'a', text }]);
    const old = new MemoryStorage();
    old.write(LEGACY_SAVE_KEY, text);
    const fromOld = reviewSavedGames(newStore(old), STORIES, nowhereElse);
    expect(fromOld.damaged).toHaveLength(1);
    expect(fromOld.setAside[0]?.text).toBe(text);
  });

  it('and a log file like it is refused too', () => {
    expect(parseChoiceLog(text, 'deep.json')).toMatchObject({ ok: false, error: { reason: 'not-a-log' } });
    expect(parseChoiceLog(`{"schema":1,"decisions":[],"meters":${nested(100_000)}}`, 'deeper.json').ok).toBe(false);
  });
});

describe('parsing never throws, whatever the JSON', () => {
  /** Any JSON value, as text, with now and then an array or object nested far past any limit (as text: fast-check cannot print those). */
  const hostile = fc.oneof(
    fc.jsonValue({ maxDepth: 6 }).map((value) => JSON.stringify(value)),
    fc.integer({ min: 30, max: 20_000 }).map((depth) => nested(depth)),
    fc.integer({ min: 30, max: 5_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  );
  /** Every path to a value inside a good save, for a hostile value to replace. */
  const paths = (value: unknown, at: (string | number)[] = []): (string | number)[][] =>
    value !== null && typeof value === 'object'
      ? [at, ...Object.entries(value).flatMap(([key, inner]) => paths(inner, [...at, Array.isArray(value) ? Number(key) : key]))]
      : [at];
  const base = goodSave([1]);
  const allPaths = paths(base).filter((path) => path.length > 0);
  const PLACE = '"hostile value goes here"';
  /** The save's text with the value at `path` replaced by `value` (JSON text). */
  const replaced = (source: unknown, path: readonly (string | number)[], value: string) => {
    const copy = structuredClone(source) as Record<string | number, unknown>;
    let target = copy;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    target[path.at(-1) as string | number] = JSON.parse(PLACE);
    return JSON.stringify(copy).replace(PLACE, value);
  };

  it('a save with any one of its values replaced by anything, and its ink state too', () => {
    const ink = JSON.parse((base as { snapshot: { runner: { ink: string } } }).snapshot.runner.ink) as unknown;
    const inkPaths = paths(ink).filter((path) => path.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), fc.constantFrom(...inkPaths), hostile, (path, inkPath, value) => {
        const text = replaced(base, path, value);
        expect(() => parseSave(text)).not.toThrow();
        expect(() => reviewSavedGames(newStore(storedSave(text)), STORIES, nowhereElse)).not.toThrow();
        expect(() => parseChoiceLog(replaced((base as { snapshot: unknown }).snapshot, path.slice(1), value), 'x.json')).not.toThrow();
        const badInk = structuredClone(base) as { snapshot: { runner: { ink: string } } };
        badInk.snapshot.runner.ink = replaced(ink, inkPath, value);
        expect(() => reviewSavedGames(newStore(storedSave(JSON.stringify(badInk))), STORIES, nowhereElse)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('any text at all, as a save, as a log and as the index', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), hostile), (text) => {
        expect(() => parseSave(text)).not.toThrow();
        expect(() => parseChoiceLog(text, 'x.json')).not.toThrow();
        const storage = storedSave(text);
        storage.write(SAVES_INDEX_KEY, text);
        expect(() => reviewSavedGames(newStore(storage), STORIES, nowhereElse)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('measures nesting outside strings only', () => {
    expect(nestingDepth('{"a":[1,{"b":"[[[[\\"{{"}]}')).toBe(3);
    expect(parseJson('[[1]]', 1)).toEqual({ ok: false, error: 'too-deep' });
    expect(parseJson('[[1]]', 2)).toEqual({ ok: true, value: [[1]] });
    expect(parseJson('{"a":', 5)).toEqual({ ok: false, error: 'not-json' });
  });
});

describe('many damaged saves at once', () => {
  it(`puts aside at most ${SET_ASIDE_KEPT} on one look, newest first, so none is deleted in the same breath as it is said to be kept`, () => {
    const storage = new MemoryStorage();
    const ids = Array.from({ length: SET_ASIDE_KEPT + 2 }, (_, i) => `bad-${i + 1}`);
    for (const id of ids) storage.write(playKey(id), `{"schema":1,"damaged":"${id}"`);
    const newestFirst = [...ids].reverse();
    storage.write(SAVES_INDEX_KEY, JSON.stringify({ playing: newestFirst.map((id, i) => ({ id, at: `2026-05-04T10:0${9 - i}:00.000Z` })), finished: [], setAside: [] }));
    const review = reviewSavedGames(newStore(storage), STORIES, nowhereElse);
    expect(review.damaged.map((save) => [save.id, save.setAside])).toEqual(newestFirst.slice(0, SET_ASIDE_KEPT).map((id) => [id, true]));
    expect(review.setAside.map((game) => game.id)).toEqual(newestFirst.slice(0, SET_ASIDE_KEPT));
    for (const id of ids) expect(storage.read(playKey(id))).not.toBeNull();
  });
});

describe('a save is checked whole before it is offered', () => {
  it('a sound outline with garbage decisions is refused, naming what is wrong, and set aside', () => {
    const save = goodSave([1]) as { snapshot: { log: { decisions: unknown[] } } };
    save.snapshot.log.decisions = [{ number: 1, chosen: 'the left one', options: 'all of them' }, 42];
    const text = JSON.stringify(save);
    const parsed = parseSave(text);
    expect(parsed).toMatchObject({ ok: false, error: { kind: 'damaged' } });
    expect(!parsed.ok && parsed.error.message).toMatch(/^parts of the saved game are missing or damaged \(decision 1: situation is missing; decision 1: prompts is missing; decision 1: options should be an array, and \d+ more\)$/);
    const review = reviewSavedGames(newStore(storedSave(text)), STORIES, nowhereElse);
    expect(review.playing).toEqual([]);
    expect(review.damaged).toMatchObject([{ setAside: true, problem: { kind: 'damaged' } }]);
    expect(review.setAside).toMatchObject([{ id: 'a', why: expect.stringContaining('it could not be read: parts of the saved game are missing'), text }]);
  });

  it('a damaged save with a 4,000,000-character name in it is described in a short sentence, quoting 80 characters of it', () => {
    const save = goodSave([1]) as { snapshot: { log: { meters: Record<string, unknown> } } };
    save.snapshot.log.meters = { ['m'.repeat(4_000_000)]: 'plenty' };
    const text = JSON.stringify(save);
    const parsed = parseSave(text);
    expect(parsed.ok).toBe(false);
    const message = parsed.ok ? '' : parsed.error.message;
    expect(message.length).toBeLessThan(300);
    expect(message).toContain(`${'m'.repeat(79)}…`);
    const review = reviewSavedGames(newStore(storedSave(text)), STORIES, nowhereElse);
    expect(review.setAside[0]?.why.length).toBeLessThan(300);
  });

  it('decisions out of order, or a log of another story, are refused', () => {
    const disordered = goodSave([1]) as { snapshot: { log: { decisions: { number: number }[] } } };
    (disordered.snapshot.log.decisions[0] as { number: number }).number = 2;
    expect(parseSave(JSON.stringify(disordered))).toMatchObject({ ok: false, error: { message: expect.stringContaining('decision 1: number is out of order') } });
    const other = goodSave() as { snapshot: { log: { storyId: string } } };
    other.snapshot.log.storyId = 'forecast';
    expect(parseSave(JSON.stringify(other))).toMatchObject({ ok: false, error: { message: expect.stringContaining('storyId is not the story the save is of') } });
  });

  it('a save whose place in the story is damaged but whose choices are intact is offered as its choices, not as a resume', () => {
    const save = goodSave([1]) as { snapshot: { runner: { ink: string } } };
    save.snapshot.runner.ink = save.snapshot.runner.ink.slice(0, 120);
    const review = reviewSavedGames(newStore(storedSave(JSON.stringify(save))), STORIES, nowhereElse);
    expect(review.playing).toMatchObject([{ offer: { kind: 'cannot-restore', id: 'a' } }]);
    expect(review.playing[0]?.offer.save.snapshot.log.decisions).toHaveLength(1);
    expect(review.damaged).toEqual([]);
  });

  it('a good save is offered to resume, one of an edited or a missing story as its choices; one open in another tab says so', () => {
    const text = JSON.stringify(goodSave());
    expect(reviewSavedGames(newStore(storedSave(text)), STORIES, nowhereElse).playing).toMatchObject([{ offer: { kind: 'resume' }, openElsewhere: false }]);
    expect(reviewSavedGames(newStore(storedSave(text)), [{ id: 'sample', hash: 'older' }], nowhereElse).playing).toMatchObject([{ offer: { kind: 'story-changed' } }]);
    expect(reviewSavedGames(newStore(storedSave(text)), [], nowhereElse).playing).toMatchObject([{ offer: { kind: 'story-missing' } }]);
    expect(reviewSavedGames(newStore(storedSave(text)), STORIES, (id) => id === 'a').playing).toMatchObject([{ openElsewhere: true }]);
  });

  it('lists the recent finished play-throughs newest first, and the saves put aside with their choices when readable', () => {
    const storage = new MemoryStorage();
    const store = newStore(storage);
    playSaving(store, 'first', [0, 0]);
    playSaving(store, 'second', [1, 1]);
    playSaving(store, 'aside', [1]);
    store.setAside('aside', 'you started over');
    storage.write(playKey('broken'), '{"schema":1,');
    const review = reviewSavedGames(store, STORIES, nowhereElse);
    expect(review.finished.map((game) => [game.id, game.log?.decisions.map((d) => d.chosen)])).toEqual([['second', [1, 1]], ['first', [0, 0]]]);
    expect(review.setAside.map((game) => [game.id, game.why, game.save?.snapshot.log.decisions.length])).toEqual([
      ['broken', expect.stringContaining('it could not be read: the saved game is damaged'), undefined],
      ['aside', 'you started over', 1],
    ]);
  });
});
