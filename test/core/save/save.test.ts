import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { ChoiceLog } from '../../../src/core/log/choice-log.ts';
import type { KeyValueStorage } from '../../../src/core/ports.ts';
import { autosave } from '../../../src/core/save/autosave.ts';
import { parseSave, SAVE_SCHEMA, serialiseSave } from '../../../src/core/save/save-file.ts';
import { resumeOffer } from '../../../src/core/save/resume-offer.ts';
import { SAVE_KEY, SaveStore, SET_ASIDE_KEY } from '../../../src/core/save/save-store.ts';
import { openSession, storyHashOf, type Session } from '../../../src/core/session.ts';
import { compiledFile } from '../../support/stories.ts';

const FILE = 'test/fixtures/stories/sample.ink';
const JSON_TEXT = compiledFile(FILE);
let now = Date.parse('2026-05-04T10:00:00Z');
const clock = { now: () => (now += 1000) };

class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  read(key: string) {
    return this.data.get(key) ?? null;
  }
  write(key: string, value: string) {
    this.data.set(key, value);
  }
  remove(key: string) {
    this.data.delete(key);
  }
}

/** Storage that refuses everything, as in some private windows. */
const brokenStorage: KeyValueStorage = {
  read: () => {
    throw new Error('SecurityError');
  },
  write: () => {
    throw new Error('QuotaExceededError');
  },
  remove: () => {
    throw new Error('SecurityError');
  },
};

function newSession(): Session {
  const opened = openSession(JSON_TEXT, FILE, clock, { alias: 'Sam' });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

/** Play `choices`, autosaving into `storage`; return the session. */
function playSaving(storage: KeyValueStorage, choices: number[]): Session {
  const session = newSession();
  autosave(session, new SaveStore(storage), FILE, clock);
  session.begin();
  for (const choice of choices) session.choose(choice);
  return session;
}

/** A log without the clock readings, which differ between two sittings by nature. */
function untimed(log: ChoiceLog) {
  return {
    ...log,
    endedAt: undefined,
    decisions: log.decisions.map(({ offeredAt: _o, decidedAt: _d, msToDecide: _m, ...rest }) => rest),
  };
}

function resumeFrom(storage: KeyValueStorage): Session {
  const status = new SaveStore(storage).check();
  if (status.kind !== 'found') throw new Error(`no save: ${status.kind}`);
  const opened = openSession(JSON_TEXT, FILE, clock, { mode: status.save.snapshot.log.mode, alias: status.save.snapshot.log.alias });
  if (!opened.ok) throw new Error(opened.error.message);
  const resumed = opened.value.resume(status.save.snapshot);
  if (!resumed.ok) throw new Error(resumed.error.message);
  return opened.value;
}

describe('autosave and resume', () => {
  it('resumes on the same text, the same choices and the same log', () => {
    const storage = new MemoryStorage();
    const before = playSaving(storage, [1]);
    const resumed = resumeFrom(storage);
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
    const storage = new MemoryStorage();
    const before = playSaving(storage, []);
    const beat = resumeFrom(storage).begin();
    expect(beat.ok && beat.value).toEqual(before.current);
  });

  it('forgets the save once the story ends', () => {
    const storage = new MemoryStorage();
    playSaving(storage, [0, 0]);
    expect(storage.data.has(SAVE_KEY)).toBe(false);
    expect(new SaveStore(storage).check()).toEqual({ kind: 'none' });
  });

  it('resumes every prefix of random play-throughs exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1), { maxLength: 2 }), (choices) => {
        const storage = new MemoryStorage();
        const before = playSaving(storage, choices);
        if (before.ended) return;
        const beat = resumeFrom(storage).begin();
        expect(beat.ok && beat.value).toEqual(before.current);
      }),
      { numRuns: 20 },
    );
  });
});

describe('bad saves', () => {
  const store = (text: string) => {
    const storage = new MemoryStorage();
    storage.write(SAVE_KEY, text);
    return { storage, status: new SaveStore(storage).check() };
  };
  const goodText = () => {
    const storage = new MemoryStorage();
    playSaving(storage, [1]);
    return storage.read(SAVE_KEY) as string;
  };

  it('a truncated save gets a clear message and is set aside, not deleted', () => {
    const text = goodText().slice(0, 200);
    const { storage, status } = store(text);
    expect(status).toEqual({ kind: 'unreadable', problem: { kind: 'not-json', message: expect.stringContaining('damaged') } });
    expect(storage.read(SAVE_KEY)).toBeNull();
    expect(storage.read(SET_ASIDE_KEY)).toBe(text);
  });

  it('random bytes get the same treatment', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const { storage, status } = store(text);
        if (status.kind === 'found') return; // astronomically unlikely
        expect(status.kind).toBe('unreadable');
        expect(storage.read(SET_ASIDE_KEY)).toBe(text);
      }),
      { numRuns: 50 },
    );
  });

  it('an old format is named as such', () => {
    const old = JSON.parse(goodText());
    old.schema = 0;
    const { status } = store(JSON.stringify(old));
    expect(status.kind === 'unreadable' && status.problem).toEqual({ kind: 'old-schema', message: expect.stringContaining('different version of the game') });
  });

  it('a save with parts missing is refused', () => {
    const broken = JSON.parse(goodText());
    delete broken.snapshot.runner;
    expect(store(JSON.stringify(broken)).status).toMatchObject({ kind: 'unreadable', problem: { kind: 'not-a-save' } });
    expect(store('[1,2,3]').status).toMatchObject({ kind: 'unreadable', problem: { kind: 'not-a-save' } });
  });

  it('a save of another story, or of an edited story, is told apart from one to resume', () => {
    const parsed = parseSave(goodText());
    if (!parsed.ok) throw new Error('fixture save did not parse');
    const found = { kind: 'found', save: parsed.value } as const;
    expect(resumeOffer(found, [{ id: 'sample', hash: storyHashOf(JSON_TEXT) }])).toEqual({ kind: 'resume', save: parsed.value });
    expect(resumeOffer(found, [{ id: 'sample', hash: 'something-else' }]).kind).toBe('story-changed');
    expect(resumeOffer(found, [{ id: 'forecast', hash: 'x' }]).kind).toBe('story-missing');
  });

  it('a save whose ink state does not fit the story is refused by resume, leaving the session fresh', () => {
    const parsed = parseSave(goodText());
    if (!parsed.ok) throw new Error('fixture save did not parse');
    const session = newSession();
    const result = session.resume({ ...parsed.value.snapshot, runner: { ink: '{"broken": true', echo: [] } });
    expect(result.ok).toBe(false);
    const beat = session.begin();
    expect(beat.ok && beat.value.lines[0]?.text).toBe('Ana drops into the chair across from you.');
  });

  it('round-trips a save through text', () => {
    const parsed = parseSave(goodText());
    expect(parsed.ok && parseSave(serialiseSave(parsed.value))).toEqual(parsed);
    expect(parsed.ok && parsed.value.schema).toBe(SAVE_SCHEMA);
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
    const store = new SaveStore(storage);
    const later = manualSchedule();
    const session = newSession();
    autosave(session, store, FILE, clock, later.schedule);
    session.begin();
    session.choose(0);
    expect(store.check()).toEqual({ kind: 'none' });
    expect(later.size).toBe(1);
    const written = vi.spyOn(storage, 'write');
    later.runAll();
    expect(written).toHaveBeenCalledTimes(1);
    const check = store.check();
    expect(check.kind).toBe('found');
    if (check.kind === 'found') expect(check.save.snapshot.log.decisions).toHaveLength(1);
  });

  it('writes a waiting save at once on flush (the page is closing), and not again when the schedule comes', () => {
    const storage = new MemoryStorage();
    const store = new SaveStore(storage);
    const later = manualSchedule();
    const session = newSession();
    const saving = autosave(session, store, FILE, clock, later.schedule);
    session.begin();
    session.choose(0);
    saving.flush();
    const check = store.check();
    expect(check.kind === 'found' && check.save.snapshot.log.decisions.length).toBe(1);
    const written = vi.spyOn(storage, 'write');
    later.runAll();
    expect(written).not.toHaveBeenCalled();
  });

  it('forgets the save at the end, even one still waiting to be written', () => {
    const store = new SaveStore(new MemoryStorage());
    const later = manualSchedule();
    const session = newSession();
    autosave(session, store, FILE, clock, later.schedule);
    session.begin();
    session.choose(0);
    session.choose(1);
    expect(session.ended).toBe(true);
    later.runAll();
    expect(store.check()).toEqual({ kind: 'none' });
  });
});

describe('storage that throws on every call', () => {
  it('never throws into the game: the session plays on and the store says saving is unavailable', () => {
    const store = new SaveStore(brokenStorage);
    expect(store.check()).toEqual({ kind: 'no-storage' });
    expect(store.available).toBe(false);
    const session = newSession();
    autosave(session, store, FILE, clock);
    expect(() => {
      session.begin();
      session.choose(0);
      session.choose(1);
    }).not.toThrow();
    expect(session.ended).toBe(true);
    expect(() => {
      store.clear();
      store.setCurrentAside();
      store.discardSetAside();
    }).not.toThrow();
    expect(store.setAside()).toBeNull();
  });

  it('notices a full quota on write even when reading worked', () => {
    const storage = new MemoryStorage();
    storage.write = () => {
      throw new Error('QuotaExceededError');
    };
    const store = new SaveStore(storage);
    expect(store.check()).toEqual({ kind: 'none' });
    expect(store.available).toBe(true);
    const session = newSession();
    autosave(session, store, FILE, clock);
    session.begin();
    expect(store.available).toBe(false);
  });
});
