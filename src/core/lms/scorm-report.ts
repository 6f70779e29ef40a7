/**
 * Reports a play-through to a SCORM 1.2 or 2004 LMS: each decision as a `choice` interaction as it is
 * taken, the place to resume after every choice (committed at once: browsers block slow work while a
 * page closes), and at the end the fit as the score, pass or fail against the LMS's mastery score
 * (none set: completion only), and in 2004 the four dimension scores as objectives. docs/lms.md
 * tells a trainer what each field means.
 */
import type { ChoiceLog, DecisionRecord } from '../log/choice-log.ts';
import { DIMENSIONS } from '../patterns/dimensions.ts';
import { profileOf } from '../patterns/profile.ts';
import type { Clock } from '../ports.ts';
import type { SessionEvents, SessionSnapshot } from '../session.ts';
import type { Emitter } from '../events.ts';
import type { Beat } from '../story/runner.ts';
import { reportDecision, type DecisionReport } from './decision-report.ts';
import type { ScormConnection, ScormVersion } from './ports.ts';
import { encodeSuspendData, suspendRecordOf } from './suspend-data.ts';

/** What the LMS said at launch. */
export interface ScormLaunch {
  /** The saved place, if the LMS resumes an attempt ('' for none). */
  readonly suspendData: string;
  /** The fit (0–100 %) that passes, from the package's mastery score; undefined reports completion only. */
  readonly passingPercent: number | undefined;
  readonly learnerName: string;
}

/** The names of the data model elements that differ between the versions. */
const NAMES: Readonly<Record<ScormVersion, Readonly<Record<string, string>>>> = {
  '1.2': {
    entry: 'cmi.core.entry',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    score: 'cmi.core.score',
    learnerName: 'cmi.core.student_name',
    response: 'student_response',
    when: 'time',
  },
  '2004': {
    entry: 'cmi.entry',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    score: 'cmi.score',
    learnerName: 'cmi.learner_name',
    response: 'learner_response',
    when: 'timestamp',
  },
};

/** 2004's `cmi.interactions.n.description` and objective descriptions hold 250 characters. */
const DESCRIPTION_CHARS = 250;
const URN = 'urn:manage-or-lead';

export class ScormReporter {
  readonly launch: ScormLaunch;
  /** Everything the LMS refused, in words, for the screen. */
  readonly problems: string[] = [];
  private readonly lms: ScormConnection;
  private readonly clock: Clock;
  private readonly names: Readonly<Record<string, string>>;
  private readonly startedAt: number;
  private interactions: number;
  private inProgress = false;
  private finished = false;
  private readonly onProblem: (problem: string) => void;

  constructor(lms: ScormConnection, clock: Clock, onProblem: (problem: string) => void = () => undefined) {
    this.lms = lms;
    this.clock = clock;
    this.onProblem = onProblem;
    this.names = NAMES[lms.version];
    this.startedAt = clock.now();
    this.interactions = Number(lms.get('cmi.interactions._count')) || 0;
    // A new attempt (ab-initio) starts clean; otherwise the kept place counts, even when an earlier
    // session's closing call never reached the LMS and it could not say "resume".
    const fresh = lms.get(this.name('entry')) === 'ab-initio';
    this.launch = { suspendData: fresh ? '' : lms.get('cmi.suspend_data'), passingPercent: this.readPassing(), learnerName: lms.get(this.name('learnerName')) };
    this.markStarted();
  }

  /** Report this play-through; returns a function that stops. */
  attach(events: Emitter<SessionEvents>): () => void {
    let paths = new Map<number, string>();
    const offs = [
      events.on('beat', (beat: Beat) => {
        paths = new Map(beat.choices.flatMap((choice) => (choice.path ? [[choice.index, choice.path] as const] : [])));
      }),
      events.on('decided', (record: DecisionRecord) => this.reportInteraction(reportDecision(record, paths))),
      events.on('checkpoint', (snapshot: SessionSnapshot) => this.keepPlace(snapshot.log)),
      events.on('ended', (log: ChoiceLog) => this.reportEnd(log)),
    ];
    return () => offs.forEach((off) => off());
  }

  /** The learner is leaving: say whether to resume next time, how long this session was, and close. */
  exit(): void {
    if (this.finished) return;
    this.finished = true;
    const v12 = this.lms.version === '1.2';
    this.write(this.name('exit'), this.inProgress ? 'suspend' : v12 ? '' : 'normal');
    const seconds = Math.max(0, (this.clock.now() - this.startedAt) / 1000);
    this.write(this.name('sessionTime'), v12 ? timespan12(seconds) : timespan2004(seconds));
    this.commit();
    if (!this.lms.finish()) this.refused('close the session');
  }

  private name(key: string): string {
    return this.names[key] ?? key;
  }

  private readPassing(): number | undefined {
    if (this.lms.version === '1.2') {
      const mastery = this.lms.get('cmi.student_data.mastery_score');
      return mastery === '' || !Number.isFinite(Number(mastery)) ? undefined : Number(mastery);
    }
    const scaled = this.lms.get('cmi.scaled_passing_score');
    return scaled === '' || !Number.isFinite(Number(scaled)) ? undefined : Number(scaled) * 100;
  }

  /** A first launch moves the status on from "not attempted"; a finished one keeps its result. */
  private markStarted(): void {
    if (this.lms.version === '1.2') {
      const status = this.lms.get('cmi.core.lesson_status');
      if (status === '' || status === 'not attempted') this.write('cmi.core.lesson_status', 'incomplete');
      return;
    }
    const status = this.lms.get('cmi.completion_status');
    if (status === '' || status === 'not attempted' || status === 'unknown') this.write('cmi.completion_status', 'incomplete');
  }

  private reportInteraction(report: DecisionReport): void {
    const n = `cmi.interactions.${this.interactions++}`;
    const v12 = this.lms.version === '1.2';
    this.write(`${n}.id`, v12 ? identifier12(`${report.key}`) : `${URN}:decision:${report.key}`);
    this.write(`${n}.type`, 'choice');
    report.dimensions.forEach((dimension, m) => this.write(`${n}.objectives.${m}.id`, dimension));
    this.write(`${n}.${this.name('when')}`, v12 ? report.decidedAt.slice(11, 19) : time2004(report.decidedAt));
    if (!v12) this.write(`${n}.description`, describe(report));
    this.write(`${n}.${this.name('response')}`, v12 ? report.chosen.char : report.chosen.id);
    this.write(`${n}.result`, report.fit === undefined ? 'neutral' : v12 ? String(Math.round(report.fit * 100)) : report.fit.toFixed(7));
    this.write(`${n}.latency`, v12 ? timespan12(report.msToDecide / 1000) : timespan2004(report.msToDecide / 1000));
  }

  /** After every choice, and at the start: where to resume, kept by the LMS at once. */
  private keepPlace(log: ChoiceLog): void {
    // Say "suspend" from the start: if the page closes before `exit` reaches the LMS, it still resumes.
    if (!this.inProgress) this.write(this.name('exit'), 'suspend');
    this.inProgress = true;
    this.write('cmi.suspend_data', encodeSuspendData(suspendRecordOf(log)));
    this.commit();
  }

  private reportEnd(log: ChoiceLog): void {
    this.inProgress = false;
    const percent = profileOf(log).fit.percent;
    const graded = this.launch.passingPercent !== undefined && percent !== undefined;
    const passed = graded && percent >= (this.launch.passingPercent ?? 0);
    const score = this.name('score');
    if (graded) {
      this.write(`${score}.min`, '0');
      this.write(`${score}.max`, '100');
      this.write(`${score}.raw`, String(percent));
      if (this.lms.version === '2004') this.write('cmi.score.scaled', (percent / 100).toFixed(2));
    }
    if (this.lms.version === '1.2') {
      this.write('cmi.core.lesson_status', graded ? (passed ? 'passed' : 'failed') : 'completed');
    } else {
      this.write('cmi.completion_status', 'completed');
      this.write('cmi.success_status', graded ? (passed ? 'passed' : 'failed') : 'unknown');
      this.reportDimensions(log);
    }
    this.write('cmi.suspend_data', '');
    this.write(this.name('exit'), this.lms.version === '1.2' ? '' : 'normal');
    this.commit();
  }

  /** SCORM 2004: one objective per dimension, its score from −1 (all manage) to +1 (all lead). */
  private reportDimensions(log: ChoiceLog): void {
    const existing = Number(this.lms.get('cmi.objectives._count')) || 0;
    const ids = Array.from({ length: existing }, (_, n) => this.lms.get(`cmi.objectives.${n}.id`));
    let next = existing;
    for (const score of profileOf(log).dimensions) {
      const dimension = DIMENSIONS.find((d) => d.id === score.dimension);
      const found = ids.indexOf(score.dimension);
      const o = `cmi.objectives.${found >= 0 ? found : next++}`;
      if (found < 0) this.write(`${o}.id`, score.dimension);
      this.write(`${o}.description`, `${dimension?.question ?? ''} From -1 (${dimension?.manage}, managing) to +1 (${dimension?.lead}, leading); not a pass mark.`.slice(0, DESCRIPTION_CHARS));
      if (score.score === undefined) {
        this.write(`${o}.completion_status`, 'not attempted');
        continue;
      }
      this.write(`${o}.score.scaled`, score.score.toFixed(4));
      this.write(`${o}.completion_status`, 'completed');
      this.write(`${o}.success_status`, 'unknown');
    }
  }

  private write(element: string, value: string): void {
    if (!this.lms.set(element, value)) this.refused(`keep ${element} = "${value.slice(0, 40)}"`);
  }

  private commit(): void {
    if (!this.lms.commit()) this.refused('save the progress');
  }

  private refused(what: string): void {
    const problem = `The learning system would not ${what} (${this.lms.lastError() || 'no reason given'}).`;
    this.problems.push(problem);
    this.onProblem(problem);
  }
}

/** "Decision 3: <situation> | c-0 … | c-2 …", cut to what 2004 keeps. */
function describe(report: DecisionReport): string {
  const options = report.options.map((option) => `${option.id}: ${option.text}`).join(' | ');
  return `Decision ${report.number}: ${report.situation} | ${options}`.slice(0, DESCRIPTION_CHARS);
}

/** SCORM 1.2 identifiers: letters, digits, `-` and `_` only. */
function identifier12(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 255);
}

/** Hours, minutes and seconds (to the hundredth) of a duration. */
function clockParts(seconds: number): { hours: number; minutes: number; seconds: number } {
  const cs = Math.max(0, Math.round(seconds * 100));
  return { hours: Math.floor(cs / 360_000), minutes: Math.floor((cs % 360_000) / 6000), seconds: (cs % 6000) / 100 };
}

/** SCORM 1.2's CMITimespan: HHHH:MM:SS.SS. */
export function timespan12(seconds: number): string {
  const parts = clockParts(seconds);
  const hours = String(Math.min(9999, parts.hours)).padStart(4, '0');
  return `${hours}:${String(parts.minutes).padStart(2, '0')}:${parts.seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004's timeinterval: PT#H#M#S, seconds to the hundredth. */
export function timespan2004(seconds: number): string {
  const parts = clockParts(seconds);
  return `PT${parts.hours}H${parts.minutes}M${parts.seconds}S`;
}

/** SCORM 2004's time: an ISO time with at most two decimals before the zone. */
function time2004(iso: string): string {
  return iso.replace(/(\.\d{2})\d*Z$/, '$1Z');
}
