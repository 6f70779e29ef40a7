/**
 * One play-through: the story runner, the choice log and the meters, behind the API the presentation
 * sees. Scenes call `begin` and `choose` and subscribe to events; they never touch inkjs.
 */
import { Emitter } from './events.ts';
import { recordOf } from './names.ts';
import { contentHash } from './hash.ts';
import { CHOICE_LOG_SCHEMA, type ChoiceLog, type DecisionRecord, type LoggedLine, type PlayMode, type ReplayOrigin, type VoteRecord } from './log/choice-log.ts';
import { shuffledOrder } from './option-order.ts';
import type { Clock } from './ports.ts';
import { err, ok, type Result } from './result.ts';
import { StoryRunner, type Beat, type RunnerSnapshot, type StoryChoice, type StoryFailure, type StoryProblem } from './story/runner.ts';
import { filterTags, findTag, type LineTag } from './story/tags.ts';

export interface MeterReading {
  readonly name: string;
  readonly value: number;
  /** The value before this change; undefined for the first reading. */
  readonly previous: number | undefined;
}

export interface SessionEvents extends Record<string, unknown> {
  /** New text (and maybe choices) to show, the choices in the order to show them. */
  beat: Beat;
  /** A decision was taken and logged. */
  decided: DecisionRecord;
  /** One or more meters changed (every meter, on the first beat). */
  meters: readonly MeterReading[];
  /** The story reached its end. */
  ended: ChoiceLog;
  /** Ink warnings and tag errors: the story goes on, but authors want to know. */
  problem: StoryProblem;
  /** The story cannot go on. */
  failed: StoryFailure;
  /** A point to save: the start, and just after each choice (before its consequences run). */
  checkpoint: SessionSnapshot;
}

/** What a save holds to resume a play-through on the same text, choices and log. */
export interface SessionSnapshot {
  readonly runner: RunnerSnapshot;
  readonly log: ChoiceLog;
}

/** A decision on screen: the beat that offered it (its choices in the story's order), when, and the meters at the time. */
export interface OpenDecision {
  readonly beat: Beat;
  /** The choices' story indices in the order shown, when it is not the story's (see option-order.ts). */
  readonly shownOrder?: readonly number[];
  readonly offeredAt: number;
  readonly metersBefore: Record<string, number>;
}

/** Who is playing, and how; recorded in the log. */
export interface SessionOptions {
  readonly mode?: PlayMode;
  readonly alias?: string;
  readonly app?: { readonly name: string; readonly version: string };
  /**
   * Show each decision's options in an order drawn from this seed (src/core/option-order.ts); without
   * it, in the story's order. A resumed play-through keeps the seed of its log instead.
   */
  readonly shuffleSeed?: number;
  /** This play-through replays another from one of its decisions (src/core/replay.ts, replayFrom). */
  readonly replayOf?: ReplayOrigin;
  /**
   * The story's hash (storyHashOf) when the caller has it already: the build works out each of its
   * stories' once (tools/vite-plugin-ink.ts), which spares hashing the whole story as it opens.
   */
  readonly storyHash?: string;
}

export const DEFAULT_APP = { name: 'manage-or-lead', version: 'dev' } as const;

export class Session {
  readonly events = new Emitter<SessionEvents>();
  private readonly runner: StoryRunner;
  private readonly clock: Clock;
  private readonly storyHash: string;
  private readonly options: SessionOptions;
  private readonly startedAt: number;
  private decisions: DecisionRecord[] = [];
  /** Set when resuming: the last logged decision still waits for its meters-after reading. */
  private resumed = false;
  /** Every meter's value now, by its name in the story (a Map: an own story may name one `constructor`). */
  private meters = new Map<string, number>();
  private open: OpenDecision | undefined;
  private endedAt: number | undefined;
  private ending: string | undefined;
  private lastBeat: Beat | undefined;
  private resumedStart: number | undefined;
  private endAnnounced = false;
  private shuffleSeed: number | undefined;
  private replayOf: ReplayOrigin | undefined;

  constructor(runner: StoryRunner, clock: Clock, storyHash: string, options: SessionOptions = {}) {
    this.runner = runner;
    this.clock = clock;
    this.storyHash = storyHash;
    this.options = options;
    this.startedAt = clock.now();
    this.shuffleSeed = options.shuffleSeed;
    this.replayOf = options.replayOf;
  }

  get info() {
    return this.runner.info;
  }

  /** The beat on screen now, if the story has begun. */
  get current(): Beat | undefined {
    return this.lastBeat;
  }

  /** Every meter's value now, as first readings (no previous value): for a view that opens mid-story. */
  get meterReadings(): MeterReading[] {
    return this.runner.info.meters.flatMap((name) => {
      const value = this.meters.get(name);
      return value === undefined ? [] : [{ name, value, previous: undefined }];
    });
  }

  get ended(): boolean {
    return this.endedAt !== undefined;
  }

  /** Show the first beat (or, after `resume`, the beat that was on screen when the game was saved). */
  begin(): Result<Beat, StoryFailure> {
    if (this.lastBeat) return ok(this.lastBeat);
    if (!this.resumed) this.events.emit('checkpoint', { runner: this.runner.snapshot(), log: this.log });
    const beat = this.advance();
    if (this.resumed) this.completeLastDecision();
    this.announceEnd();
    return beat;
  }

  /**
   * Carry on from a saved snapshot, before `begin`. The caller has checked that the snapshot belongs
   * to this very story (same hash); the log's times, mode and alias are kept.
   */
  resume(snapshot: SessionSnapshot): Result<void, StoryFailure> {
    if (this.lastBeat) return err({ kind: 'bad-state', message: 'a play-through can only be resumed before it begins' });
    const restored = this.runner.restore(snapshot.runner);
    if (!restored.ok) return restored;
    this.decisions = [...snapshot.log.decisions];
    this.resumedStart = Date.parse(snapshot.log.startedAt);
    // The order the options were shown in before the reload, whatever the setting says now.
    this.shuffleSeed = snapshot.log.shuffleSeed;
    // A replay reloaded mid-way is still a replay; a replay being set up takes its origin from the options.
    this.replayOf = snapshot.log.replayOf ?? this.replayOf;
    this.resumed = this.decisions.length > 0 && this.decisions.at(-1)?.metersAfter === undefined;
    return ok(undefined);
  }

  /** Take the option with story index `index` (a choice's `index`, wherever it is shown) of the decision on screen, log it (with the room's votes, in group mode), and run on. */
  choose(index: number, votes?: VoteRecord): Result<Beat, StoryFailure> {
    const open = this.open;
    if (!open) return err({ kind: 'not-offered', index, message: 'there is no decision on screen' });
    const taken = this.runner.choose(index);
    if (!taken.ok) return taken;
    const now = this.clock.now();
    const record = decisionRecord(this.decisions.length + 1, open, index, now, votes);
    this.decisions.push(record);
    this.open = undefined;
    this.events.emit('decided', record);
    this.events.emit('checkpoint', { runner: this.runner.snapshot(), log: this.log });
    const next = this.advance();
    this.completeLastDecision();
    this.announceEnd();
    return next;
  }

  /** Once the last decision's consequences are in its record: the `ended` event carries the complete log. */
  private announceEnd(): void {
    if (this.ended && !this.endAnnounced) {
      this.endAnnounced = true;
      this.events.emit('ended', this.log);
    }
  }

  /** The consequences of a choice play out in the beat that follows it: record the meters then. */
  private completeLastDecision(): void {
    const last = this.decisions.at(-1);
    if (last) this.decisions[this.decisions.length - 1] = { ...last, metersAfter: recordOf(this.meters) };
  }

  /** The log so far: a fresh snapshot each call. */
  get log(): ChoiceLog {
    return {
      schema: CHOICE_LOG_SCHEMA,
      app: { ...(this.options.app ?? DEFAULT_APP) },
      storyId: this.runner.info.id,
      storyTitle: this.runner.info.title,
      storyHash: this.storyHash,
      mode: this.options.mode ?? 'solo',
      ...(this.options.alias ? { alias: this.options.alias } : {}),
      ...(this.shuffleSeed === undefined ? {} : { shuffleSeed: this.shuffleSeed }),
      ...(this.replayOf ? { replayOf: this.replayOf } : {}),
      startedAt: iso(this.resumedStart ?? this.startedAt),
      ...(this.endedAt === undefined ? {} : { endedAt: iso(this.endedAt) }),
      ...(this.ending === undefined ? {} : { ending: this.ending }),
      decisions: [...this.decisions],
      meters: recordOf(this.meters),
    };
  }

  private advance(): Result<Beat, StoryFailure> {
    const result = this.runner.continue();
    if (!result.ok) {
      this.events.emit('failed', result.error);
      return result;
    }
    const shownOrder = this.shownOrderFor(result.value);
    const byIndex = new Map(result.value.choices.map((choice) => [choice.index, choice]));
    const beat = shownOrder ? { ...result.value, choices: shownOrder.map((index) => byIndex.get(index) as StoryChoice) } : result.value;
    this.lastBeat = beat;
    for (const problem of beat.warnings) this.events.emit('problem', problem);
    this.readMeters();
    this.ending ??= beat.lines.map((line) => findTag<LineTag, 'ending'>(line.tags, 'ending')?.ending).find(Boolean);
    if (beat.ended) this.endedAt = this.clock.now();
    else this.open = { beat: result.value, ...(shownOrder ? { shownOrder } : {}), offeredAt: this.clock.now(), metersBefore: recordOf(this.meters) };
    this.events.emit('beat', beat);
    return ok(beat);
  }

  /**
   * The order to show this beat's choices in, or undefined for the story's order: no seed (the
   * authored-order setting, an old save), or a decision tagged `#order: fixed`.
   */
  private shownOrderFor(beat: Beat): number[] | undefined {
    if (this.shuffleSeed === undefined || beat.choices.length === 0) return undefined;
    const fixed = beat.lines.some((line) => findTag<LineTag, 'order'>(line.tags, 'order'));
    const places = fixed ? beat.choices.map((_, i) => i) : shuffledOrder(this.shuffleSeed, this.decisions.length + 1, beat.choices.length);
    return places.map((place) => beat.choices[place]?.index as number);
  }

  private readMeters(): void {
    const changes: MeterReading[] = [];
    for (const name of this.runner.info.meters) {
      const value = this.runner.variable(name);
      if (typeof value !== 'number') continue;
      const previous = this.meters.get(name);
      if (previous !== value) changes.push({ name, value, previous });
      this.meters.set(name, value);
    }
    if (changes.length > 0) this.events.emit('meters', changes);
  }
}

/** The log record of taking option `chosen` of an open decision (also used by tools that replay stories). */
export function decisionRecord(number: number, open: OpenDecision, chosen: number, now: number, votes?: VoteRecord): DecisionRecord {
  const tags = open.beat.lines.flatMap((line) => line.tags);
  const readiness = findTag<LineTag, 'readiness'>(tags, 'readiness');
  return {
    number,
    situation: open.beat.lines.filter((line) => line.text.trim() !== '').map(loggedLine),
    ...(readiness ? { readiness: readiness.person ? { level: readiness.level, person: readiness.person } : { level: readiness.level } } : {}),
    prompts: filterTags<LineTag, 'debrief'>(tags, 'debrief').map((tag) => tag.prompt),
    options: open.beat.choices.map((choice) => ({ index: choice.index, text: choice.text, tags: [...choice.rawTags] })),
    chosen,
    ...(open.shownOrder ? { shownOrder: [...open.shownOrder] } : {}),
    offeredAt: iso(open.offeredAt),
    decidedAt: iso(now),
    msToDecide: Math.max(0, now - open.offeredAt),
    metersBefore: open.metersBefore,
    ...(votes ? { votes: { tallies: [...votes.tallies], decidedBy: votes.decidedBy } } : {}),
  };
}

function loggedLine(line: { text: string; tags: readonly LineTag[] }): LoggedLine {
  const speaker = findTag<LineTag, 'speaker'>(line.tags, 'speaker')?.name;
  return speaker ? { speaker, text: line.text } : { text: line.text };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Open a compiled story and start a play-through of it. */
export function openSession(compiledJson: string, file: string, clock: Clock, options: SessionOptions = {}): Result<Session, StoryFailure> {
  const runner = StoryRunner.open(compiledJson, file);
  return runner.ok ? ok(new Session(runner.value, clock, options.storyHash ?? storyHashOf(compiledJson), options)) : runner;
}

/** The hash logs and saves use to recognise a version of a story. */
export function storyHashOf(compiledJson: string): string {
  return contentHash(compiledJson.replace(/^\uFEFF/, ''));
}
