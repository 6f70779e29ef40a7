import { describe, expect, it } from 'vitest';
import { Fingerprint } from '../../src/presentation/fingerprint.ts';

const printOf = (...values: unknown[]): number => {
  const print = new Fingerprint();
  for (const value of values) {
    if (typeof value === 'string') print.string(value);
    else print.number(value);
  }
  return print.value;
};

describe('the fingerprint the canvas is redrawn by (src/presentation/fingerprint.ts)', () => {
  it("sees a fade's last step and a slide's last fraction of a pixel", () => {
    // A face fading up (Cubic ease-out) reaches 0.999 a frame before 1; a rounded print missed the
    // step and the canvas kept the face a level too faint in thousands of pixels.
    expect(printOf(0.999)).not.toBe(printOf(1));
    expect(printOf(0.9985)).not.toBe(printOf(1));
    expect(printOf(720.001)).not.toBe(printOf(720));
    expect(printOf(720 + 1e-9)).not.toBe(printOf(720));
  });

  it('gives the same print for the same values, and tells their order, kinds and text apart', () => {
    expect(printOf(1, 2, 'portrait-helen-neutral')).toBe(printOf(1, 2, 'portrait-helen-neutral'));
    expect(printOf(1, 2)).not.toBe(printOf(2, 1));
    expect(printOf('ab', 'c')).not.toBe(printOf('a', 'bc'));
    expect(printOf(true)).not.toBe(printOf(false));
    expect(printOf(undefined)).toBe(printOf(false));
    expect(printOf(-0)).toBe(printOf(0)); // drawn the same
    expect(printOf(Number.NaN)).toBe(printOf(Number.NaN));
  });
});
