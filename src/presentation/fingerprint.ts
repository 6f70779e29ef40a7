/**
 * A running hash of what an object or a frame would draw (src/presentation/canvas-print.ts): FNV-1a
 * over numbers, flags and strings. Two prints are equal only if every value fed to them was, bit for
 * bit: the canvas is redrawn where a print changed, and kept where it did not.
 */
/** A number's 64 bits, for hashing: a fingerprint must see any change that can change a pixel. */
const numberBits = new Float64Array(1);
const numberWords = new Uint32Array(numberBits.buffer);

export class Fingerprint {
  value = 0x811c9dc5;

  number(n: unknown): void {
    if (typeof n !== 'number') return this.mix(n === true ? 1 : n ? 3 : 0);
    // Every bit of it: rounded (it was to 1/256), the last step of a fade (opacity 0.999 → 1) or of a
    // slide went unseen, and the canvas kept the step before, a level off in a portrait's pixels.
    numberBits[0] = n === 0 ? 0 : n; // -0 draws as 0
    this.mix(numberWords[0] ?? 0);
    this.mix(numberWords[1] ?? 0);
  }

  private mix(x: number): void {
    this.value = Math.imul(this.value ^ x, 0x01000193);
  }

  string(s: unknown): void {
    if (typeof s !== 'string') return this.number(s);
    this.number(s.length);
    for (let i = 0; i < s.length; i++) this.mix(s.charCodeAt(i));
  }
}
