/**
 * The game's xAPI statements (its xAPI profile, published in docs/lms.md): a play-through is
 * `attempted`, each decision `answered` with the option as the response, the dimension deltas and
 * fit in the result's extensions and readiness and approach in the context's; at the end the
 * scenario is `completed` with the fit as score and the four dimension scores as extensions.
 *
 * Statement ids are made from the play-through and the moment (a name-based UUID), so a statement
 * sent twice, after a retry or a resume, is the same statement and an LRS keeps it once.
 */
import type { Actor, Context, Extensions, Statement } from '@xapi/xapi';
import { contentHash } from '../hash.ts';
import type { ChoiceLog } from '../log/choice-log.ts';
import { DIMENSIONS } from '../patterns/dimensions.ts';
import { profileOf } from '../patterns/profile.ts';
import type { DecisionReport } from './decision-report.ts';

/** A statement with the id the game gave it. */
export type IdentifiedStatement = Statement & { readonly id: string };

export const VERBS = {
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
export type VerbName = keyof typeof VERBS;

/** The game's own extension IRIs (docs/lms.md, "xAPI profile"). */
const EXTENSION_BASE = 'urn:manage-or-lead:xapi:extension';
export const EXTENSIONS = {
  /** result: the chosen option's move on each dimension the decision spans, −1 (manage) … +1 (lead). */
  dimensionDeltas: `${EXTENSION_BASE}:dimension-deltas`,
  /** result: the decision's fit, 0 … 1 (only where readiness is declared). */
  fit: `${EXTENSION_BASE}:fit`,
  /** result, at completion: the four dimension scores, −1 … +1 (null: not seen). */
  dimensionScores: `${EXTENSION_BASE}:dimension-scores`,
  /** context: the person's readiness for the task: { level: "R2", person: "Sam" }. */
  readiness: `${EXTENSION_BASE}:readiness`,
  /** context: the approach of the chosen option: direct, coach, support, delegate. */
  approach: `${EXTENSION_BASE}:approach`,
  /** context: the decision's number in the play-through (1 for the first). */
  decision: `${EXTENSION_BASE}:decision-number`,
  /** context: the play-through's id, the same across resumes. */
  playThrough: `${EXTENSION_BASE}:play-through`,
} as const;

export const ACTIVITY_TYPES = {
  scenario: 'http://adlnet.gov/expapi/activities/simulation',
  decision: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

/** The default root of the game's activity ids, when the launch names none. */
export const DEFAULT_ACTIVITY_ROOT = 'urn:manage-or-lead';
const NAME_CHARS = 120;

/** A UUID made from a name (the same name always gives the same UUID): version 8, RFC 9562 variant. */
export function nameUuid(name: string): string {
  const hex = [1, 2, 3].map((seed) => contentHash(name, seed)).join('').slice(0, 32);
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Who and where: fixed for a launch. */
export interface StatementContext {
  readonly actor: Actor;
  /** Every activity id starts here: the cmi5 AU's id, the launch's activity_id, or the default. */
  readonly activityRoot: string;
  /** The launch's registration; undefined: one registration per play-through. */
  readonly registration: string | undefined;
  /** The LMS's context template (cmi5), merged into every statement's context. */
  readonly template: Context | undefined;
}

/** One play-through's statements. */
export class PlayThroughStatements {
  readonly id: string;
  private readonly context: StatementContext;
  private readonly log: Pick<ChoiceLog, 'storyId' | 'storyTitle' | 'startedAt'>;

  constructor(context: StatementContext, log: Pick<ChoiceLog, 'storyId' | 'storyTitle' | 'startedAt'>) {
    this.context = context;
    this.log = log;
    // The same play-through (resumed, on this launch) keeps its id: it is made from when it started.
    this.id = nameUuid(`${context.registration ?? ''}|${context.activityRoot}|${log.storyId}|${log.startedAt}`);
  }

  get scenarioId(): string {
    return `${this.context.activityRoot}/scenarios/${this.log.storyId}`;
  }

  get registration(): string {
    return this.context.registration ?? this.id;
  }

  attempted(): IdentifiedStatement {
    return this.statement('attempted', 'attempted', this.scenario(), this.log.startedAt);
  }

  answered(report: DecisionReport): IdentifiedStatement {
    const deltas: Extensions = Object.fromEntries(report.dimensions.map((dimension) => [dimension, round(report.deltas[dimension] ?? 0)]));
    const result = {
      response: report.chosen.id,
      duration: duration(report.msToDecide),
      extensions: { [EXTENSIONS.dimensionDeltas]: deltas, ...(report.fit === undefined ? {} : { [EXTENSIONS.fit]: round(report.fit) }) },
    };
    const extensions: Extensions = {
      [EXTENSIONS.decision]: report.number,
      ...(report.readiness ? { [EXTENSIONS.readiness]: { level: `R${report.readiness.level}`, ...(report.readiness.person ? { person: report.readiness.person } : {}) } } : {}),
      ...(report.approach ? { [EXTENSIONS.approach]: report.approach } : {}),
    };
    const object = {
      objectType: 'Activity' as const,
      id: `${this.scenarioId}/decisions/${report.key}`,
      definition: {
        type: ACTIVITY_TYPES.decision,
        name: { en: `Decision: ${report.situation}`.slice(0, NAME_CHARS) },
        interactionType: 'choice' as const,
        choices: report.options.map((option) => ({ id: option.id, description: { en: option.text } })),
      },
    };
    return { ...this.statement('answered', `answered:${report.number}`, object, report.decidedAt, extensions), result };
  }

  /** The scenario finished: the fit as score (when there is one), the dimensions as extensions. */
  completed(log: ChoiceLog): IdentifiedStatement {
    const profile = profileOf(log);
    const scores: Extensions = Object.fromEntries(DIMENSIONS.map(({ id }) => [id, nullableRound(profile.dimensions.find((d) => d.dimension === id)?.score)]));
    const percent = profile.fit.percent;
    const result = {
      completion: true,
      duration: duration(Date.parse(log.endedAt ?? log.startedAt) - Date.parse(log.startedAt)),
      ...(percent === undefined ? {} : { score: { scaled: percent / 100, raw: percent, min: 0, max: 100 } }),
      extensions: { [EXTENSIONS.dimensionScores]: scores },
    };
    return { ...this.statement('completed', 'completed', this.scenario(), log.endedAt ?? log.startedAt), result };
  }

  /** The statement every other one is made from: id, actor, verb, object, context, timestamp. */
  statement(verb: VerbName, moment: string, object: Statement['object'], timestamp: string, extensions: Extensions = {}): IdentifiedStatement {
    return {
      id: nameUuid(`${this.id}|${moment}`),
      actor: this.context.actor,
      verb: { id: VERBS[verb], display: { en: verb } },
      object,
      context: this.contextWith(extensions),
      timestamp,
    };
  }

  private scenario(): Statement['object'] {
    return { objectType: 'Activity', id: this.scenarioId, definition: { type: ACTIVITY_TYPES.scenario, name: { en: this.log.storyTitle } } };
  }

  /** The LMS's template first (its values are never overwritten), then the game's. */
  private contextWith(extensions: Extensions): Context {
    const template = this.context.template ?? {};
    return {
      ...template,
      registration: template.registration ?? this.registration,
      contextActivities: {
        ...template.contextActivities,
        parent: [{ objectType: 'Activity', id: this.scenarioId }, ...(template.contextActivities?.parent ?? [])],
      },
      extensions: { ...extensions, [EXTENSIONS.playThrough]: this.id, ...template.extensions },
    };
  }
}

/** ISO 8601 duration, to the hundredth of a second. */
export function duration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 10) / 100);
  return `PT${seconds}S`;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
const nullableRound = (x: number | undefined) => (x === undefined ? null : round(x));
