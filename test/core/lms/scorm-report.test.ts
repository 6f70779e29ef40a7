/**
 * Reporting to a real SCORM runtime (scorm-again's LMS-side APIs, in Node): what an LMS holds after a
 * play-through, after a resume, and when it refuses something.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { startScorm } from '../../../src/adapters/scorm-api.ts';
import { decodeSuspendData, SCORM12_SUSPEND_LIMIT } from '../../../src/core/lms/suspend-data.ts';
import { ScormReporter, timespan12, timespan2004 } from '../../../src/core/lms/scorm-report.ts';
import type { ChoiceLog } from '../../../src/core/log/choice-log.ts';
import { DIMENSIONS } from '../../../src/core/patterns/dimensions.ts';
import { profileOf } from '../../../src/core/patterns/profile.ts';
import { replay } from '../../../src/core/replay.ts';
import { openSession, type Session } from '../../../src/core/session.ts';
import { compiledFile } from '../../support/stories.ts';

const FILE = 'stories/forecast.ink';
const JSON_STORY = compiledFile(FILE);

type Cmi = Record<string, unknown> & { core?: Record<string, unknown>; interactions: Record<string, Record<string, unknown>>; objectives: Record<string, Record<string, unknown>> };

/** A scorm-again LMS of one version, loaded with what an LMS would hand a launch, counting commits. */
function lms(version: '1.2' | '2004', launch: object = {}) {
  const api = version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
  api.loadFromJSON(launch as never);
  const state = { commits: 0 };
  api.on(version === '1.2' ? 'LMSCommit' : 'Commit', () => state.commits++);
  const found = version === '1.2' ? { version, api: api as never } : { version, api: api as never };
  const connection = startScorm(found as Parameters<typeof startScorm>[0]);
  if (!connection.ok) throw new Error(connection.error);
  return {
    connection: connection.value,
    state,
    /** The whole data model, as the LMS would store it. */
    cmi: () => (api.renderCommitCMI(true) as { cmi: Cmi }).cmi,
  };
}

function clock(start = Date.parse('2026-12-02T09:00:00Z')) {
  let now = start;
  return { now: () => (now += 7_250) };
}

function newSession(): Session {
  const opened = openSession(JSON_STORY, FILE, clock());
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

/** Take the last option at every decision, for `decisions` decisions (all, by default). */
function playLast(session: Session, decisions = Infinity): ChoiceLog {
  let beat = session.current ? { ok: true as const, value: session.current } : session.begin();
  for (let i = 0; i < decisions && beat.ok && !beat.value.ended; i++) beat = session.choose(beat.value.choices.at(-1)?.index ?? 0);
  return session.log;
}

describe('SCORM 1.2 reporting', () => {
  it('reports every decision as a choice interaction, commits after each, and ends with the fit as score and pass/fail', () => {
    const { connection, state, cmi } = lms('1.2', { core: { entry: 'ab-initio', student_name: 'Okafor, Ada' }, student_data: { mastery_score: '70' } });
    const reporter = new ScormReporter(connection, clock());
    expect(reporter.launch).toEqual({ suspendData: '', passingPercent: 70, learnerName: 'Okafor, Ada' });
    expect(cmi().core?.lesson_status).toBe('incomplete');
    const session = newSession();
    reporter.attach(session.events);
    // Right after each choice the LMS already holds the path up to it (the reporter listens first).
    const keptPaths: number[] = [];
    session.events.on('checkpoint', () => {
      const kept = decodeSuspendData(String(cmi().suspend_data));
      keptPaths.push(kept.ok ? kept.value.path.choices.length : -1);
    });
    const log = playLast(session);
    expect(keptPaths).toEqual([0, ...log.decisions.map((_, i) => i + 1)]);
    reporter.exit();

    const data = cmi();
    const interactions = Object.values(data.interactions);
    expect(interactions).toHaveLength(log.decisions.length);
    const fit = profileOf(log).fit;
    for (const [i, decision] of log.decisions.entries()) {
      const interaction = interactions[i] as Record<string, unknown>;
      expect(interaction.type).toBe('choice');
      expect(interaction.id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(interaction.student_response).toMatch(/^[0-9a-z]$/);
      const decisionFit = fit.decisions.find((f) => f.decision === decision.number);
      expect(interaction.result).toBe(decisionFit ? String(Math.round(decisionFit.fit * 100)) : 'neutral');
      expect(Object.keys(interaction.objectives as object).length).toBeGreaterThan(0);
    }
    // One commit at the start, one after every choice, one at the end and one at exit.
    expect(state.commits).toBe(log.decisions.length + 3);
    expect(data.core?.score).toMatchObject({ raw: String(fit.percent), min: '0', max: '100' });
    expect(data.core?.lesson_status).toBe((fit.percent ?? 0) >= 70 ? 'passed' : 'failed');
    expect(data.core?.exit).toBe('');
    expect(data.suspend_data).toBe('');
    expect(data.core?.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}/);
  });

  it('keeps the place after every choice, and a new launch resumes from it to the same log', () => {
    const first = lms('1.2', { core: { entry: 'ab-initio' }, student_data: { mastery_score: '70' } });
    const reporter = new ScormReporter(first.connection, clock());
    const session = newSession();
    reporter.attach(session.events);
    const before = playLast(session, 3);
    reporter.exit();
    const stored = first.cmi();
    expect(stored.core?.exit).toBe('suspend');
    expect(String(stored.suspend_data).length).toBeLessThan(SCORM12_SUSPEND_LIMIT / 20);

    // The LMS launches the SCO again with what it kept.
    const second = lms('1.2', { ...stored, core: { ...stored.core, entry: 'resume' } });
    const resumed = new ScormReporter(second.connection, clock(Date.parse('2026-12-03T10:00:00Z')));
    const record = decodeSuspendData(resumed.launch.suspendData);
    if (!record.ok) throw new Error(record.error);
    const copy = replay(JSON_STORY, FILE, record.value.path, clock(Date.parse('2026-12-03T10:00:00Z')));
    if (!copy.ok) throw new Error(copy.error.message);
    resumed.attach(copy.value.events);
    copy.value.begin();
    expect(copy.value.log.decisions).toEqual(before.decisions.map((d, i) => (i === 2 ? { ...d, metersAfter: copy.value.log.decisions[2]?.metersAfter } : d)));
    const after = playLast(copy.value);
    resumed.exit();
    expect(Object.keys(second.cmi().interactions)).toHaveLength(after.decisions.length);
    expect(second.cmi().core?.lesson_status).toMatch(/^(passed|failed)$/);
  });

  it('reports completion only when the package sets no mastery score', () => {
    const { connection, cmi } = lms('1.2', { core: { entry: 'ab-initio' } });
    const reporter = new ScormReporter(connection, clock());
    expect(reporter.launch.passingPercent).toBeUndefined();
    const session = newSession();
    reporter.attach(session.events);
    playLast(session);
    expect(cmi().core?.lesson_status).toBe('completed');
    expect((cmi().core?.score as Record<string, string>).raw).toBe('');
  });

  it('says in words what the LMS refused, and the play goes on', () => {
    const { connection } = lms('2004', { entry: 'ab-initio' });
    const problems: string[] = [];
    const reporter = new ScormReporter(connection, clock(), (problem) => problems.push(problem));
    const session = newSession();
    reporter.attach(session.events);
    reporter.exit(); // the session was closed early: the LMS refuses what comes after
    const log = playLast(session, 1);
    expect(log.decisions).toHaveLength(1);
    expect(problems).toContain('The learning system would not keep cmi.interactions.0.id = "urn:manage-or-lead:decision:flags.0" (133: Store Data After Termination).');
  });
});

describe('SCORM 2004 reporting', () => {
  it('passes or fails on the scaled passing score, and reports the four dimensions as objectives from -1 to +1', () => {
    const { connection, cmi } = lms('2004', { entry: 'ab-initio', scaled_passing_score: '0.5' });
    const reporter = new ScormReporter(connection, clock());
    expect(reporter.launch.passingPercent).toBe(50);
    const session = newSession();
    reporter.attach(session.events);
    const log = playLast(session);
    reporter.exit();
    const data = cmi();
    const profile = profileOf(log);
    expect(data.completion_status).toBe('completed');
    expect(data.success_status).toBe((profile.fit.percent ?? 0) >= 50 ? 'passed' : 'failed');
    expect(data.score).toMatchObject({ scaled: ((profile.fit.percent ?? 0) / 100).toFixed(2), raw: String(profile.fit.percent) });
    expect(data.exit).toBe('normal');
    const objectives = Object.values(data.objectives);
    expect(objectives.map((o) => o.id)).toEqual(DIMENSIONS.map((d) => d.id));
    for (const score of profile.dimensions) {
      const objective = objectives.find((o) => o.id === score.dimension) as { score: { scaled: string }; completion_status: string };
      if (score.score === undefined) expect(objective.completion_status).toBe('not attempted');
      else expect(Number(objective.score.scaled)).toBeCloseTo(score.score, 4);
    }
    const interactions = Object.values(data.interactions);
    expect(interactions).toHaveLength(log.decisions.length);
    for (const interaction of interactions) {
      expect(interaction.id).toMatch(/^urn:manage-or-lead:decision:[\w.-]+$/);
      expect(interaction.learner_response).toMatch(/^c-\d+$/);
      expect(String(interaction.description)).toMatch(/^Decision \d+: .+ \| c-\d+: /);
      expect(String(interaction.description).length).toBeLessThanOrEqual(250);
    }
  });

  it('reports completion and an unknown success without a passing score', () => {
    const { connection, cmi } = lms('2004', { entry: 'ab-initio' });
    const reporter = new ScormReporter(connection, clock());
    const session = newSession();
    reporter.attach(session.events);
    playLast(session);
    expect(cmi().completion_status).toBe('completed');
    expect(cmi().success_status).toBe('unknown');
    expect((cmi().score as Record<string, string>).scaled).toBe('');
  });
});

describe('SCORM times', () => {
  it('writes durations in each version\'s format', () => {
    expect(timespan12(3723.456)).toBe('0001:02:03.46');
    expect(timespan12(59.999)).toBe('0000:01:00.00');
    expect(timespan2004(3723.456)).toBe('PT1H2M3.46S');
    expect(timespan2004(0)).toBe('PT0H0M0S');
  });
});
