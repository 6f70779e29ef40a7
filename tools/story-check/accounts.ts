/**
 * Customer accounts against the cast bible and across stories. A story declares each account it names
 * with `# account: Marlow Hotels (a hotel group, 22 hotels)`; docs/cast.md has one table under
 * `## Accounts` with the header `| Account | What it is | Rep | Stories |`. One name is one company
 * everywhere: a description that differs from the bible, or from another story, is an error; a name
 * the bible does not know, or an account named in a story's text without its tag, is a warning.
 * Read from the sources (no compiling), so it costs next to nothing and sees every story checked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseTag } from '../../src/core/story/tags.ts';
import { withoutComments, type Finding } from './lint.ts';

export interface BibleAccount {
  readonly description: string;
  readonly line: number;
}

/** The bible's accounts by name, or why there are none to check against. */
export type CastBible =
  | { readonly ok: true; readonly file: string; readonly accounts: ReadonlyMap<string, BibleAccount> }
  | { readonly ok: false; readonly file: string; readonly problem: string };

export interface StorySource {
  /** Project-relative, as reports name it. */
  readonly file: string;
  readonly text: string;
}

interface AccountTag {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly description: string;
}

const HEADER = ['account', 'what it is', 'rep', 'stories'];
const same = (a: string, b: string) => tidy(a) === tidy(b);
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
const cells = (row: string) => row.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => tidy(cell.replace(/[*_`]/g, '')));

/** Read the accounts table of the cast bible at `path` (named relative to `root` in messages). */
export function readCastBible(path: string, root: string): CastBible {
  const file = relative(root, path).split('\\').join('/');
  if (!existsSync(path)) return { ok: false, file, problem: `${file} was not found` };
  return parseCastBible(readFileSync(path, 'utf8'), file);
}

export function parseCastBible(markdown: string, file: string): CastBible {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => /^##\s+Accounts\s*$/i.test(line));
  const header = start < 0 ? -1 : lines.findIndex((line, i) => i > start && line.trim().startsWith('|') && cells(line).map((c) => c.toLowerCase()).join('|') === HEADER.join('|'));
  const nextSection = lines.findIndex((line, i) => i > start && /^##\s/.test(line));
  if (start < 0 || header < 0 || (nextSection >= 0 && header > nextSection)) {
    return { ok: false, file, problem: `${file} has no "## Accounts" section with the table | Account | What it is | Rep | Stories |` };
  }
  const accounts = new Map<string, BibleAccount>();
  for (let i = header + 2; i < lines.length && (lines[i] ?? '').trim().startsWith('|'); i++) {
    const [name, description] = cells(lines[i] as string);
    if (name && description && !accounts.has(name)) accounts.set(name, { description, line: i + 1 });
  }
  return { ok: true, file, accounts };
}

/** The `# account:` tags of a story's source, with their lines (malformed ones are the tag check's business). */
export function accountTags(story: StorySource): AccountTag[] {
  return story.text.split('\n').flatMap((text, i) => {
    const tag = /^\s*#\s*(account\s*:.*)$/.exec(text)?.[1];
    const parsed = tag ? parseTag(tag, 'global', story.file) : undefined;
    return parsed?.ok && parsed.value.kind === 'account' ? [{ file: story.file, line: i + 1, name: parsed.value.name, description: parsed.value.description }] : [];
  });
}

/** Every account finding for `stories`, checked against the bible and against each other. */
export function checkAccounts(stories: readonly StorySource[], bible: CastBible): Finding[] {
  const findings: Finding[] = [];
  const tags = stories.flatMap(accountTags);
  const known = bible.ok ? bible.accounts : new Map<string, BibleAccount>();
  const at = (tag: AccountTag) => ({ file: tag.file, line: tag.line });

  const firstTagged = tags[0];
  if (!bible.ok && firstTagged) {
    findings.push({ severity: 'warning', rule: 'no-cast-bible', file: firstTagged.file, at: undefined,
      message: `${bible.problem}, so the stories' account tags are checked only against each other` });
  }
  for (const tag of tags) {
    const entry = known.get(tag.name);
    if (bible.ok && !entry) {
      findings.push({ severity: 'warning', rule: 'account-not-in-bible', file: tag.file, at: at(tag),
        message: `the account "${tag.name}" is not in the accounts table of ${bible.file}: add it there (name, what it is, rep, stories), or use the name the bible gives it` });
    } else if (bible.ok && entry && !same(entry.description, tag.description)) {
      findings.push({ severity: 'error', rule: 'account-description', file: tag.file, at: at(tag),
        message: `the account "${tag.name}" is "${tag.description}" here, but "${entry.description}" in ${bible.file} line ${entry.line}: one name is one company in every story, so use the bible's words` });
    }
    // Across stories, for the names the bible cannot settle.
    if (entry) continue;
    const others = tags.filter((other) => other.name === tag.name && !same(other.description, tag.description));
    if (others.length > 0) {
      const where = others.map((other) => `"${other.description}" in ${other.file} line ${other.line}`).join(', ');
      findings.push({ severity: 'error', rule: 'account-description', file: tag.file, at: at(tag),
        message: `the account "${tag.name}" is "${tag.description}" here, but ${where}: one name is one company in every story` });
    }
  }

  // An account named in a story's text (or a debrief prompt) that the story does not declare.
  const descriptions = new Map<string, string>([...tags.map((tag) => [tag.name, tag.description] as const), ...[...known].map(([name, entry]) => [name, entry.description] as const)]);
  for (const story of stories) {
    const declared = new Set(tags.filter((tag) => tag.file === story.file).map((tag) => tag.name));
    const lines = withoutComments(story.text).split('\n');
    for (const [name, description] of descriptions) {
      if (declared.has(name)) continue;
      const mention = new RegExp(String.raw`(?<![\w])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\w])`);
      const line = lines.findIndex((text) => !/^\s*#\s*account\s*:/.test(text) && mention.test(text));
      if (line < 0) continue;
      findings.push({ severity: 'warning', rule: 'account-untagged', file: story.file, at: { file: story.file, line: line + 1 },
        message: `the story names the account "${name}" but has no account tag for it: add "# account: ${name} (${description})" at the top` });
    }
  }
  return findings;
}
