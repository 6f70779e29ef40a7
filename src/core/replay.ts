/**
 * Rebuilding a play-through from its choices instead of ink's saved state: the story is played again
 * from the start, taking the recorded story choice index at each decision. A choice path is a few
 * dozen characters where ink's state is thousands (a SCORM 1.2 LMS keeps 4,096), and it survives
 * edits to a story that leave its decisions in place. Used to resume inside an LMS and to "play from
 * here" in the debrief.
 *
 * The result is a Session positioned just after the last recorded choice, whose log holds the same
 * decisions as the recorded ones (with their times, when the path carries them).
 */
import type { ChoiceLog, DecisionRecord, ReplayOrigin } from './log/choice-log.ts';
import { pathOf, type ChoicePath } from './log/choice-path.ts';
import { profileOf } from './patterns/profile.ts';
import type { Clock } from './ports.ts';
import { err, ok, type Result } from './result.ts';
import { openSession, type Session, type SessionOptions, type SessionSnapshot } from './session.ts';
import type { StoryFailure } from './story/runner.ts';

export { pathOf, type ChoicePath, type DecisionTimes } from './log/choice-path.ts';

export type ReplayFailure =
  | StoryFailure
  /** The story no longer offers a recorded choice (it was edited), or ended before the path did. */
  | { readonly kind: 'path-broken'; readonly decision: number; readonly message: string };

/**
 * Play `path` again and return the save a session takes just after its last choice (before that
 * choice's consequences run, like every save): resuming from it shows the beat that followed.
 */
export function replaySnapshot(compiledJson: string, file: string, path: ChoicePath, options: SessionOptions = {}): Result<SessionSnapshot, ReplayFailure> {
  const startedAt = path.times?.startedAt ?? 0;
  const opened = openSession(compiledJson, file, { now: () => startedAt }, withSeed(options, path));
  if (!opened.ok) return opened;
  const session = opened.value;
  let last: SessionSnapshot | undefined;
  session.events.on('checkpoint', (snapshot) => {
    last = snapshot;
  });
  let beat = session.begin();
  for (const [i, chosen] of path.choices.entries()) {
    if (!beat.ok) return beat;
    const number = i + 1;
    if (beat.value.ended) return err({ kind: 'path-broken', decision: number, message: `the story ended before decision ${number} of the saved path` });
    if (!beat.value.choices.some((choice) => choice.index === chosen)) {
      const offered = beat.value.choices.length;
      return err({ kind: 'path-broken', decision: number, message: `decision ${number} no longer offers option ${chosen + 1} (it offers ${offered})` });
    }
    beat = session.choose(chosen, path.votes?.[i]);
  }
  if (!beat.ok) return beat;
  if (!last) return err({ kind: 'bad-state', message: 'the replay took no save' });
  return ok(withTimes(last, path));
}

/**
 * Play `path` again into a new session that carries on from there: call `begin` for the beat after
 * the last choice (the same beat the player saw), then play on. Its log's decisions are the
 * recorded ones; new decisions are timed by `clock`.
 */
export function replay(compiledJson: string, file: string, path: ChoicePath, clock: Clock, options: SessionOptions = {}): Result<Session, ReplayFailure> {
  const snapshot = replaySnapshot(compiledJson, file, path, options);
  if (!snapshot.ok) return snapshot;
  const opened = openSession(compiledJson, file, clock, withSeed(options, path));
  if (!opened.ok) return opened;
  const resumed = opened.value.resume(snapshot.value);
  return resumed.ok ? ok(opened.value) : resumed;
}

function withSeed(options: SessionOptions, path: ChoicePath): SessionOptions {
  return path.shuffleSeed === undefined ? options : { ...options, shuffleSeed: path.shuffleSeed };
}

/** The recorded times put back into a replayed save's log. */
function withTimes(snapshot: SessionSnapshot, path: ChoicePath): SessionSnapshot {
  const times = path.times;
  if (!times || !Number.isFinite(times.startedAt)) return snapshot;
  const decisions = snapshot.log.decisions.map((decision, i): DecisionRecord => {
    const recorded = times.decisions[i];
    if (!recorded || !Number.isFinite(recorded.offeredAt) || !Number.isFinite(recorded.decidedAt)) return decision;
    return {
      ...decision,
      offeredAt: new Date(recorded.offeredAt).toISOString(),
      decidedAt: new Date(recorded.decidedAt).toISOString(),
      msToDecide: Math.max(0, recorded.decidedAt - recorded.offeredAt),
    };
  });
  return { ...snapshot, log: { ...snapshot.log, startedAt: new Date(times.startedAt).toISOString(), decisions } };
}

/**
 * "Play from here": a new play-through of the story that has the original's history up to decision
 * `fromDecision` (its choices replayed, their times and votes kept) and waits there for a new choice.
 * Its log says it is a replay, of which play-through and from which decision; the original is not
 * touched. `begin` on the result shows decision `fromDecision` again.
 */
export function replayFrom(
  compiledJson: string,
  file: string,
  original: ChoiceLog,
  fromDecision: number,
  clock: Clock,
  options: SessionOptions = {},
): Result<Session, ReplayFailure> {
  const count = original.decisions.length;
  if (!Number.isInteger(fromDecision) || fromDecision < 1 || fromDecision > count) {
    return err({ kind: 'path-broken', decision: fromDecision, message: `the play-through has decisions 1 to ${count}, not ${fromDecision}` });
  }
  const recorded = pathOf(original, fromDecision - 1);
  // The replay's own start is now; the decisions it copies keep the times they were taken at.
  const path: ChoicePath = { ...recorded, times: { startedAt: clock.now(), decisions: recorded.times?.decisions ?? [] } };
  const fit = profileOf(original).fit.percent;
  const replayOf: ReplayOrigin = {
    startedAt: original.startedAt,
    ...(original.alias ? { alias: original.alias } : {}),
    fromDecision,
    choices: original.decisions.map((decision) => decision.chosen),
    ...(original.ending ? { ending: original.ending } : {}),
    ...(fit === undefined ? {} : { fitPercent: fit }),
  };
  const mode = options.mode ?? original.mode;
  const alias = options.alias ?? original.alias;
  return replay(compiledJson, file, path, clock, { ...options, mode, ...(alias ? { alias } : {}), replayOf });
}
