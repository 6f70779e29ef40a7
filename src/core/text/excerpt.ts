/**
 * What a message may quote of a file. A refusal names what it found ("a log of “…”", "the id "…""),
 * and the file decides how long that is: a 4-million-character title once made a 4-million-character
 * message. Every message that quotes a file, a save, a story or a launch address quotes through this.
 */

/** How many characters of file content a message quotes at most. */
export const QUOTE_CHARS = 80;

/** `text` on one line, cut to `max` characters with an ellipsis when longer. */
export function excerptOf(text: string, max = QUOTE_CHARS): string {
  // Only the head is looked at, so a huge text costs no more than a short one.
  const head = text.slice(0, max + 1).replace(/\s+/g, ' ');
  if (text.length <= max) return head;
  let cut = head.slice(0, max - 1).trimEnd();
  // Never end on half of a character outside the basic plane (an emoji, a rare letter).
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** The most a message made by someone else (the ink compiler, a learning system) may run to, all told. */
export const MESSAGE_CHARS = 600;

const LONG_WORD = new RegExp(`\\S{${QUOTE_CHARS + 1},}`, 'g');

/**
 * A message written by a library about the file, with what it quotes ('…', "…", “…”) and any one
 * word cut to QUOTE_CHARS each and the whole to MESSAGE_CHARS: ink's "Divert target not found: '-> …'"
 * quotes a story's own text at whatever length the story wrote it.
 */
export function boundedMessage(message: string): string {
  const head = message.length > 4 * MESSAGE_CHARS ? message.slice(0, 4 * MESSAGE_CHARS) : message;
  const cut = head.replace(/'([^']*)'|"([^"]*)"|“([^”]*)”/g, (whole, single?: string, double?: string, curly?: string) => {
    const quoted = single ?? double ?? curly ?? '';
    if (quoted.length <= QUOTE_CHARS) return whole;
    const [open, close] = single !== undefined ? ["'", "'"] : double !== undefined ? ['"', '"'] : ['“', '”'];
    return `${open}${excerptOf(quoted)}${close}`;
  }).replace(LONG_WORD, (word) => excerptOf(word));
  return cut.length > MESSAGE_CHARS || head !== message ? excerptOf(cut, MESSAGE_CHARS) : cut;
}
