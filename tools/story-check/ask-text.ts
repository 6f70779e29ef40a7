/**
 * Does an option's text develop the person through questions? `lead:ask` means asking questions that
 * make them think (docs/authoring.md, "What each tag means"); a request ("Ask Ruth to run it"), a
 * polite instruction or leaving them to it is not `ask`. The checker warns when an option tagged `ask`
 * shows none of the moves below. It is a warning: a machine reads words, not intent, so the cues are
 * kept to ones that genuine coaching uses and requests do not.
 */

/** Question words that open what someone is asked to think about. */
const QUESTION_WORD = String.raw`(?:what|how|why|which|where|when|who)(?:'s|'d|'ll|'re)?`;

/** Each cue, with the reason it counts, for the docs and the tests. */
export const QUESTIONING_CUES: readonly { readonly cue: RegExp; readonly what: string }[] = [
  { cue: /\?/, what: 'a question mark' },
  // "Ask her what she'd say", "asking what changed", "ask Priya and Dev how…": ask, then within a few words a question word.
  // Not "Ask Ruth to run it" or "Ask for a call on Tuesday".
  { cue: new RegExp(String.raw`\bask(?:s|ed|ing)?\b(?:\s+[\w'’]+){0,4}?\s+${QUESTION_WORD}\b`, 'i'), what: 'ask followed closely by what, how, why, which, where, when or who' },
  // "what would you do", "how did it go", "why is it slipping", "what happened": a question put in words.
  // Not "tell her what to say" (a question word followed by "to").
  {
    cue: new RegExp(String.raw`\b${QUESTION_WORD}\s+(?:would|will|do|does|did|is|are|was|were|could|should|can|might|made|makes|happened|went|changed|if)\b`, 'i'),
    what: 'a question such as "what would…", "how did…", "why is…", "what happened"',
  },
  // "talk it through with her", "talk the deal through", "think it through together".
  { cue: /\b(?:talk|think)(?:s|ed|ing)?\b(?:\s+[\w'’]+){0,4}?\s+through\b/i, what: 'talk it through, think it through' },
  // "work out together what to try", "figure it out together". Not "ask her to work out the rule with Tomás" (delegating).
  { cue: /\b(?:work|figure)(?:s|ed|ing)?\b(?:\s+[\w'’]+){0,2}?\s+out\s+together\b/i, what: 'work it out together' },
  // Not "over-rehearse" (telling them not to).
  { cue: /(?<![\w-])(?:coach(?:es|ed|ing)?|explor(?:e|es|ed|ing)|prob(?:e|es|ed|ing)|role-?play(?:s|ed|ing)?|rehears(?:e|es|ed|ing)|practis(?:e|es|ed|ing))\b/i, what: 'coach, explore, probe, role-play, rehearse, practise' },
  // "ask each rep to bring one deal and say why it's real": asked to give their reasons. Not "explain why" alone (that is you explaining).
  { cue: new RegExp(String.raw`\bask(?:s|ed|ing)?\b.*\b(?:say|explain|tell you|show you)\s+${QUESTION_WORD}\b`, 'i'), what: 'ask them to say or explain why, what or how' },
  // "question it until it's solid", "question her forecast"; "with your questions", "asking the questions".
  // Not "she brings the questions" (a request) or "the three questions to ask" (an instruction).
  { cue: /\bquestion(?:s|ed|ing)?\s+(?:it|her|him|them|the|his|their|each|every|that|this)\b/i, what: 'question it, question her' },
  { cue: /\b(?:with|asking|ask|your|good|open|hard|some|a few)\s+(?:the\s+|more\s+)?questions\b/i, what: 'with your questions, asking the questions' },
];

/** Whether `text` shows one of the questioning or coaching moves that `lead:ask` stands for. */
export function looksLikeQuestioning(text: string): boolean {
  return QUESTIONING_CUES.some(({ cue }) => cue.test(text.replace(/’/g, "'")));
}
