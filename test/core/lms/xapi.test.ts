/**
 * The xAPI side in Node: the launch read from the address, the statements a play-through makes, and
 * the queue that keeps them until the LRS has them (here against a scripted store; the real LRS is in
 * test/browser/lms-xapi.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { SendOutcome, StatementStore } from '../../../src/core/lms/ports.ts';
import { StatementQueue, type QueueStatus } from '../../../src/core/lms/statement-queue.ts';
import { readXapiLaunch } from '../../../src/core/lms/xapi-launch.ts';
import { XapiReporter } from '../../../src/core/lms/xapi-report.ts';
import { EXTENSIONS, nameUuid, VERBS, type IdentifiedStatement } from '../../../src/core/lms/xapi-statements.ts';
import { memoryStorage } from '../../../src/core/save/memory-storage.ts';
import { profileOf } from '../../../src/core/patterns/profile.ts';
import { openSession } from '../../../src/core/session.ts';
import { compiledFile } from '../../support/stories.ts';

/** xAPI's UUID as Learning Locker's validator checks it. */
const UUID = /^[A-F0-9]{8}-[A-F0-9]{4}-[A-F0-9]{4}-[89AB][A-F0-9]{3}-[A-F0-9]{12}$/i;
const FORECAST = compiledFile('stories/forecast.ink');
const ACTOR = { objectType: 'Agent' as const, name: 'Ada Okafor', mbox: 'mailto:ada@example.org' };

/** A statement store that answers from a script, one outcome per request, and remembers what it stored. */
function scriptedStore(script: SendOutcome['kind'][]) {
  const stored: IdentifiedStatement[] = [];
  let requests = 0;
  const store: StatementStore = {
    async send(statements) {
      const kind = script[requests++] ?? 'stored';
      if (kind === 'stored') stored.push(...(statements as IdentifiedStatement[]));
      return kind === 'stored' ? { kind } : { kind, message: `${kind} (test)` };
    },
  };
  return { store, stored, requests: () => requests };
}

/** A schedule the test runs by hand. */
function manualSchedule() {
  const due: { ms: number; work: () => void }[] = [];
  return {
    schedule: (ms: number, work: () => void) => {
      const entry = { ms, work };
      due.push(entry);
      return () => void due.splice(due.indexOf(entry), 1);
    },
    pauses: () => due.map((d) => d.ms),
    runNext: () => due.shift()?.work(),
  };
}

const statement = (n: number) => ({ id: nameUuid(`s${n}`), n });

describe('the statement queue', () => {
  it('keeps statements until the LRS has them, retrying with growing pauses, and sends each once', async () => {
    const storage = memoryStorage();
    const lrs = scriptedStore(['unreachable', 'unreachable', 'unreachable', 'stored']);
    const timer = manualSchedule();
    const statuses: QueueStatus[] = [];
    const queue = new StatementQueue(storage, 'q', lrs.store, timer.schedule, (s) => statuses.push(s));
    queue.add(statement(1));
    await queue.flush();
    expect(timer.pauses()).toEqual([1000]);
    queue.add(statement(2)); // a new statement tries at once
    queue.add(statement(2)); // the same statement again: kept once
    await queue.flush();
    expect(queue.pending).toBe(2);
    expect(JSON.parse(storage.read('q') ?? '[]')).toHaveLength(2);
    expect(timer.pauses()).toEqual([2000]);
    timer.runNext();
    await queue.flush();
    expect(timer.pauses()).toEqual([4000]);
    timer.runNext();
    await queue.flush();
    expect(lrs.stored.map((s) => s.id)).toEqual([statement(1).id, statement(2).id]);
    expect(queue.pending).toBe(0);
    expect(storage.read('q')).toBeNull();
    expect(statuses.at(-1)).toEqual({ kind: 'sent' });
    expect(statuses.some((s) => s.kind === 'waiting' && s.pending > 0)).toBe(true);
  });

  it('sends what an earlier visit left waiting', async () => {
    const storage = memoryStorage();
    const first = new StatementQueue(storage, 'q', scriptedStore(['unreachable']).store, manualSchedule().schedule);
    first.add(statement(1));
    await first.flush();
    const lrs = scriptedStore([]);
    const later = new StatementQueue(storage, 'q', lrs.store, manualSchedule().schedule);
    expect(later.pending).toBe(1);
    await later.flush();
    expect(lrs.stored.map((s) => s.id)).toEqual([statement(1).id]);
  });

  it('stops trying when the credentials are refused, keeps everything, and says so', async () => {
    const lrs = scriptedStore(['refused']);
    const timer = manualSchedule();
    const statuses: QueueStatus[] = [];
    const queue = new StatementQueue(memoryStorage(), 'q', lrs.store, timer.schedule, (s) => statuses.push(s));
    queue.add(statement(1));
    await queue.flush();
    queue.add(statement(2));
    await queue.flush();
    expect(lrs.requests()).toBe(1);
    expect(timer.pauses()).toEqual([]);
    expect(statuses).toEqual([{ kind: 'refused', pending: 1, message: 'refused (test)', kept: true }]);
    expect(queue.pending).toBe(2);
    await queue.retry();
    expect(lrs.stored).toHaveLength(2);
  });

  it('moves statements the LRS rejects aside, and sends the rest', async () => {
    const storage = memoryStorage();
    const lrs = scriptedStore(['rejected', 'stored']);
    const queue = new StatementQueue(storage, 'q', lrs.store, manualSchedule().schedule);
    queue.add(statement(1));
    await queue.flush();
    queue.add(statement(2));
    await queue.flush();
    expect(JSON.parse(storage.read('q/rejected') ?? '[]').map((s: { id: string }) => s.id)).toEqual([statement(1).id]);
    expect(lrs.stored.map((s) => s.id)).toEqual([statement(2).id]);
  });

  it('says whether what waits, or was turned down, is kept on this computer: not when storage refuses to keep it', async () => {
    const storage = memoryStorage();
    const write = storage.write.bind(storage);
    let full = true;
    storage.write = (key, value) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      write(key, value);
    };
    const statuses: QueueStatus[] = [];
    const queue = new StatementQueue(storage, 'q', scriptedStore(['unreachable', 'rejected', 'unreachable']).store, manualSchedule().schedule, (s) => statuses.push(s));
    queue.add(statement(1));
    await queue.flush();
    expect(statuses.at(-1)).toMatchObject({ kind: 'waiting', pending: 1, kept: false });
    await queue.flush();
    expect(statuses.filter((s) => s.kind === 'rejected')).toMatchObject([{ kept: false }]);
    full = false;
    queue.add(statement(2));
    await queue.flush();
    expect(statuses.at(-1)).toMatchObject({ kind: 'waiting', pending: 1, kept: true });
  });
});

describe('the launch', () => {
  it('reads a cmi5 launch and an xAPI launch, and says what is missing', () => {
    const actor = JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'ada' } });
    const cmi5 = readXapiLaunch(`?endpoint=${encodeURIComponent('https://lrs.example/xapi')}&fetch=${encodeURIComponent('https://lms.example/token?k=1')}&actor=${encodeURIComponent(actor)}&registration=6b1b8c1e-0c9a-4a77-9d5e-2b7a0e2f4a11&activityId=${encodeURIComponent('https://course.example/au/forecast')}`);
    expect(cmi5).toMatchObject({ ok: true, value: { kind: 'cmi5', endpoint: 'https://lrs.example/xapi/', fetchUrl: 'https://lms.example/token?k=1', activityId: 'https://course.example/au/forecast' } });
    const tinCan = readXapiLaunch(`?endpoint=http://127.0.0.1:9/xAPI/&auth=${encodeURIComponent('Basic abc')}&actor=${encodeURIComponent('{"name":["Ada"],"mbox":["mailto:ada@example.org"]}')}`);
    expect(tinCan).toMatchObject({ ok: true, value: { kind: 'xapi', auth: 'Basic abc', actor: { objectType: 'Agent', name: 'Ada', mbox: 'mailto:ada@example.org' } } });
    expect(readXapiLaunch('?endpoint=ftp://x')).toEqual({ ok: false, error: 'the launch address has no valid "endpoint" (the learning record store\'s web address)' });
    expect(readXapiLaunch(`?endpoint=https://lrs.example/&actor=${encodeURIComponent('{"name":"nobody"}')}`)).toMatchObject({ ok: false, error: expect.stringContaining('"actor"') });
    expect(readXapiLaunch(`?endpoint=https://lrs.example/&actor=${encodeURIComponent(actor)}`)).toMatchObject({ ok: false, error: expect.stringContaining('neither "fetch"') });
    expect(readXapiLaunch(`?endpoint=https://lrs.example/&actor=${encodeURIComponent(actor)}&fetch=https://lms.example/t&registration=nope`)).toMatchObject({ ok: false, error: expect.stringContaining('not a UUID') });
  });
});

describe('the statements of a play-through', () => {
  function play(storage = memoryStorage(), options: ConstructorParameters<typeof XapiReporter>[3] = {}) {
    const lrs = scriptedStore([]);
    const queue = new StatementQueue(storage, 'q', lrs.store, manualSchedule().schedule);
    let now = Date.parse('2026-12-02T09:00:00Z');
    const clock = { now: () => (now += 4_000) };
    const reporter = new XapiReporter({ actor: ACTOR, activityRoot: 'urn:manage-or-lead', registration: undefined, template: undefined }, queue, clock, options);
    const opened = openSession(FORECAST, 'stories/forecast.ink', clock);
    if (!opened.ok) throw new Error(opened.error.message);
    reporter.attach(opened.value);
    let beat = opened.value.begin();
    while (beat.ok && !beat.value.ended) beat = opened.value.choose(beat.value.choices[0]?.index ?? 0);
    return { statements: lrs.stored, log: opened.value.log, queue };
  }

  it('says attempted, answered for every decision with the response and the dimension moves, then completed with the fit and the dimension scores', async () => {
    const { statements, log, queue } = play(memoryStorage(), { masteryScore: 0.5 });
    await queue.flush();
    const verbs = statements.map((s) => s.verb.id);
    expect(verbs).toEqual([VERBS.attempted, ...log.decisions.map(() => VERBS.answered), VERBS.completed, expect.stringMatching(/passed|failed/)]);
    for (const s of statements) expect(s.id).toMatch(UUID);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    const registrations = new Set(statements.map((s) => s.context?.registration));
    expect(registrations.size).toBe(1);
    const answered = statements.filter((s) => s.verb.id === VERBS.answered);
    const profile = profileOf(log);
    for (const [i, s] of answered.entries()) {
      expect(s.result?.response).toMatch(/^c-\d+$/);
      expect(s.object).toMatchObject({ definition: { interactionType: 'choice', type: 'http://adlnet.gov/expapi/activities/cmi.interaction' } });
      expect(s.result?.extensions?.[EXTENSIONS.dimensionDeltas]).toBeTypeOf('object');
      expect(s.context?.extensions?.[EXTENSIONS.decision]).toBe(i + 1);
      const fit = profile.fit.decisions.find((f) => f.decision === i + 1);
      if (fit) {
        expect(s.result?.extensions?.[EXTENSIONS.fit]).toBeCloseTo(fit.fit, 4);
        expect(s.context?.extensions?.[EXTENSIONS.readiness]).toMatchObject({ level: `R${fit.readiness}` });
        expect(s.context?.extensions?.[EXTENSIONS.approach]).toBe(fit.approach);
      }
    }
    const completed = statements.find((s) => s.verb.id === VERBS.completed);
    expect(completed?.result?.score?.raw).toBe(profile.fit.percent);
    const scores = completed?.result?.extensions?.[EXTENSIONS.dimensionScores] as Record<string, number | null>;
    for (const d of profile.dimensions) expect(scores[d.dimension]).toBe(d.score === undefined ? null : Math.round(d.score * 10_000) / 10_000);
  });

  it('gives the same statements the same ids when the same play-through is reported again (a resume)', async () => {
    const first = play();
    const second = play();
    await Promise.all([first.queue.flush(), second.queue.flush()]);
    expect(second.statements.map((s) => s.id)).toEqual(first.statements.map((s) => s.id));
  });
});
