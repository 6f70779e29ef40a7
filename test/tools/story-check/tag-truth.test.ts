/**
 * The checks that keep tags honest (issue 16): every option of a decision about a person declares an
 * approach (`none` counts); two decisions in a row do not repeat an approach ladder; an option tagged
 * `ask` asks something; accounts agree with the cast bible and across stories. Each with a fixture
 * that fails it.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAccounts, parseCastBible, readCastBible } from '../../../tools/story-check/accounts.ts';
import { looksLikeQuestioning } from '../../../tools/story-check/ask-text.ts';
import { checkStories } from '../../../tools/story-check/batch.ts';
import type { StoryReport } from '../../../tools/story-check/check.ts';
import { checkStory } from '../../../tools/story-check/check-file.ts';
import type { Finding, Rule } from '../../../tools/story-check/lint.ts';
import { formatFinding } from '../../../tools/story-check/report.ts';
import { FIXTURES, ROOT } from '../../support/stories.ts';

const check = (name: string): StoryReport => checkStory(resolve(FIXTURES, name), ROOT, { maxMs: 5000 });
const only = (report: StoryReport, rule: Rule): Finding[] => report.findings.filter((finding) => finding.rule === rule);
const way = (finding: Finding | undefined) => finding?.choices?.map((step) => `${step.number} ${step.text}`);

describe('readiness without approach', () => {
  it('counts approach none as declared, and says that none is there to use', () => {
    expect(only(check('check/ask-text.ink'), 'readiness-without-approach')).toEqual([]);
    const [missing] = only(check('check/poles.ink'), 'readiness-without-approach');
    expect(missing && formatFinding(missing)).toBe(
      'test/fixtures/check/poles.ink line 21: the decision declares readiness R1, but this option has no #approach: "Leave Sam to it". ' +
        'Give every option one: direct, coach, support, delegate, or none when you do the task yourself (no fit is claimed for it)',
    );
  });
});

describe('the same approach ladder twice in a row', () => {
  const report = check('check/ladder.ink');

  it('warns at the second decision, naming the first and the ladder, with the way there', () => {
    const found = only(report, 'same-approach-ladder');
    expect(found.map(formatFinding)).toEqual([
      'test/fixtures/check/ladder.ink line 13: warning: this decision\'s options have the same approaches in the same order as the decision before it (line 4): ' +
        'direct, coach, delegate. Shown as written, a room learns which place holds which approach: write these options in another order',
    ]);
    expect(way(found[0])).toEqual(['1 Tell her the three questions to open with']);
    expect(report.ok).toBe(true); // a warning
  });

  it('says nothing where the order differs (the third decision), or where a decision has no ladder', () => {
    expect(only(report, 'same-approach-ladder').some((f) => f.at?.line === 22)).toBe(false);
    expect(only(check('stories/sample.ink'), 'same-approach-ladder')).toEqual([]);
  });
});

describe('ask without a question', () => {
  it('warns with the file and line of an ask option that is a request or leaves them to it', () => {
    const found = only(check('check/ask-text.ink'), 'ask-without-question');
    expect(found.map((f) => `${f.at?.line} ${f.severity}`)).toEqual(['4 warning', '18 warning']);
    expect(formatFinding(found[0] as Finding)).toMatch(
      /^test\/fixtures\/check\/ask-text\.ink line 4: warning: the option "Ask Ruth to run it" is tagged lead:ask but asks nothing: .*A request, a polite instruction or leaving them to it is not ask/,
    );
  });

  // Options written the way the stories write them, in both directions: real coaching must not be flagged.
  const coaching = [
    'Ask Priya what she would say if the buyer pushes on price',
    'Ring Priya now and go through the cuts with her, asking what changed overnight',
    'Catch Priya before she leaves and go through the three deals with her, asking the questions',
    'Ask her to start with Harlow: what did the buyer last say, in his own words?',
    'Show the gap plainly, then go round the room: what would each of them change first?',
    'Ask him to play back his last call, then work out together what to try on the next one',
    'Ask Sam how the meeting should go, and shape the plan together with your questions',
    'Ask Sam to take you through a plan, and question it until it\'s solid',
    'Turn to Sam: "What has Joanna told us today that answers that?"',
    'Talk the deal through with Dev before Friday',
    'Role-play the call with Sam, with you as the buyer',
    'Take Dev for a coffee tomorrow, away from the floor, and ask him what’s going on',
    'No rule for now. On Monday, ask each rep to bring one commit deal and say why it\'s real',
    'Coach Sam on the opening before the call',
  ];
  const notAsking = [
    'Ask Ruth to run it',
    'Bring Ruth onto the call',
    'Tell Sam to go with what feels right on the day; you\'ll back whatever Sam decides',
    'Ask Ruth to take Sam under her wing for Marlow, however she thinks best',
    'It\'s Sam\'s. Ask for a call on Tuesday afternoon to hear how it went',
    'Ask her to run the reviews alongside you for a month: you chair, she brings the questions',
    'Tell Sam not to over-rehearse: know the three questions to ask, and let the conversation run',
    'Ask Priya to work out the rule with Tomás, and take it to Monday\'s team meeting',
    'Tell her what to say when the buyer pushes on price',
    'Hand her the Thursday deal reviews, from tomorrow, to run her way',
    'Explain why the CRM is changing, and what it means for the team',
  ];
  it.each(coaching)('hears a question or a coaching move in "%s"', (text) => expect(looksLikeQuestioning(text)).toBe(true));
  it.each(notAsking)('hears none in "%s"', (text) => expect(looksLikeQuestioning(text)).toBe(false));
});

describe('accounts against the cast bible and across stories', () => {
  const bibleFile = resolve(FIXTURES, 'check/accounts/cast.md');
  const stories = ['one.ink', 'two.ink'].map((name) => resolve(FIXTURES, 'check/accounts', name));

  it('reads the bible’s accounts table, and only that one', () => {
    const bible = readCastBible(bibleFile, ROOT);
    expect(bible.ok && [...bible.accounts].map(([name, entry]) => `${name}: ${entry.description} (line ${entry.line})`)).toEqual([
      'Marlow Hotels: a hotel group, 22 hotels (line 11)',
      'Harlow Freight: a haulage company (line 12)',
      'Kestrel Foods: a food wholesaler (line 13)',
    ]);
    expect(parseCastBible('# Cast\n\n## People\n', 'docs/cast.md')).toEqual({
      ok: false,
      file: 'docs/cast.md',
      problem: 'docs/cast.md has no "## Accounts" section with the table | Account | What it is | Rep | Stories |',
    });
  });

  it('an error for a description unlike the bible’s or another story’s; a warning for a name the bible lacks or an untagged mention', async () => {
    const [one, two] = await checkStories(stories, ROOT, { budgetMs: 4000, castBible: bibleFile }, 1);
    const said = (report: StoryReport | undefined) =>
      report?.findings.filter((f) => f.rule.startsWith('account')).map((f) => `${f.at?.line} ${f.severity} ${f.rule}`);
    expect(said(one)).toEqual([
      '4 error account-description', // Harlow Freight: "a logistics firm" against the bible's "a haulage company"
      '5 warning account-not-in-bible', // Brightwater
      '5 error account-description', // Brightwater is something else in two.ink
      '8 warning account-untagged', // Kestrel Foods, named in the text without a tag
    ]);
    expect(said(two)).toEqual(['3 warning account-not-in-bible', '3 error account-description']);
    expect([one?.ok, two?.ok]).toEqual([false, false]);
    const messages = one?.findings.map(formatFinding) ?? [];
    expect(messages).toContain(
      'test/fixtures/check/accounts/one.ink line 4: the account "Harlow Freight" is "a logistics firm" here, but "a haulage company" in ' +
        'test/fixtures/check/accounts/cast.md line 12: one name is one company in every story, so use the bible\'s words',
    );
    expect(messages).toContain(
      'test/fixtures/check/accounts/one.ink line 8: warning: the story names the account "Kestrel Foods" but has no account tag for it: add "# account: Kestrel Foods (a food wholesaler)" at the top',
    );
  });

  it('says plainly when there is no cast bible, and still compares the stories', () => {
    const sources = stories.map((path) => ({ file: path.slice(ROOT.length + 1), text: `# account: Brightwater (${path.endsWith('one.ink') ? 'a wholesaler' : 'a retailer'})\n` }));
    const findings = checkAccounts(sources, readCastBible(resolve(ROOT, 'no/such/cast.md'), ROOT));
    expect(findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning no-cast-bible', 'error account-description', 'error account-description']);
    expect(findings[0]?.message).toBe('no/such/cast.md was not found, so the stories\' account tags are checked only against each other');
  });
});
