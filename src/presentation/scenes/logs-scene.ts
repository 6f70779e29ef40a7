import type { ChoiceLog } from '../../core/log/choice-log.ts';
import { cohortOf, groupByStory } from '../../core/log/cohort.ts';
import { logToJson } from '../../core/log/log-files.ts';
import { matchStory, storyNotice, storyOfLogs } from '../../core/log/story-match.ts';
import { MenuBackdrop } from '../play/backdrop.ts';
import { exportCohortSpreadsheet, exportLog } from '../exports.ts';
import { SCENES, type GameServices } from '../services.ts';
import { cohortView } from '../ui/cohort-view.ts';
import { exportBar } from '../ui/export-bar.ts';
import { acceptFileDrops, filePicker } from '../ui/file-input.ts';
import { askInScreen } from '../ui/confirm-panel.ts';
import { button, emptyBody, logsScreen, singleLogBody, storyPickerBody, DROP_HINT } from '../ui/logs-view.ts';
import { countOf } from '../ui/text.ts';
import { excerptOf } from '../../core/text/excerpt.ts';
import { BaseScene } from './base-scene.ts';
import type { BackLink } from './debrief-scene.ts';

/** A log that loaded, and the file it came from. */
export interface LoadedLog {
  readonly file: string;
  readonly log: ChoiceLog;
}

/** A file that did not load, and why, in a sentence that names it. */
export interface FileProblem {
  readonly file: string;
  readonly message: string;
}

export interface LogsSceneData {
  readonly loaded?: readonly LoadedLog[];
  readonly problems?: readonly FileProblem[];
  /** The story being looked at, when the logs span several. */
  readonly storyId?: string;
}

/**
 * Saved logs, opened from files picked or dropped on the page. One log: its debrief and its pattern.
 * Many logs of one story: the cohort. Logs of several stories: a choice of story first. Every file is
 * checked; those that fail are listed with the reason and the others still load. All in the page.
 */
export class LogsScene extends BaseScene {
  private backdrop?: MenuBackdrop;
  private loaded: LoadedLog[] = [];
  private problems: FileProblem[] = [];
  private storyId: string | undefined;
  /** Logs of other stories added while one story was open: kept, and said so. */
  private notes: string[] = [];
  /** Cancels the question on screen ("Close these logs?"), while one is asked. */
  private cancelAsk: (() => void) | undefined;

  constructor(services: GameServices) {
    super(SCENES.logs, services);
  }

  override init(data?: LogsSceneData): void {
    super.init();
    this.loaded = [...(data?.loaded ?? [])];
    this.problems = [...(data?.problems ?? [])];
    this.storyId = data?.storyId;
    this.notes = [];
    this.cancelAsk = undefined;
  }

  create(): void {
    this.backdrop = new MenuBackdrop(this);
    this.layout();
    this.render();
    this.acceptDrops();
    this.onKey((event) => {
      if (event.key !== 'Escape') return;
      if (this.cancelAsk) this.cancelAsk();
      else this.back();
    });
  }

  protected override layout(): void {
    this.backdrop?.show(this.scale.width, this.scale.height, this.u);
  }

  /** Where this screen is now, to come back to it from a debrief or a pattern. */
  private here(): BackLink {
    const data: LogsSceneData = { loaded: this.loaded, problems: [], ...(this.storyId ? { storyId: this.storyId } : {}) };
    return { label: 'Back to the logs', scene: SCENES.logs, data };
  }

  /** Esc: from one story to all stories when there are several, else to the title (asking first). */
  private back(): void {
    if (this.storyId && groupByStory(this.logs()).length > 1) this.showAllStories();
    else this.leave(SCENES.title);
  }

  private showAllStories(): void {
    this.storyId = undefined;
    this.problems = [];
    this.notes = [];
    this.render();
  }

  /** Leave the logs (to the title, or to an empty logs screen); with logs open, only once the player says so. */
  private leave(scene: typeof SCENES.title | typeof SCENES.logs, data?: LogsSceneData): void {
    const screen = document.querySelector<HTMLElement>('.logs-screen');
    if (this.loaded.length === 0 || !screen) {
      this.go(scene, data);
      return;
    }
    const count = this.loaded.length;
    this.cancelAsk = askInScreen(screen, {
      question: count === 1 ? 'Close this log?' : `Close these ${count} logs?`,
      detail: `${scene === SCENES.title ? 'Going back to the title closes' : 'This closes'} ${count === 1 ? 'the log' : `the ${count} logs`} opened here. They are still in their files, so you can open them again.`,
      confirm: scene === SCENES.title ? 'Close them and go back' : 'Close them',
      cancel: 'Keep them open',
      onConfirm: () => {
        this.cancelAsk = undefined;
        this.go(scene, data);
      },
      onCancel: () => (this.cancelAsk = undefined),
    }, document.activeElement);
  }

  private logs(): ChoiceLog[] {
    return this.loaded.map((loaded) => loaded.log);
  }

  /** Dropping files anywhere on the page opens them. */
  private acceptDrops(): void {
    this.own(acceptFileDrops(() => document.querySelector('.logs-screen'), (files) => void this.open(files)));
  }

  /** Read and check each file; keep the good ones, list the others. */
  private async open(files: ArrayLike<File>): Promise<void> {
    const chosen = Array.from(files); // a FileList is live: the input is cleared for the next pick
    const run = this.run;
    // The schema library loads only here, when someone opens logs: players never download it.
    const { MAX_LOG_BYTES, parseChoiceLog } = await import('../../core/log/log-schema.ts');
    const picked = await this.services.readFiles(chosen, MAX_LOG_BYTES);
    // Gone meanwhile (even if the logs are open again, that is another run with logs of its own)?
    if (!run.alive) return;
    const focused = this.storyId ? this.loaded.find((loaded) => loaded.log.storyId === this.storyId)?.log : undefined;
    const problems: FileProblem[] = [];
    const notes: string[] = [];
    const seen = new Map(this.loaded.map((loaded) => [logToJson(loaded.log), loaded.file]));
    for (const file of picked) {
      const parsed = parseChoiceLog(file.text ?? '', file.name, { byteSize: file.size });
      if (!parsed.ok) {
        problems.push({ file: file.name, message: parsed.error.message });
        continue;
      }
      const key = logToJson(parsed.value);
      const twin = seen.get(key);
      if (twin !== undefined) {
        problems.push({ file: file.name, message: `“${file.name}” is the same log as “${twin}”, so it was only counted once.` });
        continue;
      }
      seen.set(key, file.name);
      this.loaded.push({ file: file.name, log: parsed.value });
      // A log of another story, added while one story is open, is kept for the list of all stories.
      if (focused && parsed.value.storyId !== focused.storyId) {
        notes.push(`“${file.name}” is a log of “${excerptOf(parsed.value.storyTitle)}”, not of “${excerptOf(focused.storyTitle)}”: it is kept under All stories.`);
      }
    }
    this.problems = problems;
    this.notes = notes;
    const stories = groupByStory(this.logs());
    if (!this.storyId && stories.length === 1) this.storyId = stories[0]?.storyId;
    this.render();
    const added = picked.length - problems.length;
    this.services.overlay.announce(`${countOf(added, 'log')} opened${problems.length > 0 ? `; ${countOf(problems.length, 'file')} could not be opened` : ''}.`);
  }

  private render(): void {
    this.cancelAsk = undefined; // a question on screen goes with the screen it was asked on
    const stories = groupByStory(this.logs());
    const story = stories.find((group) => group.storyId === this.storyId) ?? (stories.length === 1 ? stories[0] : undefined);
    const picker = filePicker(this.loaded.length === 0 ? 'Choose log files…' : story && stories.length > 1 ? 'Add logs of this story…' : 'Add more logs…', (files) => void this.open(files));
    const toTitle = button('Back to the title screen', () => this.leave(SCENES.title));
    const toStories = stories.length > 1 && story ? button('All stories', () => this.showAllStories()) : null;
    const clear = this.loaded.length > 0 ? button('Close all logs', () => this.leave(SCENES.logs, {})) : null;
    let screen: HTMLElement;
    if (!story) {
      screen = logsScreen({
        eyebrow: 'Saved logs',
        title: this.loaded.length === 0 ? 'Open saved logs' : `${countOf(this.loaded.length, 'log')} from ${countOf(stories.length, 'scenario')}`,
        intro: this.loaded.length === 0 ? 'Choose one or more log files (.json) saved at the end of a play-through.' : 'Choose a scenario to look at its logs.',
        tools: [picker, toTitle, clear],
        problems: this.problems,
        body: this.loaded.length === 0 ? emptyBody() : storyPickerBody(stories.map((group) => ({
          ...storyOfLogs(this.services.catalog, group.logs),
          count: group.logs.length,
          onOpen: () => {
            this.storyId = group.storyId;
            this.problems = [];
            this.notes = [];
            this.render();
          },
        }))),
      });
    } else if (story.logs.length === 1) {
      const log = story.logs[0] as ChoiceLog;
      const named = storyOfLogs(this.services.catalog, story.logs);
      screen = logsScreen({
        eyebrow: `Saved log · ${named.title}`,
        title: log.alias ? `${log.alias}’s play-through` : log.mode === 'group' ? 'A group’s play-through' : 'One play-through',
        tools: [picker, this.mapButton(story.logs), toStories, toTitle],
        problems: this.problems,
        notes: this.notes,
        body: singleLogBody(log, named.notices.join(' ') || undefined, {
          onDebrief: () => this.debrief(log),
          onPattern: named.entry ? () => this.pattern(log) : undefined,
          exports: exportBar((kind) => exportLog(this.services.downloads, log, kind)),
        }),
      });
    } else {
      const cohort = cohortOf(story.logs);
      const named = storyOfLogs(this.services.catalog, story.logs);
      screen = logsScreen({
        eyebrow: `Saved logs · ${named.title}`,
        title: `${cohort.players.length} players`,
        intro: named.notices.join(' ') || DROP_HINT,
        tools: [
          picker,
          button('Spreadsheet of all (CSV)', () => this.services.overlay.announce(exportCohortSpreadsheet(this.services.downloads, story.logs))),
          this.mapButton(story.logs),
          toStories,
          toTitle,
        ],
        problems: this.problems,
        notes: this.notes,
        body: cohortView(cohort, {
          onDebrief: (player) => this.debrief(player.log),
          onPattern: named.entry ? (player) => this.pattern(player.log) : undefined,
        }),
      });
    }
    this.services.overlay.mount(screen);
    screen.querySelector<HTMLElement>('h1')?.focus();
  }

  /** "See on the map", when this build has the scenario (logs of other versions are marked on the map, not merged). */
  private mapButton(logs: readonly ChoiceLog[]): HTMLElement | null {
    const entry = logs.map((log) => matchStory(this.services.catalog, log).entry).find(Boolean);
    return entry ? button('See on the map', () => this.go(SCENES.storyMap, { entry, logs, back: this.here() })) : null;
  }

  private debrief(log: ChoiceLog): void {
    const match = matchStory(this.services.catalog, log);
    const notice = storyNotice(match.status, match.entry?.info.title ?? log.storyTitle);
    this.go(SCENES.debrief, { log, back: this.here(), ...(match.entry ? { entry: match.entry } : {}), ...(notice ? { notice } : {}) });
  }

  private pattern(log: ChoiceLog): void {
    const { entry } = matchStory(this.services.catalog, log);
    if (entry) this.go(SCENES.reveal, { entry, log, back: this.here() });
  }
}
