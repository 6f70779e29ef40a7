/**
 * Draws one person with one expression as a head-and-shoulders SVG, 600×600, transparent.
 *
 * The face is built from parameters (tools/art/people.ts for who, tools/art/expressions.ts for
 * how they feel): the same skull, ears, neck and shoulders for everyone, a hair silhouette and an
 * outfit that make the person, and brows, eyes and mouth that make the mood. Light comes from the
 * upper left: one shade tone on the right of the face, under the chin and under the hair.
 */
import { circle, d, darken, n as n0, el, ellipse, group, line, mix, path, rrect, seeded, svgDocument } from './svg.ts';
import type { Expression } from './expressions.ts';
import type { HairStyle, PersonSpec } from './people.ts';

export const PORTRAIT_SIZE = 600;

const CX = 300;
const FACE_TOP = 140;
const CHEEK_Y = 250;
const EYE_Y = 266;
const EYE_DX = 41;
const BROW_Y = 228;
const MOUTH_Y = 346;
/** The line every feature is drawn in: a warm near-black, the same as the backgrounds' darkest ink. */
const INK = '#2a2128';

interface Tones {
  readonly skin: string;
  readonly shade: string;
  readonly deep: string;
  readonly blush: string;
  readonly hairShade: string;
}

function tones(spec: PersonSpec): Tones {
  return {
    skin: spec.skin,
    shade: mix(spec.skin, '#3a1a24', 0.2),
    deep: mix(spec.skin, '#2a1018', 0.42),
    blush: mix(spec.skin, '#e0564f', 0.5),
    hairShade: darken(spec.hair.colour, 0.25),
  };
}

function facePath(spec: PersonSpec): string {
  const { width: w, jaw: j, chin } = spec.face;
  return d`M${CX} ${FACE_TOP}
    C${CX + w * 0.62} ${FACE_TOP} ${CX + w} ${FACE_TOP + 42} ${CX + w} ${CHEEK_Y}
    C${CX + w} ${CHEEK_Y + 70} ${CX + j} ${chin} ${CX} ${chin}
    C${CX - j} ${chin} ${CX - w} ${CHEEK_Y + 70} ${CX - w} ${CHEEK_Y}
    C${CX - w} ${FACE_TOP + 42} ${CX - w * 0.62} ${FACE_TOP} ${CX} ${FACE_TOP}Z`;
}

// ---- Hair -------------------------------------------------------------------

interface Hair {
  /** Behind the head (and the neck): the hair's full volume. */
  readonly back?: string;
  /** Extra shapes behind the head, as SVG elements (a bun). */
  readonly backSvg?: string;
  /** Over the forehead and the sides of the face. Its shape also casts the shadow on the forehead. */
  readonly front: string;
  /** Details drawn over the front: streaks, curls, texture. */
  readonly detail?: string;
  /** Keep the details inside the front's outline (grey at the temples, curls). */
  readonly clipDetail?: boolean;
}

/** A bumpy outline along an ellipse arc, for curls: bumps of radius r between angles a0 and a1 (degrees). */
function curlyArc(cx: number, cy: number, rx: number, ry: number, a0: number, a1: number, count: number, r: number, outward: boolean): string {
  let out = '';
  for (let i = 0; i <= count; i++) {
    const a = ((a0 + ((a1 - a0) * i) / count) * Math.PI) / 180;
    const x = cx + rx * Math.cos(a);
    const y = cy + ry * Math.sin(a);
    out += i === 0 ? d`L${x} ${y}` : d` A${r} ${r} 0 0 ${outward ? 1 : 0} ${x} ${y}`;
  }
  return out;
}

function hairFor(style: HairStyle, spec: PersonSpec, t: Tones): Hair {
  const w = spec.face.width;
  const c = spec.hair.colour;
  const a = spec.hair.accent;
  switch (style) {
    case 'crop': {
      // Short natural hair with a little volume: a soft bumpy outline, grey flecks spread evenly.
      const front =
        `M${n0(CX - w - 4)} 262 ` +
        curlyArc(CX, 206, w + 16, 122, 176, 364, 16, 11, true) +
        d` L${CX + w - 3} 262 C${CX + w - 6} 206 ${CX + 66} 170 ${CX} 167 C${CX - 66} 170 ${CX - w + 6} 206 ${CX - w + 3} 262Z`;
      const random = seeded(7);
      let flecks = '';
      for (let gy = 98; gy < 178; gy += 13) {
        for (let gx = CX - w; gx < CX + w; gx += 14) {
          const x = gx + random() * 10;
          const y = gy + random() * 9;
          const ex = (x - CX) / (w + 8);
          const ey = (y - 206) / 110;
          if (ex * ex + ey * ey > 0.92 || y > 168 - 40 * (1 - ex * ex) + 36) continue;
          flecks += circle(x, y, 2 + random() * 1.4, a);
        }
      }
      return { front, detail: group(flecks, { opacity: 0.75 }) };
    }
    case 'quiff': {
      const front = d`M${CX - w - 3} 248 C${CX - w - 10} 160 ${CX - 76} 106 ${CX - 18} 100 C${CX + 6} 76 ${CX + 72} 68 ${CX + w + 2} 108
        C${CX + w + 16} 132 ${CX + w + 9} 190 ${CX + w + 4} 248 L${CX + w - 4} 248 C${CX + w - 6} 212 ${CX + 80} 178 ${CX + 46} 171
        C${CX + 12} 176 ${CX - 26} 166 ${CX - 56} 176 C${CX - w + 4} 194 ${CX - w + 2} 222 ${CX - w + 3} 248Z`;
      const detail = line(d`M${CX - 40} 112 C${CX} 90 ${CX + 48} 86 ${CX + 84} 106`, a, 6) + line(d`M${CX - 20} 132 C${CX + 14} 116 ${CX + 52} 116 ${CX + 80} 132`, a, 4);
      return { front, detail };
    }
    case 'tousled': {
      // A fringe of pointed locks swept to the player's left, and a couple of tufts on the crown.
      const tips: [number, number, number, number][] = [
        [CX + w - 16, 188, CX + 56, 204],
        [CX + 52, 172, CX + 26, 200],
        [CX + 24, 166, CX - 6, 196],
        [CX - 6, 164, CX - 36, 194],
        [CX - 36, 166, CX - 66, 192],
        [CX - 64, 172, CX - w + 6, 204],
      ];
      let fringe = '';
      for (const [rx, ry, tx, ty] of tips) fringe += d` Q${rx - 4} ${ry + 8} ${tx} ${ty} Q${tx + 4} ${ty - 16} ${rx - 30} ${ry + 2}`;
      const front = d`M${CX - w - 6} 256 C${CX - w - 16} 160 ${CX - 80} 100 ${CX - 34} 98
        Q${CX - 24} 74 ${CX - 2} 90 Q${CX + 16} 70 ${CX + 36} 92 C${CX + 84} 96 ${CX + w + 16} 146 ${CX + w + 6} 256
        L${CX + w - 3} 256 C${CX + w - 4} 224 ${CX + w - 8} 204 ${CX + w - 16} 188` + fringe + d` C${CX - w + 4} 214 ${CX - w + 2} 236 ${CX - w + 3} 256Z`;
      const detail = line(d`M${CX - 56} 122 Q${CX - 24} 106 ${CX + 4} 128`, a, 4) + line(d`M${CX + 18} 114 Q${CX + 50} 108 ${CX + 74} 132`, a, 4) + line(d`M${CX - 74} 154 Q${CX - 48} 140 ${CX - 28} 156`, a, 3.5);
      return { front, detail };
    }
    case 'long': {
      const back = d`M${CX - w - 18} 210 C${CX - w - 28} 112 ${CX - 64} 84 ${CX} 84 C${CX + 64} 84 ${CX + w + 28} 112 ${CX + w + 18} 210
        C${CX + w + 24} 330 ${CX + w + 34} 430 ${CX + w + 46} 540 L${CX - w - 46} 540 C${CX - w - 34} 430 ${CX - w - 24} 330 ${CX - w - 18} 210Z`;
      const front = d`M${CX - 14} 96 C${CX - 62} 96 ${CX - w - 14} 140 ${CX - w - 12} 230 C${CX - w - 12} 290 ${CX - w - 10} 340 ${CX - w - 18} 392
        L${CX - w + 8} 380 C${CX - w + 6} 320 ${CX - w + 8} 262 ${CX - w + 16} 226 C${CX - w + 26} 184 ${CX - 52} 158 ${CX - 14} 150
        C${CX + 40} 156 ${CX + w - 14} 186 ${CX + w - 10} 230 C${CX + w - 8} 282 ${CX + w - 8} 330 ${CX + w - 2} 382
        L${CX + w + 20} 392 C${CX + w + 12} 340 ${CX + w + 12} 290 ${CX + w + 12} 230 C${CX + w + 12} 140 ${CX + 42} 96 ${CX - 14} 96Z`;
      const detail = line(d`M${CX - 14} 100 C${CX - 40} 118 ${CX - 64} 140 ${CX - 78} 176`, a, 4) + line(d`M${CX - 8} 104 C${CX + 30} 112 ${CX + 62} 134 ${CX + 78} 168`, a, 4);
      return { back, front, detail };
    }
    case 'curly': {
      const front =
        `M${CX - w + 2} 250 ` +
        curlyArc(CX, 206, w + 10, 104, 178, 362, 13, 19, true).replace(/^L/, 'L') +
        d` L${CX + w - 2} 250 L${CX + w - 10} 226` +
        curlyArc(CX, 214, w - 10, 46, 346, 194, 8, 13, false) +
        'Z';
      let temples = '';
      for (const side of [-1, 1]) {
        temples += ellipse(CX + side * (w + 4), 222, 20, 34, a) + circle(CX + side * (w - 6), 194, 10, a, { opacity: 0.7 });
      }
      const random = seeded(11);
      let curls = '';
      for (let i = 0; i < 16; i++) {
        const x = CX - 70 + random() * 140;
        const y = 112 + random() * 46;
        curls += line(d`M${x - 6} ${y + 2} q6 -8 12 0`, t.hairShade, 3);
      }
      return { front, detail: temples + curls, clipDetail: true };
    }
    case 'bob': {
      const back = d`M${CX} 84 C${CX + 84} 84 ${CX + w + 32} 132 ${CX + w + 30} 232 C${CX + w + 30} 300 ${CX + w + 32} 342 ${CX + w + 22} 366
        C${CX + w + 4} 378 ${CX + w - 12} 370 ${CX + w - 18} 356 L${CX - w + 18} 356 C${CX - w + 12} 370 ${CX - w - 4} 378 ${CX - w - 22} 366
        C${CX - w - 32} 342 ${CX - w - 30} 300 ${CX - w - 30} 232 C${CX - w - 32} 132 ${CX - 84} 84 ${CX} 84Z`;
      const front = d`M${CX - 34} 92 C${CX - 84} 94 ${CX - w - 28} 142 ${CX - w - 28} 232 C${CX - w - 28} 294 ${CX - w - 22} 336 ${CX - w - 10} 358
        L${CX - w + 10} 356 C${CX - w + 4} 300 ${CX - w + 6} 250 ${CX - w + 14} 216 C${CX - w + 22} 182 ${CX - 58} 162 ${CX - 34} 152
        C${CX - 6} 182 ${CX + 44} 198 ${CX + w - 6} 204 C${CX + w - 2} 252 ${CX + w - 4} 304 ${CX + w + 8} 356
        L${CX + w + 24} 358 C${CX + w + 30} 300 ${CX + w + 30} 250 ${CX + w + 28} 204 C${CX + w + 22} 122 ${CX + 26} 90 ${CX - 34} 92Z`;
      const streak = path(d`M${CX - 30} 94 C${CX + 14} 100 ${CX + 58} 140 ${CX + w - 2} 196 C${CX + 52} 156 ${CX + 10} 118 ${CX - 28} 108Z`, a);
      const detail = streak + line(d`M${CX - 60} 120 C${CX - 84} 160 ${CX - w - 14} 230 ${CX - w - 12} 300`, t.hairShade, 4);
      return { back, front, detail };
    }
    case 'wavy': {
      const front =
        `M${CX - w + 4} 250 ` +
        curlyArc(CX, 212, w + 16, 114, 172, 368, 9, 30, true) +
        d` L${CX + w - 4} 250 C${CX + w - 6} 214 ${CX + w - 18} 198 ${CX + w - 30} 190` +
        d` Q${CX + 40} 200 ${CX + 30} 178 Q${CX + 6} 196 ${CX - 14} 172 Q${CX - 34} 196 ${CX - 58} 178 Q${CX - w + 8} 196 ${CX - w + 6} 222Z`;
      const detail =
        line(d`M${CX - 70} 130 q18 -16 36 0 q18 16 36 0`, a, 4) + line(d`M${CX - 30} 108 q16 -12 32 0 q16 12 32 0`, a, 4) + line(d`M${CX - w - 6} 200 q10 -12 18 -2`, a, 3.5) + line(d`M${CX + w - 14} 196 q10 -12 20 0`, a, 3.5);
      return { front, detail };
    }
    case 'bun': {
      const back = circle(CX + 4, 82, 40, c) + path(d`M${CX - 22} 110 Q${CX + 4} 96 ${CX + 30} 110 L${CX + 26} 124 L${CX - 18} 124Z`, darken(c, 0.2));
      const front = d`M${CX - w - 4} 250 C${CX - w - 10} 150 ${CX - 70} 104 ${CX} 104 C${CX + 70} 104 ${CX + w + 10} 150 ${CX + w + 4} 250
        L${CX + w - 4} 250 C${CX + w - 6} 200 ${CX + 62} 160 ${CX} 158 C${CX - 62} 160 ${CX - w + 6} 200 ${CX - w + 4} 250Z`;
      const detail = line(d`M${CX - 56} 166 C${CX - 50} 140 ${CX - 30} 122 ${CX - 6} 114`, a, 3.5) + line(d`M${CX + 40} 162 C${CX + 40} 140 ${CX + 30} 124 ${CX + 12} 114`, a, 3.5) + line(d`M${CX - 16} 80 q20 -20 40 -4`, a, 4);
      return { backSvg: back, front, detail };
    }
    case 'bald': {
      const side = (s: number): string =>
        d`M${CX + s * (w + 6)} 292 C${CX + s * (w + 12)} 244 ${CX + s * (w + 8)} 200 ${CX + s * (w - 14)} 172 C${CX + s * (w - 6)} 206 ${CX + s * (w - 4)} 246 ${CX + s * (w - 6)} 286Z`;
      return { front: side(-1) + side(1), detail: ellipse(CX - 26, 136, 34, 14, mix(spec.skin, '#fff8ee', 0.28), { transform: 'rotate(-14 274 136)' }) };
    }
  }
}

// ---- Features ---------------------------------------------------------------

function eye(side: -1 | 1, e: Expression, spec: PersonSpec): string {
  const ex = CX + side * EYE_DX + e.gazeX * 4.5;
  const ey = EYE_Y + e.gazeY * 3.5;
  const rx = 9.5;
  const ry = 11.5;
  const up = ry * e.eyeOpen;
  const down = ry * Math.max(0.08, 1 - e.squint * 1.25) * Math.min(1, e.eyeOpen + 0.2);
  const k = 4 / 3;
  let out = path(d`M${ex - rx} ${ey} C${ex - rx} ${ey - up * k} ${ex + rx} ${ey - up * k} ${ex + rx} ${ey} C${ex + rx} ${ey + down * k} ${ex - rx} ${ey + down * k} ${ex - rx} ${ey}Z`, spec.eyes);
  if (up > 6) out += circle(ex + 3.2, ey - up * 0.42, 2.8, '#ffffff', { opacity: 0.9 });
  // Heavy lids (relief, tiredness) get their crease.
  if (e.eyeOpen < 0.8) out += line(d`M${ex - rx - 2} ${ey - up - 5} Q${ex} ${ey - up - 11} ${ex + rx + 2} ${ey - up - 5}`, INK, 2.5, { opacity: 0.45 });
  return out;
}

function brow(side: -1 | 1, e: Expression, spec: PersonSpec): string {
  const lift = e.browRaise * 12 + side * e.browAsym * -7;
  const innerX = CX + side * 19;
  const outerX = CX + side * 63;
  const innerY = BROW_Y - lift - e.browTilt * 9 + 2;
  const outerY = BROW_Y - lift + e.browTilt * 4 + 4;
  const archX = CX + side * 46;
  const archY = Math.min(innerY, outerY) - 7 + e.browTilt * 3;
  return line(d`M${innerX} ${innerY} Q${archX} ${archY} ${outerX} ${outerY}`, spec.brows.colour, spec.brows.weight);
}

function mouth(e: Expression, spec: PersonSpec, t: Tones): string {
  const mw = 27 * e.width;
  const lift = e.smile * 9;
  const left: [number, number] = [CX - mw, MOUTH_Y - lift + e.skew * 5];
  const right: [number, number] = [CX + mw, MOUTH_Y - lift - e.skew * 5];
  const mid = MOUTH_Y + e.smile * 10;
  if (e.open < 0.05) {
    const weight = 5 + e.press * 2.5;
    const lower = e.press > 0.5 ? '' : line(d`M${CX - 11} ${mid + 10} Q${CX} ${mid + 14} ${CX + 11} ${mid + 10}`, t.shade, 4, { opacity: 0.8 });
    return lower + line(d`M${left[0]} ${left[1]} Q${CX} ${mid + e.skew * 2} ${right[0]} ${right[1]}`, spec.lips, weight);
  }
  const upperMid = MOUTH_Y - lift * 0.3 - 1;
  const lowerMid = mid + e.open * 24;
  const shape = d`M${left[0]} ${left[1]} Q${CX} ${upperMid * 2 - (left[1] + right[1]) / 2 - 2} ${right[0]} ${right[1]} Q${CX} ${lowerMid * 2 - (left[1] + right[1]) / 2} ${left[0]} ${left[1]}Z`;
  const teeth = e.smile > 0.3 ? el('rect', { x: CX - mw, y: upperMid - 20, width: mw * 2, height: 20 + e.open * 16, fill: '#fbf8f2', 'clip-path': 'url(#m)' }) : '';
  return (
    el('clipPath', { id: 'm' }, path(shape, '#000')) +
    path(shape, '#6a2a34') +
    teeth +
    path(shape, 'none', { stroke: spec.lips, 'stroke-width': 3.5, 'stroke-linejoin': 'round' })
  );
}

function beard(spec: PersonSpec, e: Expression): string {
  if (!spec.beard) return '';
  const { width: w, jaw: j, chin } = spec.face;
  const c = spec.beard.colour;
  const moustache = d`M${CX - 36} 336 C${CX - 24} 318 ${CX - 6} 320 ${CX} 326 C${CX + 6} 320 ${CX + 24} 318 ${CX + 36} 336
    C${CX + 20} 332 ${CX + 8} 334 ${CX} 336 C${CX - 8} 334 ${CX - 20} 332 ${CX - 36} 336Z`;
  if (spec.beard.kind === 'moustache') return path(moustache, c);
  const drop = spec.beard.kind === 'full' ? 16 : 6;
  // The opening around the mouth follows the mouth, so a smile is not swallowed by the beard.
  const hw = 27 * e.width + 9;
  const hy = MOUTH_Y - e.smile * 5 + 2;
  const jaw = d`M${CX - w} 236 L${CX - w + 10} 236 C${CX - w + 12} 292 ${CX - 60} 314 ${CX - 34} 324 Q${CX} 316 ${CX + 34} 324
    C${CX + 60} 314 ${CX + w - 12} 292 ${CX + w - 10} 236 L${CX + w} 236 C${CX + w + 2} 318 ${CX + j + 4} ${chin + drop} ${CX} ${chin + drop}
    C${CX - j - 4} ${chin + drop} ${CX - w - 2} 318 ${CX - w} 236Z
    M${CX - hw} ${hy} C${CX - hw + 2} ${hy + 20 + e.open * 22} ${CX + hw - 2} ${hy + 20 + e.open * 22} ${CX + hw} ${hy} C${CX + hw - 8} ${hy - 7} ${CX - hw + 8} ${hy - 7} ${CX - hw} ${hy}Z`;
  return path(jaw, c, { 'fill-rule': 'evenodd', opacity: spec.beard.kind === 'short' ? 0.92 : 1 }) + path(moustache, darken(c, 0.1));
}

function glasses(spec: PersonSpec): string {
  if (!spec.glasses) return '';
  const c = spec.glasses.colour;
  const w = spec.face.width;
  const lens = (x: number): string =>
    spec.glasses?.shape === 'round'
      ? circle(x, EYE_Y + 2, 24, '#ffffff', { 'fill-opacity': 0.12, stroke: c, 'stroke-width': 4.5 })
      : rrect(x - 28, EYE_Y - 18, 56, 40, 9, '#ffffff', { 'fill-opacity': 0.12, stroke: c, 'stroke-width': 5 });
  const reach = spec.glasses.shape === 'round' ? 24 : 28;
  return (
    lens(CX - EYE_DX) +
    lens(CX + EYE_DX) +
    line(d`M${CX - EYE_DX + reach} ${EYE_Y - 2} Q${CX} ${EYE_Y - 9} ${CX + EYE_DX - reach} ${EYE_Y - 2}`, c, 4) +
    line(d`M${CX - EYE_DX - reach} ${EYE_Y - 4} L${CX - w + 1} ${EYE_Y - 8}`, c, 4) +
    line(d`M${CX + EYE_DX + reach} ${EYE_Y - 4} L${CX + w - 1} ${EYE_Y - 8}`, c, 4)
  );
}

// ---- Body -----------------------------------------------------------------------

/** The shoulders' outline from bottom left up to the left side of the neck, and from the right side of the neck down. */
function shoulders(shrug: number): { left: string; right: string; neckL: [number, number]; neckR: [number, number] } {
  const sy = 470 - shrug;
  const neckL: [number, number] = [CX - 46, sy - 30];
  const neckR: [number, number] = [CX + 46, sy - 30];
  return {
    left: d`M30 600 C36 ${sy + 50} 84 ${sy + 6} 170 ${sy - 6} C222 ${sy - 14} 246 ${sy - 22} ${neckL[0]} ${neckL[1]}`,
    right: d`C354 ${sy - 22} 378 ${sy - 14} 430 ${sy - 6} C516 ${sy + 6} 564 ${sy + 50} 570 600Z`,
    neckL,
    neckR,
  };
}

function outfit(spec: PersonSpec, e: Expression): string {
  const o = spec.outfit;
  const s = shoulders(e.shrug);
  const [lx, ly] = s.neckL;
  const [rx, ry] = s.neckR;
  const body = (neckline: string, fill: string): string => path(`${s.left} ${neckline} ${s.right}`, fill);
  const scoop = (depth: number): string => d`C${lx + 8} ${ly + depth} ${rx - 8} ${ly + depth} ${rx} ${ry}`;
  const vee = (depth: number): string => d`L${CX} ${ly + depth} L${rx} ${ry}`;
  const folds = line(d`M126 548 Q132 574 128 600`, o.accent, 4, { opacity: 0.7 }) + line(d`M474 548 Q468 574 472 600`, o.accent, 4, { opacity: 0.7 });
  // Jacket and cardigan fronts: one panel from each shoulder to the middle, open in a V.
  const panel = (side: -1 | 1, openTo: number, fill: string): string => {
    const sy = 470 - e.shrug;
    const nx = CX + side * 46;
    return side < 0
      ? path(d`M30 600 C36 ${sy + 50} 84 ${sy + 6} 170 ${sy - 6} C222 ${sy - 14} 246 ${sy - 22} ${nx} ${sy - 30} L${nx + 12} ${sy - 22} L${CX - openTo} 600Z`, fill)
      : path(d`M570 600 C564 ${sy + 50} 516 ${sy + 6} 430 ${sy - 6} C378 ${sy - 14} 354 ${sy - 22} ${nx} ${sy - 30} L${nx - 12} ${sy - 22} L${CX + openTo} 600Z`, fill);
  };
  const collarWings = (fill: string, y: number): string =>
    path(d`M${lx - 2} ${y - 6} L${CX - 4} ${y + 34} L${CX - 30} ${y + 42} L${lx - 16} ${y + 8}Z`, fill) +
    path(d`M${rx + 2} ${y - 6} L${CX + 4} ${y + 34} L${CX + 30} ${y + 42} L${rx + 16} ${y + 8}Z`, fill);
  switch (o.kind) {
    case 'blazer': {
      const sy = 470 - e.shrug;
      const shirtish = o.inner === '#f4f1ea';
      const inner = shirtish ? body(vee(58), o.inner) + collarWings(mix(o.inner, '#c9c2b4', 0.3), ly) : body(scoop(34), o.inner);
      const lapel = (side: -1 | 1): string =>
        path(d`M${CX + side * 46} ${sy - 30} L${CX + side * 80} ${sy - 8} L${CX + side * 62} ${sy + 26} L${CX + side * 76} ${sy + 40} L${CX + side * 14} ${600 - 34} L${CX + side * 22} ${sy - 16}Z`, o.accent);
      return inner + panel(-1, 12, o.main) + panel(1, 12, o.main) + lapel(-1) + lapel(1) + folds + circle(CX - 20, 588, 5, o.accent);
    }
    case 'cardigan':
      return (
        body(scoop(26), o.inner) +
        panel(-1, 26, o.main) +
        panel(1, 26, o.main) +
        line(d`M${CX - 30} ${ly + 10} L${CX - 26} 600`, o.accent, 5) +
        circle(CX + 34, 520, 5.5, o.accent) +
        circle(CX + 31, 566, 5.5, o.accent) +
        folds
      );
    case 'shirt-lanyard': {
      const shirt = body(vee(40), o.main) + collarWings(mix(o.main, '#ffffff', 0.35), ly) + line(d`M${CX} ${ly + 46} L${CX} 600`, mix(o.main, '#2a2128', 0.2), 3);
      const lanyard = line(d`M${lx + 6} ${ly + 6} C${lx + 10} ${ly + 60} ${CX - 20} 520 ${CX + 6} 546`, o.inner, 7) + line(d`M${rx - 6} ${ly + 6} C${rx - 10} ${ly + 60} ${CX + 28} 520 ${CX + 12} 546`, o.inner, 7);
      const badge = rrect(CX - 22, 540, 58, 60, 6, '#fbf8f2') + rect3(CX - 22, 540, 58, 14, o.accent) + rrect(CX - 12, 562, 18, 20, 3, mix(o.main, '#2a2128', 0.3)) + line(d`M${CX + 12} 566 L${CX + 28} 566 M${CX + 12} 576 L${CX + 24} 576`, '#9aa3b5', 3);
      return shirt + folds + lanyard + badge;
    }
    case 'blouse': {
      const necklace = line(d`M${lx + 10} ${ly + 6} Q${CX} ${ly + 62} ${rx - 10} ${ry + 6}`, o.inner, 2.5) + circle(CX, ly + 36, 5, o.inner);
      return body(vee(50), o.main) + line(d`M${lx} ${ly} L${CX} ${ly + 50} L${rx} ${ry}`, o.accent, 5) + necklace + folds;
    }
    case 'quarter-zip': {
      const collar = path(d`M${lx - 4} ${ly - 26} Q${CX} ${ly - 10} ${rx + 4} ${ry - 26} L${rx + 6} ${ry + 4} Q${CX} ${ry + 26} ${lx - 6} ${ly + 4}Z`, o.accent);
      const zip = line(d`M${CX} ${ly + 8} L${CX} 600`, mix(o.main, '#2a2128', 0.35), 4) + rrect(CX - 4, ly + 14, 8, 20, 2, '#d9d4c8');
      return body(scoop(-6), o.main) + collar + zip + folds;
    }
    case 'jumper-tie': {
      const shirt = body(vee(70), o.inner) + collarWings(mix(o.inner, '#9fb2c7', 0.35), ly - 2);
      const tie = path(d`M${CX - 9} ${ly + 16} L${CX + 9} ${ly + 16} L${CX + 6} ${ly + 28} L${CX + 14} ${ly + 110} L${CX} ${ly + 126} L${CX - 14} ${ly + 110} L${CX - 6} ${ly + 28}Z`, o.accent);
      const jumper = path(`${s.left} ${d`L${CX - 34} ${ly + 14} L${CX} ${ly + 92} L${CX + 34} ${ly + 14}`} L${rx} ${ry} ${s.right}`, o.main);
      const rib = line(d`M${CX - 40} ${ly + 10} L${CX} ${ly + 100} L${CX + 40} ${ly + 10}`, mix(o.main, '#ffffff', 0.18), 6);
      return shirt + tie + jumper + rib + folds;
    }
  }
}

function rect3(x: number, y: number, w: number, h: number, fill: string): string {
  return el('path', { d: d`M${x} ${y + h} V${y + 6} Q${x} ${y} ${x + 6} ${y} H${x + w - 6} Q${x + w} ${y} ${x + w} ${y + 6} V${y + h}Z`, fill });
}

function foldedArms(spec: PersonSpec, t: Tones): string {
  const o = spec.outfit;
  const edge = darken(o.main, 0.3);
  const limb = (dd: string, colour: string, width: number): string => line(dd, edge, width + 6) + line(dd, colour, width);
  // The far forearm, its hand tucked under the near elbow; then the near forearm across it.
  const far = limb(d`M120 596 C200 566 320 552 424 548`, darken(o.main, 0.1), 46);
  const farHand = ellipse(440, 546, 22, 18, t.skin) + line(d`M430 538 q10 -4 22 0`, t.shade, 3);
  const near = limb(d`M486 604 C420 580 300 574 176 572`, o.main, 48);
  const nearHand = ellipse(158, 568, 21, 18, t.skin) + line(d`M146 560 q8 6 4 16 M160 556 q8 6 4 18`, t.shade, 3);
  return group(far + farHand + nearHand + near);
}

/** A thin light edge just inside a shape: dark hair keeps its outline against a dark room. */
function rim(shape: string, colour: string, id: string, face?: string): string {
  // Only the outer silhouette: where the hair meets the face it needs no edge.
  const mask = face ? el('mask', { id: `${id}m` }, el('rect', { width: PORTRAIT_SIZE, height: PORTRAIT_SIZE, fill: '#fff' }) + path(face, '#000', { transform: 'scale(1.04)', 'transform-origin': `${CX} 260` })) : '';
  return (
    el('clipPath', { id }, path(shape, '#000')) +
    mask +
    path(shape, 'none', { stroke: mix(colour, '#d8dff0', 0.4), 'stroke-width': 7, 'clip-path': `url(#${id})`, mask: face ? `url(#${id}m)` : undefined, opacity: 0.55 })
  );
}

// ---- The whole portrait ------------------------------------------------------------

export function drawPortrait(spec: PersonSpec, e: Expression, title: string): string {
  const t = tones(spec);
  const w = spec.face.width;
  const hair = hairFor(spec.hair.style, spec, t);
  const head = `translate(0 ${e.chin}) rotate(${e.tilt} ${CX} 420)`;

  const nw = spec.face.jaw * 0.6;
  const neck = path(d`M${CX - nw} 320 L${CX - nw - 2} 500 L${CX + nw + 2} 500 L${CX + nw} 320Z`, t.skin) + path(d`M${CX - nw - 1} 330 L${CX + nw + 1} 330 L${CX + nw + 1} 392 Q${CX} 428 ${CX - nw - 1} 392Z`, t.shade);

  const ears = [-1, 1]
    .map((s) => ellipse(CX + s * (w - 4), 276, 15, 27, t.skin) + line(d`M${CX + s * (w + 1)} 262 q${s * 6} 12 ${s * 0} 26`, t.shade, 4))
    .join('');
  const earrings = spec.earrings
    ? [-1, 1]
        .map((s) =>
          spec.earrings?.kind === 'hoop'
            ? circle(CX + s * (w - 2), 312, 10, 'none', { stroke: spec.earrings.colour, 'stroke-width': 3.5 })
            : circle(CX + s * (w - 2), 302, 5, spec.earrings?.colour ?? '#fff'),
        )
        .join('')
    : '';

  const face = facePath(spec);
  const skull = ellipse(CX, 196, w + 1, 96, t.skin);
  // Shade: the right cheek, and the hair's shadow on the forehead.
  const shading =
    el('clipPath', { id: 'f' }, path(face, '#000')) +
    group(
      path(d`M${CX + w * 0.45} ${FACE_TOP} C${CX + w - 6} 190 ${CX + w - 24} 286 ${CX + spec.face.jaw * 0.2} ${spec.face.chin + 4} L${CX + w + 30} ${spec.face.chin} L${CX + w + 30} ${FACE_TOP}Z`, t.shade, { opacity: 0.5 }) +
        path(hair.front, t.shade, { transform: 'translate(5 9)', opacity: 0.7 }),
      { 'clip-path': 'url(#f)' },
    );

  const nose = line(d`M${CX - 3} 276 C${CX - 6} 294 ${CX - 15} 302 ${CX - 10} 310 C${CX - 4} 316 ${CX + 6} 316 ${CX + 12} 308`, t.deep, 4, { opacity: 0.75 });
  const cheeks = e.blush > 0 ? ellipse(CX - 60, 314, 20, 11, t.blush, { opacity: e.blush * 0.55 }) + ellipse(CX + 60, 314, 20, 11, t.blush, { opacity: e.blush * 0.55 }) : '';
  const lines =
    spec.age > 0.3
      ? line(d`M${CX - 34} 314 Q${CX - 45} 330 ${CX - 42} 348`, t.deep, 3, { opacity: 0.22 * spec.age }) +
        line(d`M${CX + 34} 314 Q${CX + 45} 330 ${CX + 42} 348`, t.deep, 3, { opacity: 0.22 * spec.age }) +
        line(d`M${CX - 54} ${EYE_Y + 19} Q${CX - 41} ${EYE_Y + 25} ${CX - 28} ${EYE_Y + 19}`, t.deep, 2.5, { opacity: 0.35 * spec.age }) +
        line(d`M${CX + 28} ${EYE_Y + 19} Q${CX + 41} ${EYE_Y + 25} ${CX + 54} ${EYE_Y + 19}`, t.deep, 2.5, { opacity: 0.35 * spec.age })
      : '';
  let freckles = '';
  if (spec.freckles) {
    const random = seeded(3);
    for (let i = 0; i < 12; i++) {
      const s = i % 2 ? 1 : -1;
      freckles += circle(CX + s * (30 + random() * 34), 290 + random() * 20, 1.6 + random() * 0.8, mix(spec.skin, '#9a5a34', 0.4));
    }
  }
  const furrow = e.furrow > 0 ? line(d`M${CX - 6} 236 L${CX - 4} 252 M${CX + 6} 236 L${CX + 4} 252`, t.deep, 2.5, { opacity: 0.5 * e.furrow }) : '';

  const features =
    lines + freckles + cheeks + nose + beard(spec, e) + mouth(e, spec, t) + eye(-1, e, spec) + eye(1, e, spec) + brow(-1, e, spec) + brow(1, e, spec) + furrow;

  const headGroup = group(
    skull +
      ears +
      earrings +
      path(face, t.skin) +
      shading +
      features +
      path(hair.front, spec.hair.colour) +
      (hair.back ? '' : rim(hair.front, spec.hair.colour, 'r', face)) +
      (hair.clipDetail ? el('clipPath', { id: 'h' }, path(hair.front, '#000')) + group(hair.detail ?? '', { 'clip-path': 'url(#h)' }) : (hair.detail ?? '')) +
      glasses(spec),
    { transform: head },
  );

  const backHair =
    hair.back || hair.backSvg ? group((hair.back ? path(hair.back, spec.hair.colour) + rim(hair.back, spec.hair.colour, 'b') : '') + (hair.backSvg ?? ''), { transform: head }) : '';

  const body = backHair + neck + outfit(spec, e) + (e.armsFolded ? foldedArms(spec, t) : '');
  return svgDocument(PORTRAIT_SIZE, PORTRAIT_SIZE, title, '', body + headGroup);
}
