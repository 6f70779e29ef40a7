/**
 * Reports play-throughs as xAPI statements through the queue: `attempted` when one begins, an
 * `answered` per decision as it is taken, `completed` at the end (src/core/lms/xapi-statements.ts).
 * Under cmi5 it adds what cmi5 asks of an AU: `initialized` first, the AU's own `completed` and
 * `passed`/`failed` (once per registration: their ids are made from it), and `terminated` last.
 */
import type { Activity, Statement } from '@xapi/xapi';
import type { ChoiceLog, DecisionRecord } from '../log/choice-log.ts';
import { profileOf } from '../patterns/profile.ts';
import type { Clock } from '../ports.ts';
import type { SessionEvents } from '../session.ts';
import type { Emitter } from '../events.ts';
import type { Beat } from '../story/runner.ts';
import { reportDecision } from './decision-report.ts';
import type { StatementQueue } from './statement-queue.ts';
import { duration, nameUuid, PlayThroughStatements, VERBS, type IdentifiedStatement, type StatementContext, type VerbName } from './xapi-statements.ts';

const CMI5_CATEGORY = { objectType: 'Activity' as const, id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' };
const MOVEON_CATEGORY = { objectType: 'Activity' as const, id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' };
const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

export interface Cmi5Options {
  /** The AU's activity id (the launch's activityId). */
  readonly activityId: string;
  /** From LMS.LaunchData, 0 … 1: passed at or above it. */
  readonly masteryScore: number | undefined;
  /** Normal sends results; Browse and Review only initialized and terminated. */
  readonly launchMode: 'Normal' | 'Browse' | 'Review';
}

/** The slice of a session the reporter reads. */
export interface ReportedSession {
  readonly events: Emitter<SessionEvents>;
  readonly log: ChoiceLog;
}

export class XapiReporter {
  private readonly context: StatementContext;
  private readonly queue: StatementQueue;
  private readonly clock: Clock;
  private readonly cmi5: Cmi5Options | undefined;
  /** Passed/failed in plain xAPI: the launch's masteryScore (0 … 1), if any. */
  private readonly masteryScore: number | undefined;
  private readonly startedAt: number;
  private terminated = false;

  constructor(context: StatementContext, queue: StatementQueue, clock: Clock, options: { cmi5?: Cmi5Options; masteryScore?: number } = {}) {
    this.context = context;
    this.queue = queue;
    this.clock = clock;
    this.cmi5 = options.cmi5;
    this.masteryScore = options.cmi5 ? options.cmi5.masteryScore : options.masteryScore;
    this.startedAt = clock.now();
  }

  /** cmi5's first statement of an AU session (call once per launch). */
  initialized(): void {
    if (this.cmi5) this.queue.add(this.auStatement('initialized', `initialized:${this.sessionKey()}`, {}));
  }

  /** cmi5's last statement of an AU session. */
  terminate(): void {
    if (!this.cmi5 || this.terminated) return;
    this.terminated = true;
    this.queue.add(this.auStatement('terminated', `terminated:${this.sessionKey()}`, { duration: duration(this.clock.now() - this.startedAt) }));
  }

  /** Report a play-through that is about to begin or resume; returns a function that stops. */
  attach(session: ReportedSession): () => void {
    const statements = new PlayThroughStatements(this.context, session.log);
    const recording = this.cmi5?.launchMode !== 'Browse' && this.cmi5?.launchMode !== 'Review';
    let paths = new Map<number, string>();
    const offs = [
      session.events.on('beat', (beat: Beat) => {
        paths = new Map(beat.choices.flatMap((choice) => (choice.path ? [[choice.index, choice.path] as const] : [])));
      }),
      session.events.on('checkpoint', (snapshot) => {
        if (snapshot.log.decisions.length === 0) this.queue.add(statements.attempted());
      }),
      session.events.on('decided', (record: DecisionRecord) => this.queue.add(statements.answered(reportDecision(record, paths)))),
      session.events.on('ended', (log: ChoiceLog) => {
        this.queue.add(statements.completed(log));
        if (recording) this.reportOutcome(log);
      }),
    ];
    return () => offs.forEach((off) => off());
  }

  /** The AU's (cmi5) or the scenario's own passed or failed, and cmi5's completed. */
  private reportOutcome(log: ChoiceLog): void {
    const percent = profileOf(log).fit.percent;
    const took = duration(Date.parse(log.endedAt ?? log.startedAt) - Date.parse(log.startedAt));
    if (this.cmi5) this.queue.add(this.auStatement('completed', 'completed', { completion: true, duration: took }, [MOVEON_CATEGORY]));
    const mastery = this.masteryScore;
    if (mastery === undefined || percent === undefined) return;
    const scaled = percent / 100;
    const verb = scaled >= mastery ? 'passed' : 'failed';
    const result = { success: verb === 'passed', duration: took, score: { scaled, raw: percent, min: 0, max: 100 } };
    if (this.cmi5) {
      // Passed once per registration; a failure may be reported again after another try.
      const moment = verb === 'passed' ? 'passed' : `failed:${log.startedAt}`;
      this.queue.add(this.auStatement(verb, moment, result, [MOVEON_CATEGORY], { [MASTERY_EXTENSION]: mastery }));
      return;
    }
    const statements = new PlayThroughStatements(this.context, log);
    const object = { objectType: 'Activity' as const, id: statements.scenarioId };
    const outcome: IdentifiedStatement = { ...statements.statement(verb, verb, object, log.endedAt ?? log.startedAt), result };
    this.queue.add(outcome);
  }

  /** A cmi5 defined statement: about the AU, with the cmi5 category and the LMS's template. */
  private auStatement(verb: VerbName, moment: string, result: Statement['result'], categories: Activity[] = [], extensions: Record<string, unknown> = {}): IdentifiedStatement {
    const cmi5 = this.cmi5 as Cmi5Options;
    const template = this.context.template ?? {};
    const statement: IdentifiedStatement = {
      id: nameUuid(`${this.context.registration ?? ''}|${cmi5.activityId}|${moment}`),
      actor: this.context.actor,
      verb: { id: VERBS[verb], display: { en: verb } },
      object: { objectType: 'Activity', id: cmi5.activityId },
      context: {
        ...template,
        registration: this.context.registration,
        contextActivities: { ...template.contextActivities, category: [CMI5_CATEGORY, ...categories, ...(template.contextActivities?.category ?? [])] },
        extensions: { ...extensions, ...template.extensions },
      },
      timestamp: new Date(this.clock.now()).toISOString(),
    };
    return result && Object.keys(result).length > 0 ? { ...statement, result } : statement;
  }

  /** The LMS's session id (from the context template), which makes initialized/terminated unique per launch. */
  private sessionKey(): string {
    const id = this.context.template?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid'];
    return typeof id === 'string' ? id : String(this.startedAt);
  }
}
