/**
 * Who the people of the stories are, read from the cast bible (docs/cast.md) and the stories' own
 * sources, so a test can hold every first name to one person. Players meet the cast across stories
 * and know people by their first names (the speaker plate shows nothing else): two different Fionas
 * read as one person who changed jobs.
 *
 * A person is a full name. The bible names them in three places: a heading per regular under
 * `## The team` (in any story), a row of `## Customer contacts` (with the stories they are in), and
 * an entry of `## Other names` that gives pronouns (the rest there are firms, sites and plans).
 * A story names them in its `# cast:` tag and speaks them by first name in `#speaker:` tags.
 */
import { parseTag } from '../../src/core/story/tags.ts';
import { withoutComments } from '../../tools/story-check/lint.ts';

export interface NamedPerson {
  readonly fullName: string;
  /** Where the name was read, for messages: `docs/cast.md line 190`, `stories/remote-patch.ink line 5`. */
  readonly where: string;
  /** The story ids this entry places the person in; `all` for the team, who can be in any of them. */
  readonly stories: readonly string[] | 'all';
}

export interface StorySource {
  /** Project-relative, e.g. `stories/remote-patch.ink`; its base name is the story id the bible uses. */
  readonly file: string;
  readonly text: string;
}

export const storyId = (file: string) => (file.split('/').pop() ?? file).replace(/\.ink$/, '');

/** A first name as it is heard: "Tomás" and "Tomas" are one name, whatever the case. */
export const firstNameOf = (fullName: string) => (fullName.trim().split(/\s+/)[0] ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const cells = (row: string) => row.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.replace(/[*_`]/g, '').trim());

/** The lines of the bible's `## <title>` section, each with its line number. */
function section(lines: readonly string[], title: string): { text: string; line: number }[] {
  const start = lines.findIndex((line) => line.trim().toLowerCase() === `## ${title}`.toLowerCase());
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && /^##\s/.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end).map((text, i) => ({ text, line: start + i + 2 }));
}

/** Every person the cast bible names. */
export function bibleCast(markdown: string, file: string): NamedPerson[] {
  const lines = markdown.split(/\r?\n/);
  const at = (line: number) => `${file} line ${line}`;
  // "### Ruth Okafor — the veteran"; a heading with no dash ("The northern patch: …") groups people.
  const team = section(lines, 'The team').flatMap(({ text, line }) => {
    const name = /^#{3,4}\s+([^—:]+?)\s+—/.exec(text)?.[1];
    return name ? [{ fullName: name, where: at(line), stories: 'all' as const }] : [];
  });
  const contacts = section(lines, 'Customer contacts').flatMap(({ text, line }) => {
    const [person, , pronouns, stories] = text.trim().startsWith('|') ? cells(text) : [];
    if (!person || !stories || person.toLowerCase() === 'person' || /^-+$/.test(person) || !pronouns) return [];
    return [{ fullName: person, where: at(line), stories: stories.split(',').map((s) => s.trim()) }];
  });
  const others = section(lines, 'Other names').flatMap(({ text, line }, i, all) => {
    const entry = /^-\s+\*\*([^*:]+):\*\*/.exec(text);
    if (!entry?.[1]) return [];
    // The entry runs on until the next bullet; the stories it names are the (parenthesised) ids in it.
    const next = all.findIndex((other, j) => j > i && /^-\s/.test(other.text));
    const body = all.slice(i, next < 0 ? undefined : next).map((l) => l.text).join(' ');
    if (!/\b(she\/her|he\/him|they\/them)\b/i.test(body)) return [];
    const stories = [...body.matchAll(/\(([a-z]+(?:-[a-z]+)*)\)/g)].map((m) => m[1] as string);
    return [{ fullName: entry[1].trim(), where: at(line), stories }];
  });
  return [...team, ...contacts, ...others];
}

/** The people a story's `# cast:` tag names. */
export function storyCast(story: StorySource): NamedPerson[] {
  return story.text.split('\n').flatMap((text, i) => {
    const tag = /^\s*#\s*(cast\s*:.*)$/.exec(text)?.[1];
    const parsed = tag ? parseTag(tag, 'global', story.file) : undefined;
    if (!parsed?.ok || parsed.value.kind !== 'cast') return [];
    return parsed.value.names.map((fullName) => ({ fullName, where: `${story.file} line ${i + 1}`, stories: [storyId(story.file)] }));
  });
}

/** Each `#speaker:` name in a story, with the first line it speaks on. */
export function speakers(story: StorySource): Map<string, number> {
  const found = new Map<string, number>();
  withoutComments(story.text).split('\n').forEach((text, i) => {
    for (const match of text.matchAll(/#\s*speaker\s*:\s*([^#]+)/g)) {
      const name = (match[1] as string).trim();
      if (name && !found.has(name)) found.set(name, i + 1);
    }
  });
  return found;
}

/**
 * What is wrong with the names, in words for the writer: two different people with one first name
 * (the same person in many stories is fine), and a speaker who is nobody in that story's cast or the
 * bible (a person the bible has not met yet cannot be checked against the others).
 */
export function nameProblems(bible: readonly NamedPerson[], stories: readonly StorySource[]): string[] {
  const people = [...bible, ...stories.flatMap(storyCast)];
  const byFirstName = new Map<string, NamedPerson[]>();
  for (const person of people) byFirstName.set(firstNameOf(person.fullName), [...(byFirstName.get(firstNameOf(person.fullName)) ?? []), person]);

  const clashes = [...byFirstName.values()].flatMap((named) => {
    const fullNames = [...new Set(named.map((p) => p.fullName))];
    if (fullNames.length < 2) return [];
    const placesOf = (fullName: string) => named.filter((p) => p.fullName === fullName).map((p) => p.where).join(', ');
    return [`${fullNames.length} people share a first name: ${fullNames.map((n) => `${n} (${placesOf(n)})`).join('; ')}. Rename all but one to a first name no one else has.`];
  });

  const unknownSpeakers = stories.flatMap((story) => {
    const id = storyId(story.file);
    const inStory = people.filter((p) => p.stories === 'all' || p.stories.includes(id));
    return [...speakers(story)].flatMap(([name, line]) =>
      inStory.some((p) => firstNameOf(p.fullName) === firstNameOf(name))
        ? []
        : [`${story.file} line ${line}: the speaker "${name}" is nobody in the story's # cast: tag or in the cast bible for ${id}. Add their full name to one of them.`],
    );
  });
  return [...clashes, ...unknownSpeakers];
}
