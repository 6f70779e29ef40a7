/**
 * Stories a trainer or author opens in the browser from their own .ink files: what the check in the
 * worker found (src/adapters/own-story-checker.ts), and the shelf that keeps the playable ones for the
 * rest of the browser session (sessionStorage, through the storage port) and lists them with the
 * built-in scenarios. Saves and logs of them name their file and hash like any other story's.
 */
import type { KeyValueStorage } from '../ports.ts';
import { err, ok, type Result } from '../result.ts';
import type { CatalogEntry } from './catalog.ts';
import type { StoryInfo } from './info.ts';

/** A file picked or dropped, as the worker gets it. */
export interface OwnStoryFile {
  readonly name: string;
  readonly text: string;
}

/** One line of the check's report: `file.ink line N: message`, as `npm run stories:check` prints it. */
export interface OwnStoryProblem {
  readonly severity: 'error' | 'warning';
  readonly text: string;
}

/** A story that compiled and can be played. */
export interface OwnStory {
  /** The story's own file, as picked (e.g. `my-story.ink`): saves name it. */
  readonly file: string;
  readonly info: StoryInfo;
  readonly hash: string;
  readonly json: string;
  /** False when no option carries a manage or lead tag: it plays, with no dimensions to reveal. */
  readonly tagged: boolean;
  /** What the check found; none of it stops the story from playing. */
  readonly problems: readonly OwnStoryProblem[];
}

/** What the check in the worker found. */
export interface OwnStoryCheck {
  /** The story's own file: the one the others picked with it are INCLUDEd by. */
  readonly file: string;
  /** Every error and warning, errors first. */
  readonly problems: readonly OwnStoryProblem[];
  /** Undefined when it cannot be played: it did not compile, or it loops for ever. */
  readonly story: OwnStory | undefined;
}

export const OWN_STORIES_KEY = 'manage-or-lead/own-stories';

/**
 * The story's own file among those picked: the one that no other picked file INCLUDEs (by file name,
 * as picked files come without their folders); of several, the first with a `# title`, else the first.
 */
export function mainFileOf(files: readonly OwnStoryFile[]): OwnStoryFile | undefined {
  const baseName = (path: string) => path.trim().replace(/^.*[\\/]/, '');
  const included = new Set(files.flatMap((file) => [...file.text.matchAll(/^\s*INCLUDE\s+(.+?)\s*$/gm)].map((m) => baseName(m[1] ?? ''))));
  const candidates = files.filter((file) => !included.has(baseName(file.name)));
  const pool = candidates.length > 0 ? candidates : files;
  return pool.find((file) => /^\s*#\s*title\s*:/m.test(file.text)) ?? pool[0];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readShelf(text: string | null): OwnStory[] {
  if (!text) return [];
  try {
    const data: unknown = JSON.parse(text);
    if (!Array.isArray(data)) return [];
    return data.filter((story): story is OwnStory =>
      isRecord(story) && typeof story.file === 'string' && typeof story.hash === 'string' && typeof story.json === 'string' &&
      isRecord(story.info) && typeof story.info.id === 'string' && typeof story.info.title === 'string' && Array.isArray(story.problems),
    );
  } catch {
    return [];
  }
}

export class OwnStoryShelf {
  private readonly storage: KeyValueStorage;
  private readonly builtIn: readonly CatalogEntry[];
  private stories: OwnStory[];
  private kept = true;

  /** `builtIn`: the scenarios of the build, whose ids an own story may not take. */
  constructor(storage: KeyValueStorage, builtIn: readonly CatalogEntry[]) {
    this.storage = storage;
    this.builtIn = builtIn;
    let text: string | null = null;
    try {
      text = storage.read(OWN_STORIES_KEY);
    } catch {
      this.kept = false;
    }
    this.stories = readShelf(text);
  }

  /** False once the session's storage refused the shelf: the stories stay until the page is closed or reloaded. */
  get remembered(): boolean {
    return this.kept;
  }

  get list(): readonly OwnStory[] {
    return this.stories;
  }

  /** The stories as scenarios, listed after the built-in ones. */
  get entries(): CatalogEntry[] {
    return this.stories.map((story) => ({ file: story.file, info: story.info, hash: story.hash, own: true, load: () => Promise.resolve(story.json) }));
  }

  /** Put a story on the shelf, in place of an earlier version with the same id; refused when a built-in scenario has its id. */
  add(story: OwnStory): Result<void, string> {
    const taken = this.builtIn.find((entry) => entry.info.id === story.info.id);
    if (taken) {
      return err(`${story.file} has the id "${story.info.id}", which the scenario “${taken.info.title}” already uses: give your story an id of its own at the top, such as # id: my-${story.info.id}`);
    }
    const at = this.stories.findIndex((own) => own.info.id === story.info.id);
    this.stories = at < 0 ? [...this.stories, story] : this.stories.map((own, i) => (i === at ? story : own));
    this.keep();
    return ok(undefined);
  }

  remove(id: string): void {
    this.stories = this.stories.filter((story) => story.info.id !== id);
    this.keep();
  }

  private keep(): void {
    try {
      if (this.stories.length === 0) this.storage.remove(OWN_STORIES_KEY);
      else this.storage.write(OWN_STORIES_KEY, JSON.stringify(this.stories));
      this.kept = true;
    } catch {
      this.kept = false;
    }
  }
}
