/**
 * Ids for play-throughs: 16 random hex digits from the browser's cryptographic source, which (unlike
 * `crypto.randomUUID`) also works on a page served over plain http, as on a trainer's laptop.
 */
export function randomId(): string {
  const bytes = new Uint8Array(8);
  window.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
