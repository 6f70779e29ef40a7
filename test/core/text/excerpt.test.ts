import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedMessage, excerptOf, MESSAGE_CHARS, QUOTE_CHARS } from '../../../src/core/text/excerpt.ts';

describe('what a message quotes of a file', () => {
  it('keeps a short text as it is, on one line', () => {
    expect(excerptOf('The forecast')).toBe('The forecast');
    expect(excerptOf('two\nlines')).toBe('two lines');
  });

  it('cuts a 4,000,000-character text to 80 characters with an ellipsis, never through an emoji', () => {
    expect(excerptOf('x'.repeat(4_000_000))).toBe(`${'x'.repeat(QUOTE_CHARS - 1)}…`);
    expect(excerptOf(`${'x'.repeat(QUOTE_CHARS - 2)}😀${'x'.repeat(100)}`)).toBe(`${'x'.repeat(QUOTE_CHARS - 2)}…`);
  });

  it('bounds a library’s message: each quote and long word to 80 characters, the whole to 600', () => {
    expect(boundedMessage(`Divert target not found: '-> ${'x'.repeat(1000)}'`)).toBe(`Divert target not found: '-> ${'x'.repeat(QUOTE_CHARS - 4)}…'`);
    // Far too long to look for the closing quote: the long word is cut all the same.
    expect(boundedMessage(`Divert target not found: '-> ${'x'.repeat(4_000_000)}'`)).toBe(`Divert target not found: '-> ${'x'.repeat(QUOTE_CHARS - 1)}…`);
    expect(boundedMessage('Unknown variable "morale" here')).toBe('Unknown variable "morale" here');
    fc.assert(fc.property(fc.string({ maxLength: 5000 }), (message) => boundedMessage(message).length <= MESSAGE_CHARS));
  });
});
