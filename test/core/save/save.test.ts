import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { ChoiceLog } from '../../../src/core/log/choice-log.ts';
import { parseChoiceLog } from '../../../src/core/log/log-schema.ts';
import { autosave, progressNow } from '../../../src/core/save/autosave.ts';
import { parseSave } from '../../../src/core/save/save-schema.ts';
import {
  FINISHED_KEPT, finishedKey, LEGACY_SAVE_KEY, LEGACY_SET_ASIDE_KEY, playKey, SAVES_INDEX_KEY, SET_ASIDE_KEPT, type SaveStore,
} from '../../../src/core/save/save-store.ts';
import { openSession, type Session } from '../../../src/core/session.ts';
import { brokenStorage, clock, MemoryStorage, newSession, newStore, playSaving, SAMPLE, SAMPLE_JSON, SmallStorage } from '../../support/saves.ts';

/** A log without the clock readings, which differ between two sittings by nature. */
function untimed(log: ChoiceLog) {
  return {
    ...log,
    endedAt: undefined,
    decisions: log.decisions.map(({ offeredAt: _o, decidedAt: _d, msToDecide: _m, ...rest }) => rest),
  };
}

function savedOf(store: SaveStore, id: string) {
  const text = store.readSave(id);
  if (text === null) throw new Error(`no save for ${id}`);
  const parsed = parseSave(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

function resumeFrom(store: SaveStore, id: string): Session {
  const save = savedOf(store, id);
  const opened = openSession(SAMPLE_JSON, SAMPLE, clock, { mode: save.snapshot.log.mode, alias: save.snapshot.log.alias });
  if (!opened.ok) throw new Error(opened.error.message);
  const resumed = opened.value.resume(save.snapshot);
  if (!resumed.ok) throw new Error(resumed.error.message);
  return opened.value;
}

const finishedLog = (store: SaveStore, id: string) => {
  const parsed = parseChoiceLog(store.readFinished(id) ?? '', 'kept');
  return parsed.ok ? parsed.value : undefined;
};

describe('autosave and resume', () => {
  it('resumes on the same text, the same choices and the same log', () => {
    const store = newStore(new MemoryStorage());
    const { session: before } = playSaving(store, 'a', [1]);
    const resumed = resumeFrom(store, 'a');
    const beat = resumed.begin();
    expect(beat.ok && beat.value).toEqual(before.current);
    expect(resumed.log).toEqual({ ...before.log });
    // And it carries on exactly as the original would.
    const a = before.choose(0);
    const b = resumed.choose(0);
    expect(b).toEqual(a);
    expect(untimed(resumed.log)).toEqual(untimed(before.log));
  });

  it('saves at the start, so a play-through left before the first choice resumes too', () => {
    const store = newStore(new MemoryStorage());
    const { session: before } = playSaving(store, 'a', []);
    const beat = resumeFrom(store, 'a').begin();
    expect(beat.ok && beat.value).toEqual(before.current);
  });

  it('resumes every prefix of random play-throughs exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1), { maxLength: 2 }), (choices) => {
        const store = newStore(new MemoryStorage());
        const { session: before } = playSaving(store, 'a', choices);
        if (before.ended) return;
        const beat = resumeFrom(store, 'a').begin();
        expect(beat.ok && beat.value).toEqual(before.current);
      }),
      { numRuns: 20 },
    );
  });
});

describe('a finished play-through', () => {
  it('is kept among the recent play-throughs, its log whole, before its save is forgotten', () => {
    const storage = new MemoryStorage();
    const store = newStore(storage);
    const { session, saving } = playSaving(store, 'a', [0, 0]);
    expect(session.ended).toBe(true);
    expect(finishedLog(store, 'a')).toEqual(session.log);
    expect(store.index().finished.map((entry) => entry.id)).toEqual(['a']);
    expect(store.index().playing).toEqual([]);
    expect(storage.data.has(playKey('a'))).toBe(false);
    expect(saving.state).toBe('kept');
    // Removed, nothing is left for the title to look at.
    expect(store.hasAnything()).toBe(true);
    store.remove('a');
    expect(store.hasAnything()).toBe(false);
    expect(finishedLog(store, 'a')).toBeUndefined();
  });

  it(`keeps the newest ${FINISHED_KEPT}: the next to finish removes the oldest, and nothing else`, () => {
    const storage = new MemoryStorage();
    const store = newStore(storage);
    playSaving(store, 'in-progress', [1]);
    for (let i = 1; i <= FINISHED_KEPT + 1; i++) playSaving(store, `done-${i}`, [0, 1]);
    const kept = store.index().finished.map((entry) => entry.id);
    expect(kept).toEqual(Array.from({ length: FINISHED_KEPT }, (_, i) => `done-${FINISHED_KEPT + 1 - i}`));
    expect(storage.data.has(finishedKey('done-1'))).toBe(false);
    expect(storage.data.has(finishedKey('done-2'))).toBe(true);
    expect(store.index().playing.map((entry) => entry.id)).toEqual(['in-progress']);
  });

  it('that cannot be kept (storage full) keeps the save after its last choice instead, which resumes to the end', () => {
    const storage = new MemoryStorage();
    const store = newStore(storage);
    const session = newSession();
    const later: (() => void)[] = [];
    const saving = autosave(session, store, { id: 'a', file: SAMPLE }, clock, (work) => later.push(work));
    session.begin();
    later.splice(0).forEach((work) => work());
    session.choose(0);
    later.splice(0).forEach((work) => work());
    const write = storage.write.bind(storage);
    storage.write = (key, value) => {
      if (key.startsWith('manage-or-lead/finished/')) throw new DOMException('full', 'QuotaExceededError');
      write(key, value);
    };
    session.choose(1);
    expect(session.ended).toBe(true);
    expect(saving.state).toBe('not-kept');
    const resumed = resumeFrom(store, 'a');
    const beat = resumed.begin();
    expect(beat.ok && beat.value.ended).toBe(true);
    expect(untimed(resumed.log).decisions).toEqual(untimed(session.log).decisions);
  });
});

describe('what is said of the progress', () => {
  it('is the last write’s, until the title removes the finished log or puts the save aside: then nothing is claimed', () => {
    const store = newStore(new MemoryStorage());
    const finished = playSaving(store, 'done', [0, 0]).saving;
    const playing = playSaving(store, 'going', [1]).saving;
    expect([progressNow(finished, store), progressNow(playing, store)]).toEqual(['kept', 'saved']);
    store.remove('done');
    store.setAside('going', 'you started over');
    expect([progressNow(finished, store), progressNow(playing, store)]).toEqual([undefined, undefined]);
    expect(progressNow(undefined, store)).toBeUndefined();
  });
});

describe('saves per play-through', () => {
  it('two play-throughs in one storage (two tabs) never overwrite each other, and the first to finish leaves the other', () => {
    const store = newStore(new MemoryStorage());
    const first = playSaving(store, 'tab-1', []);
    const second = playSaving(store, 'tab-2', [1]);
    first.session.choose(0);
    expect(savedOf(store, 'tab-1').snapshot.log.decisions.map((d) => d.chosen)).toEqual([0]);
    expect(savedOf(store, 'tab-2').snapshot.log.decisions.map((d) => d.chosen)).toEqual([1]);
    first.session.choose(0);
    expect(first.session.ended).toBe(true);
    expect(savedOf(store, 'tab-2').snapshot.log.decisions).toHaveLength(1);
    expect(store.index().playing.map((entry) => entry.id)).toEqual(['tab-2']);
    const beat = resumeFrom(store, 'tab-2').begin();
    expect(beat.ok && beat.value).toEqual(second.session.current);
  });

  it('moves the save of the old single slot, and the one it put aside, into the index on first look (nobody loses progress on upgrading)', () => {
    const old = new MemoryStorage();
    playSaving(newStore(old), 'x', [1]);
    const text = old.read(playKey('x')) as string;
    const storage = new MemoryStorage();
    storage.write(LEGACY_SAVE_KEY, text);
    storage.write(LEGACY_SET_ASIDE_KEY, 'what the old version put aside');
    const store = newStore(storage);
    expect(store.hasAnything()).toBe(true);
    const index = store.prepare();
    expect(index.playing).toHaveLength(1);
    expect(store.readSave(index.playing[0]?.id ?? '')).toBe(text);
    expect(index.setAside).toMatchObject([{ why: 'an earlier version of the game put it to one side' }]);
    expect(store.readSave(index.setAside[0]?.id ?? '')).toBe('what the old version put aside');
    expect(storage.read(LEGACY_SAVE_KEY)).toBeNull();
    expect(storage.read(LEGACY_SET_ASIDE_KEY)).toBeNull();
    // Looked at again, nothing moves twice.
    expect(newStore(storage).prepare()).toEqual(index);
  });

  it('moves the old slot’s save even in a storage too full for a second copy of it', () => {
    const old = new MemoryStorage();
    playSaving(newStore(old), 'x', [1]);
    const text = old.read(playKey('x')) as string;
    const storage = new SmallStorage(text.length + 400);
    storage.write(LEGACY_SAVE_KEY, text);
    const index = newStore(storage).prepare();
    expect(index.playing).toHaveLength(1);
    expect(storage.read(playKey(index.playing[0]?.id ?? ''))).toBe(text);
    expect(storage.read(LEGACY_SAVE_KEY)).toBeNull();
  });

  it('finds saves again when the index is lost or damaged, and forgets entries whose save is gone', () => {
    const storage = new MemoryStorage();
    const store = newStore(storage);
    playSaving(store, 'a', [1]);
    playSaving(store, 'b', [0, 0]);
    storage.write(SAVES_INDEX_KEY, '{"playing": [{"id": "gone", "at": "x"}], "finished": 7');
    const index = store.prepare();
    expect(index.playing.map((entry) => entry.id)).toEqual(['a']);
    expect(index.finished.map((entry) => entry.id)).toEqual(['b']);
  });
});

describe('putting a save to one side', () => {
  it(`keeps each one (the newest ${SET_ASIDE_KEPT}), never the next overwriting the last`, () => {
    const storage = new MemoryStorage();
    const store = newStore(storage);
    for (let i = 1; i <= SET_ASIDE_KEPT + 1; i++) {
      playSaving(store, `s-${i}`, [1]);
      expect(store.setAside(`s-${i}`, 'you started over')).toBe(true);
    }
    const aside = store.index().setAside;
    expect(aside.map((entry) => entry.id)).toEqual(Array.from({ length: SET_ASIDE_KEPT }, (_, i) => `s-${SET_ASIDE_KEPT + 1 - i}`));
    expect(aside.every((entry) => entry.why === 'you started over')).toBe(true);
    for (const { id } of aside) expect(parseSave(store.readSave(id) ?? '').ok).toBe(true);
    expect(storage.data.has(playKey('s-1'))).toBe(false);
    expect(store.index().playing).toEqual([]);
  });

  it('says so truthfully when it could not be put aside, and the save stays where it was', () => {
    const storage = new MemoryStorage();
    const store = newStore(storage);
    playSaving(store, 'a', [1]);
    const text = storage.read(playKey('a'));
    storage.write = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(store.setAside('a', 'you started over')).toBe(false);
    expect(store.available).toBe(false);
    expect(storage.read(playKey('a'))).toBe(text);
    expect(store.index().playing.map((entry) => entry.id)).toEqual(['a']);
    expect(store.setAside('missing', 'you started over')).toBe(false);
  });

  it('even in a storage too full for a copy: only the index changes', () => {
    const storage = new SmallStorage(3000);
    const store = newStore(storage);
    playSaving(store, 'a', [1]);
    const used = [...storage.data].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
    expect(used).toBeGreaterThan(1500); // no room for a second copy of the save
    expect(store.setAside('a', 'you started over')).toBe(true);
    expect(store.index().setAside.map((entry) => entry.id)).toEqual(['a']);
  });
});

describe('writing a save later', () => {
  /** A scheduler the test runs by hand, like the frame after the text is painted. */
  function manualSchedule() {
    const queue: (() => void)[] = [];
    return { schedule: (work: () => void) => queue.push(work), runAll: () => queue.splice(0).forEach((work) => work()), get size() { return queue.length; } };
  }

  it('takes the save at the checkpoint but writes it when scheduled: the latest one, once', () => {
    const storage = new MemoryStorage();
    const store = newStore(storage);
    const later = manualSchedule();
    const session = newSession();
    const saving = autosave(session, store, { id: 'a', file: SAMPLE }, clock, later.schedule);
    session.begin();
    session.choose(0);
    expect(store.readSave('a')).toBeNull();
    expect(saving.state).toBe('not-yet');
    expect(later.size).toBe(1);
    const written = vi.spyOn(storage, 'write');
    later.runAll();
    expect(written.mock.calls.filter(([key]) => key === playKey('a'))).toHaveLength(1);
    expect(savedOf(store, 'a').snapshot.log.decisions).toHaveLength(1);
    expect(saving.state).toBe('saved');
  });

  it('writes a waiting save at once on flush (the page is closing), and not again when the schedule comes', () => {
    const storage = new MemoryStorage();
    const store = newStore(storage);
    const later = manualSchedule();
    const session = newSession();
    const saving = autosave(session, store, { id: 'a', file: SAMPLE }, clock, later.schedule);
    session.begin();
    session.choose(0);
    saving.flush();
    expect(savedOf(store, 'a').snapshot.log.decisions).toHaveLength(1);
    const written = vi.spyOn(storage, 'write');
    later.runAll();
    expect(written).not.toHaveBeenCalled();
  });

  it('keeps the finished play-through at the end, even with a save still waiting to be written, and forgets the save', () => {
    const store = newStore(new MemoryStorage());
    const later = manualSchedule();
    const session = newSession();
    autosave(session, store, { id: 'a', file: SAMPLE }, clock, later.schedule);
    session.begin();
    session.choose(0);
    session.choose(1);
    expect(session.ended).toBe(true);
    later.runAll();
    expect(store.readSave('a')).toBeNull();
    expect(finishedLog(store, 'a')?.decisions).toHaveLength(2);
  });
});

describe('storage that throws on every call', () => {
  it('never throws into the game: the session plays on and the store says saving is unavailable', () => {
    const store = newStore(brokenStorage);
    expect(store.hasAnything()).toBe(false);
    expect(store.available).toBe(false);
    const session = newSession();
    const saving = autosave(session, store, { id: 'a', file: SAMPLE }, clock);
    expect(() => {
      session.begin();
      session.choose(0);
      expect(saving.state).toBe('not-saved');
      session.choose(1);
    }).not.toThrow();
    expect(session.ended).toBe(true);
    expect(saving.state).toBe('not-kept');
    expect(() => {
      store.prepare();
      store.setAside('a', 'x');
      store.remove('a');
    }).not.toThrow();
    expect(store.readSave('a')).toBeNull();
  });

  it('notices a full quota on write even when reading worked, and that saving works again once a write succeeds', () => {
    const storage = new MemoryStorage();
    const write = storage.write.bind(storage);
    let full = true;
    storage.write = (key, value) => {
      if (full) throw new Error('QuotaExceededError');
      write(key, value);
    };
    const store = newStore(storage);
    expect(store.hasAnything()).toBe(false);
    expect(store.available).toBe(true);
    const session = newSession();
    autosave(session, store, { id: 'a', file: SAMPLE }, clock);
    session.begin();
    expect(store.available).toBe(false);
    full = false;
    session.choose(0);
    expect(store.available).toBe(true);
  });
});
