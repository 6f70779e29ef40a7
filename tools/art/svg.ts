/**
 * A few helpers for writing small, tidy SVG by hand: numbers rounded to a tenth of a pixel,
 * colours mixed in code, attributes in a fixed order so regenerating gives identical files.
 */

/** A number as short text: at most one decimal, no trailing zeros, no "-0". */
export function n(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

type Attrs = Readonly<Record<string, string | number | undefined>>;

function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : v}"`)
    .join('');
}

/** One element; children, if any, are already SVG text. */
export function el(name: string, a: Attrs = {}, children?: string): string {
  return children === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${children}</${name}>`;
}

export const rect = (x: number, y: number, w: number, h: number, fill: string, extra: Attrs = {}): string =>
  el('rect', { x, y, width: w, height: h, fill, ...extra });

export const rrect = (x: number, y: number, w: number, h: number, r: number, fill: string, extra: Attrs = {}): string =>
  el('rect', { x, y, width: w, height: h, rx: r, fill, ...extra });

export const circle = (cx: number, cy: number, r: number, fill: string, extra: Attrs = {}): string =>
  el('circle', { cx, cy, r, fill, ...extra });

export const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra: Attrs = {}): string =>
  el('ellipse', { cx, cy, rx, ry, fill, ...extra });

export const path = (d: string, fill: string, extra: Attrs = {}): string => el('path', { d, fill, ...extra });

/** A stroked, unfilled path with round ends: brows, mouths, lines. */
export const line = (d: string, stroke: string, width: number, extra: Attrs = {}): string =>
  el('path', { d, fill: 'none', stroke, 'stroke-width': width, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', ...extra });

export const group = (children: string, a: Attrs = {}): string => el('g', a, children);

/** A path string from a template: numbers are rounded, so `d\`M${x} ${y}\`` stays short. */
export function d(strings: TemplateStringsArray, ...values: number[]): string {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += n(v) + (strings[i + 1] ?? '');
  });
  return out.replace(/\s+/g, ' ').trim();
}

/** A polygon from points. */
export function poly(points: readonly (readonly [number, number])[], fill: string, extra: Attrs = {}): string {
  return el('polygon', { points: points.map(([x, y]) => `${n(x)},${n(y)}`).join(' '), fill, ...extra });
}

/** A vertical linear gradient in <defs>; refer to it as `url(#id)`. */
export function vgradient(id: string, stops: readonly (readonly [number, string])[]): string {
  return el(
    'linearGradient',
    { id, x1: 0, y1: 0, x2: 0, y2: 1 },
    stops.map(([offset, color]) => el('stop', { offset: n(offset), 'stop-color': color })).join(''),
  );
}

export function radial(id: string, stops: readonly (readonly [number, string, number?])[]): string {
  return el(
    'radialGradient',
    { id },
    stops.map(([offset, color, opacity]) => el('stop', { offset: n(offset), 'stop-color': color, 'stop-opacity': opacity })).join(''),
  );
}

/** A whole SVG document. `title` is the accessible name. */
export function svgDocument(width: number, height: number, title: string, defs: string, body: string): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">` +
    `<title>${escaped}</title>` +
    (defs ? `<defs>${defs}</defs>` : '') +
    body +
    '</svg>\n'
  );
}

// ---- Colour ---------------------------------------------------------------

function parse(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}

function format([r, g, b]: readonly number[]): string {
  return '#' + [r, g, b].map((c) => Math.max(0, Math.min(255, Math.round(c ?? 0))).toString(16).padStart(2, '0')).join('');
}

/** `a` moved towards `b` by `t` (0 = a, 1 = b). */
export function mix(a: string, b: string, t: number): string {
  const ca = parse(a);
  const cb = parse(b);
  return format(ca.map((c, i) => c + ((cb[i] ?? 0) - c) * t));
}

export const darken = (c: string, t: number): string => mix(c, '#1a1020', t);
export const lighten = (c: string, t: number): string => mix(c, '#fff8ee', t);

/** Deterministic pseudo-random numbers (the game's mulberry32), so the output is the same on every run. */
export { seededRandom as seeded } from '../seeded-random.ts';
