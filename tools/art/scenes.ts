/**
 * The five places, 1920×1080, flat shapes in the game's palette.
 *
 * Composition rule: the game covers the bottom ~45% with the dialogue panel and the lower-left
 * third with the speaker's portrait, and the top 90 px with its title bar. So each place says
 * what it is in the band from y≈100 to y≈600, across the middle and the right: windows, a wall
 * screen, a call on a monitor, a café counter, a windscreen. Below that: floor, table, dashboard,
 * kept dark and quiet so the cream panel and the portrait stand out. Warm light, cool shadows,
 * values in the middle so a washed-out projector keeps the shapes and the text keeps its contrast.
 */
import type { SceneId } from '../../src/presentation/assets/asset-names.ts';
import { circle, d, darken, el, ellipse, group, line, mix, path, poly, radial, rect, rrect, seeded, svgDocument, vgradient } from './svg.ts';

export const SCENE_WIDTH = 1920;
export const SCENE_HEIGHT = 1080;

/** Shared colours: the UI's night, paper, teal and amber, and the materials built around them. */
const P = {
  night: '#14192a',
  ink: '#2a2128',
  paper: '#fbf8f2',
  teal: '#0f6b73',
  tealLight: '#4fa3a5',
  amber: '#f2a93b',
  amberSoft: '#f6c77a',
  leaf: '#4f7d5c',
  leafDark: '#3b6147',
  leafLight: '#6f9b6c',
  wood: '#9a6a45',
  woodDark: '#6e4a31',
  pot: '#c8794f',
  metal: '#aab3c2',
};

// ---- Shared props ----------------------------------------------------------------

function plant(x: number, baseY: number, scale: number, seed: number): string {
  const random = seeded(seed);
  let leaves = '';
  for (let i = 0; i < 9; i++) {
    const angle = -80 + (i - 4) * 17 + (random() - 0.5) * 10;
    const length = (70 + random() * 50) * scale;
    const colour = [P.leaf, P.leafDark, P.leafLight][i % 3] ?? P.leaf;
    leaves += ellipse(x, baseY - 40 * scale - length / 2, 15 * scale, length / 2, colour, { transform: `rotate(${Math.round(angle + 90)} ${Math.round(x)} ${Math.round(baseY - 40 * scale)})` });
  }
  const pot = path(d`M${x - 34 * scale} ${baseY - 56 * scale} L${x + 34 * scale} ${baseY - 56 * scale} L${x + 26 * scale} ${baseY} L${x - 26 * scale} ${baseY}Z`, P.pot) + rect(x - 38 * scale, baseY - 62 * scale, 76 * scale, 12 * scale, darken(P.pot, 0.15));
  return group(leaves) + pot;
}

function pendant(x: number, cordTop: number, y: number, shade: string, glowId: string): string {
  return (
    line(d`M${x} ${cordTop} L${x} ${y - 20}`, P.night, 3, { opacity: 0.6 }) +
    ellipse(x, y + 36, 120, 70, `url(#${glowId})`) +
    path(d`M${x - 46} ${y + 24} Q${x - 40} ${y - 22} ${x} ${y - 24} Q${x + 40} ${y - 22} ${x + 46} ${y + 24}Z`, shade) +
    ellipse(x, y + 25, 30, 7, P.amberSoft)
  );
}

/** A city skyline in a window: blocks with a few lit windows, seeded. */
function skyline(x0: number, x1: number, ground: number, seed: number, far: string, near: string): string {
  const random = seeded(seed);
  let farBlocks = '';
  let nearBlocks = '';
  let lights = '';
  for (let x = x0 - 20; x < x1; ) {
    const w = 50 + random() * 70;
    const h = 90 + random() * 150;
    farBlocks += rect(x, ground - h, w, h + 2, far);
    x += w + random() * 10;
  }
  for (let x = x0 - 30; x < x1; ) {
    const w = 70 + random() * 80;
    const h = 50 + random() * 110;
    nearBlocks += rect(x, ground - h, w, h + 2, near);
    for (let wy = ground - h + 16; wy < ground - 14; wy += 22) {
      for (let wx = x + 12; wx < x + w - 14; wx += 20) {
        if (random() < 0.22) lights += rect(wx, wy, 9, 11, P.amberSoft, { opacity: 0.85 });
      }
    }
    x += w + 4 + random() * 16;
  }
  return farBlocks + nearBlocks + lights;
}

/** An anglepoise desk lamp, switched on: base at (x, y), shade to the right. */
function deskLamp(x: number, y: number, glowId: string, colour: string): string {
  return (
    ellipse(x + 90, y - 30, 150, 100, `url(#${glowId})`) +
    rrect(x - 34, y - 10, 68, 12, 6, colour) +
    line(d`M${x} ${y - 8} L${x + 24} ${y - 96} L${x + 84} ${y - 70}`, colour, 9) +
    circle(x + 24, y - 96, 8, colour) +
    path(d`M${x + 70} ${y - 88} L${x + 122} ${y - 58} L${x + 96} ${y - 26}Z`, P.amber) +
    ellipse(x + 108, y - 42, 18, 6, '#ffe2a8', { transform: `rotate(-55 ${x + 108} ${y - 42})` })
  );
}

function mug(x: number, y: number, colour: string): string {
  return rrect(x - 18, y - 40, 36, 40, 6, colour) + path(d`M${x + 16} ${y - 32} q20 2 18 14 q-2 10 -18 10`, 'none', { stroke: colour, 'stroke-width': 6 });
}

/** A row of books on a shelf. */
function books(x: number, y: number, width: number, seed: number): string {
  const random = seeded(seed);
  const colours = [P.teal, '#b5532f', '#e3b45a', '#4f5d86', '#7a3b5c', '#d8cdb8', P.leafDark];
  let out = '';
  for (let bx = x; bx < x + width - 20; ) {
    const w = 14 + random() * 14;
    const h = 60 + random() * 36;
    const lean = random() < 0.12;
    out += rect(bx, y - h, w, h, colours[Math.floor(random() * colours.length)] ?? P.teal, lean ? { transform: `rotate(-8 ${Math.round(bx)} ${y})` } : {});
    bx += w + 3 + (lean ? 8 : 0);
  }
  return out;
}

// ---- Office: the sales floor late in the afternoon ----------------------------------------

function office(): string {
  const defs =
    vgradient('wall', [[0, '#34405c'], [1, '#44527a']]) +
    vgradient('sky', [[0, '#6f6f9a'], [0.45, '#e59a7a'], [1, '#f5c98a']]) +
    vgradient('floor', [[0, '#2a3149'], [1, '#1c2236']]) +
    radial('glow', [[0, P.amberSoft, 0.55], [1, P.amberSoft, 0]]);
  let s = rect(0, 0, 1920, 1080, 'url(#wall)');
  // Ceiling and its light strip.
  s += rect(0, 0, 1920, 120, '#2b3550') + rect(0, 112, 1920, 10, '#222a41');
  // The long window wall with the city in the evening.
  const wx = 620;
  const ww = 1240;
  const wy = 170;
  const wh = 420;
  s += rect(wx, wy, ww, wh, 'url(#sky)');
  s += circle(wx + 860, wy + 300, 70, '#f9dba0', { opacity: 0.9 });
  s += el('clipPath', { id: 'win' }, rect(wx, wy, ww, wh, '#000'));
  s += group(skyline(wx, wx + ww, wy + wh, 5, '#8a7a9c', '#5b5f86'), { 'clip-path': 'url(#win)' });
  for (let i = 0; i <= 4; i++) s += rect(wx - 8 + (i * ww) / 4, wy, 16, wh, '#26304a');
  s += rect(wx - 8, wy - 12, ww + 16, 16, '#26304a') + rect(wx - 20, wy + wh, ww + 40, 22, '#2f3a58');
  // The team board on the left wall: this quarter's bars, an amber target line.
  s += rrect(110, 190, 400, 270, 10, '#eae4d8') + rect(110, 190, 400, 46, P.teal, { rx: 10 }) + rect(110, 220, 400, 16, P.teal);
  const bars = [0.62, 0.85, 0.4, 0.74, 0.55, 0.93];
  bars.forEach((b, i) => {
    s += rect(150 + i * 56, 430 - b * 170, 34, b * 170, i === 2 ? P.amber : '#4f6d8f');
  });
  s += line('M136 300 L486 300', '#c8553d', 4, { 'stroke-dasharray': '14 10' });
  s += rect(150, 206, 150, 14, '#cfe6e4', { rx: 7 });
  // Pendant lights over the desks.
  s += pendant(820, 120, 230, '#f0d9a8', 'glow') + pendant(1240, 120, 230, '#f0d9a8', 'glow') + pendant(1660, 120, 230, '#f0d9a8', 'glow');
  // The floor.
  s += rect(0, 640, 1920, 440, 'url(#floor)');
  // A row of desks in front of the window: monitors, a lamp, a plant.
  s += rect(560, 600, 1360, 26, '#b9a48a') + rect(560, 626, 1360, 20, '#8f7a62');
  for (const [x, on] of [
    [700, true],
    [1330, true],
    [1640, false],
  ] as const) {
    s += rrect(x, 470, 190, 118, 8, '#1f273d') + rrect(x + 8, 478, 174, 100, 4, on ? '#2f7f86' : '#2c3550');
    if (on) s += rect(x + 24, 496, 90, 10, '#9fd6c8', { rx: 5, opacity: 0.7 }) + rect(x + 24, 516, 130, 8, '#9fd6c8', { rx: 4, opacity: 0.45 }) + rect(x + 24, 532, 70, 8, '#9fd6c8', { rx: 4, opacity: 0.45 });
    s += rect(x + 85, 588, 20, 14, '#1f273d') + rect(x + 60, 596, 70, 6, '#1f273d', { rx: 3 });
    s += rrect(x - 40, 590, 28, 12, 3, '#3c4768');
  }
  s += plant(1890, 600, 1.1, 2) + plant(560, 600, 0.8, 9);
  s += mug(925, 600, P.teal) + mug(1580, 600, '#e3b45a');
  // A desk lamp left on.
  // A desk already cleared for the evening, its lamp left on.
  s += deskLamp(1020, 600, 'glow', '#30395a') + rrect(1110, 586, 120, 14, 3, P.paper, { transform: 'rotate(-3 1170 593)' });
  // Chairs in the foreground, backs to us.
  s += rrect(980, 690, 170, 150, 30, '#222a40') + rrect(1440, 700, 170, 150, 30, '#222a40') + rect(1055, 840, 20, 80, '#1a2032') + rect(1515, 850, 20, 80, '#1a2032');
  return svgDocument(SCENE_WIDTH, SCENE_HEIGHT, 'The office: the sales floor late in the afternoon, desks in front of a wall of windows, the city outside', defs, s);
}

// ---- Meeting room: a small room with a wall screen and a table ----------------------------

function meetingRoom(): string {
  const defs =
    vgradient('wall', [[0, '#2f5552'], [1, '#3c6864']]) +
    vgradient('floor', [[0, '#233a38'], [1, '#182827']]) +
    vgradient('glass', [[0, '#8fb7b0'], [1, '#6d9992']]) +
    radial('glow', [[0, P.amberSoft, 0.6], [1, P.amberSoft, 0]]);
  let s = rect(0, 0, 1920, 1080, 'url(#wall)');
  s += rect(0, 0, 1920, 110, '#284845');
  // A window with blinds on the left.
  s += rect(120, 170, 360, 380, '#f0c78e') + rect(120, 170, 360, 380, '#e8b27a', { opacity: 0.5 });
  for (let y = 180; y < 550; y += 26) s += rect(120, y, 360, 15, '#f4e6cc', { opacity: 0.92 });
  s += rect(110, 160, 380, 12, '#244140') + rect(110, 548, 380, 16, '#244140');
  // The wall screen: a pipeline chart, the meeting's reason.
  s += rrect(650, 150, 720, 410, 14, '#1b2230') + rrect(668, 168, 684, 374, 6, '#eef2ef');
  s += rect(668, 168, 684, 56, P.teal, { rx: 6 }) + rect(668, 204, 684, 20, P.teal) + rect(696, 186, 200, 16, '#cfe6e4', { rx: 8 });
  const stages = [0.95, 0.72, 0.5, 0.3];
  stages.forEach((v, i) => {
    s += rect(720, 262 + i * 64, 560 * v, 42, i === 3 ? P.amber : mix(P.teal, '#eef2ef', i * 0.18), { rx: 6 });
  });
  s += rect(1000, 560, 20, 40, '#1b2230');
  // A glass wall on the right with the office beyond, frosted band across it.
  s += rect(1480, 110, 440, 560, 'url(#glass)');
  s += rect(1520, 330, 150, 120, '#5b7f7a') + rect(1700, 300, 180, 150, '#557873') + rect(1540, 300, 90, 30, '#4a6a66');
  s += rect(1480, 360, 440, 70, '#dceae6', { opacity: 0.55 });
  s += rect(1470, 110, 18, 560, '#244140') + rect(1690, 110, 12, 560, '#244140');
  s += plant(1560, 660, 1.3, 4);
  for (const x of [300, 1010, 1700]) s += ellipse(x, 110, 170, 90, 'url(#glow)') + ellipse(x, 108, 34, 7, '#f6e3b8');
  // The table, its far edge and the chairs beyond it.
  s += rect(0, 640, 1920, 440, 'url(#floor)');
  s += rrect(700, 560, 130, 150, 30, '#1f3533') + rrect(960, 556, 130, 150, 30, '#1f3533') + rrect(1220, 560, 130, 150, 30, '#1f3533');
  s += path('M430 660 Q1030 600 1760 660 L1820 760 L380 760Z', P.wood) + path('M380 760 L1820 760 L1820 790 L380 790Z', P.woodDark);
  s += path('M480 668 Q1030 614 1700 668', 'none', { stroke: '#b68158', 'stroke-width': 6, opacity: 0.6 });
  // On the table: a laptop, a notebook, two cups.
  s += path('M1180 700 L1330 700 L1350 724 L1160 724Z', '#c9ced8') + path('M1190 640 L1320 640 L1330 700 L1180 700Z', '#2c3443');
  s += rrect(880, 690, 120, 30, 4, P.paper, { transform: 'rotate(-4 940 705)' }) + line('M896 700 L980 694', '#9aa3b5', 3);
  s += mug(780, 712, P.paper) + mug(1480, 716, P.amber);
  return svgDocument(SCENE_WIDTH, SCENE_HEIGHT, 'The meeting room: a wall screen with a pipeline chart, a table with a laptop and coffee', defs, s);
}

// ---- Video call: your desk, a monitor with the call on it -----------------------------------

function callTile(x: number, y: number, w: number, h: number, bg: string, figure: string, hair: string, skin: string): string {
  const cx = x + w / 2;
  const body = path(d`M${cx - w * 0.3} ${y + h} Q${cx - w * 0.28} ${y + h * 0.7} ${cx} ${y + h * 0.68} Q${cx + w * 0.28} ${y + h * 0.7} ${cx + w * 0.3} ${y + h}Z`, figure);
  const head = rect(cx - w * 0.04, y + h * 0.55, w * 0.08, h * 0.16, darken(skin, 0.12)) + ellipse(cx, y + h * 0.45, w * 0.1, h * 0.17, skin) + path(d`M${cx - w * 0.12} ${y + h * 0.44} Q${cx - w * 0.12} ${y + h * 0.24} ${cx} ${y + h * 0.25} Q${cx + w * 0.12} ${y + h * 0.24} ${cx + w * 0.12} ${y + h * 0.44} Q${cx} ${y + h * 0.32} ${cx - w * 0.12} ${y + h * 0.44}Z`, hair);
  return el('clipPath', { id: `t${Math.round(x)}${Math.round(y)}` }, rrect(x, y, w, h, 8, '#000')) + group(rect(x, y, w, h, bg) + body + head, { 'clip-path': `url(#t${Math.round(x)}${Math.round(y)})` });
}

function videoCall(): string {
  const defs =
    vgradient('wall', [[0, '#283048'], [1, '#343d5c']]) +
    vgradient('desk', [[0, '#7a5a44'], [1, '#5a4032']]) +
    radial('glow', [[0, P.amberSoft, 0.5], [1, P.amberSoft, 0]]) +
    radial('screen', [[0, '#7fb3c8', 0.35], [1, '#7fb3c8', 0]]);
  let s = rect(0, 0, 1920, 1080, 'url(#wall)');
  // Shelves on both sides, books and a plant, softly out of focus behind the monitor.
  for (const [x, w, seed] of [
    [80, 380, 1],
    [1560, 300, 2],
  ] as const) {
    s += rect(x, 300, w, 12, '#1f263b') + rect(x, 470, w, 12, '#1f263b');
    s += group(books(x + 10, 300, w * 0.7, seed) + books(x + 30, 470, w * 0.55, seed + 10), { opacity: 0.85 });
  }
  s += plant(1800, 470, 0.9, 6);
  s += ellipse(960, 380, 760, 420, 'url(#screen)');
  // The monitor and the call.
  const mx = 500;
  const my = 130;
  const mw = 920;
  const mh = 540;
  s += rrect(mx, my, mw, mh, 18, '#151a28') + rrect(mx + 16, my + 16, mw - 32, mh - 32, 8, '#1d2436');
  s += rect(mx + 16, my + 16, mw - 32, 44, '#232b40', { rx: 8 }) + circle(mx + 44, my + 38, 7, '#e35d4f') + rect(mx + 66, my + 31, 150, 14, '#3c4768', { rx: 7 });
  const tx = mx + 36;
  const ty = my + 76;
  const tw = 416;
  const th = 186;
  s += callTile(tx, ty, tw, th, '#d9cbb3', '#3b3f4a', '#221d20', '#eec9a6');
  s += callTile(tx + tw + 16, ty, tw, th, '#b9cfd6', '#5d6b3a', '#3b2b23', '#d4a27b');
  s += callTile(tx, ty + th + 14, tw, th, '#e5c7a9', '#4f5d86', '#241a1a', '#8f5c3c');
  s += callTile(tx + tw + 16, ty + th + 14, tw, th, '#c9d4bf', '#4f7d5c', '#d9d4cc', '#f0c6ae');
  // Speaking: an amber frame round the first tile.
  s += rrect(tx - 3, ty - 3, tw + 6, th + 6, 10, 'none', { stroke: P.amber, 'stroke-width': 5 });
  // The toolbar: mute, camera, share, leave.
  const by = my + mh - 58;
  s += rrect(mx + mw / 2 - 150, by - 4, 300, 44, 22, '#2a3247');
  [-105, -35, 35].forEach((dx) => {
    s += circle(mx + mw / 2 + dx, by + 18, 15, '#4a5577');
  });
  s += rrect(mx + mw / 2 + 82, by + 4, 50, 28, 14, '#d9534f');
  // Stand, desk and what is on it.
  s += path(d`M${mx + mw / 2 - 40} ${my + mh} L${mx + mw / 2 + 40} ${my + mh} L${mx + mw / 2 + 56} 720 L${mx + mw / 2 - 56} 720Z`, '#151a28');
  s += rect(0, 700, 1920, 380, 'url(#desk)') + rect(0, 700, 1920, 12, '#8e6b52');
  s += rrect(mx + mw / 2 - 130, 714, 260, 18, 6, '#151a28');
  s += deskLamp(1520, 708, 'glow', '#1b2133');
  s += mug(1720, 712, P.teal);
  s += rrect(1130, 694, 150, 16, 4, P.paper, { transform: 'rotate(-4 1205 702)' }) + rrect(1290, 690, 10, 70, 5, P.amber, { transform: 'rotate(72 1295 724)' });
  return svgDocument(SCENE_WIDTH, SCENE_HEIGHT, 'A video call: your desk at home, the call on the monitor with four people in tiles', defs, s);
}

// ---- Café: a counter, a chalkboard, a window onto the street ----------------------------

function cafe(): string {
  const defs =
    vgradient('wall', [[0, '#5e3f33'], [1, '#744e3d']]) +
    vgradient('street', [[0, '#f3d9a6'], [1, '#e6b98a']]) +
    vgradient('floor', [[0, '#3c2820'], [1, '#2b1c17']]) +
    radial('glow', [[0, '#ffd9a0', 0.6], [1, '#ffd9a0', 0]]);
  let s = rect(0, 0, 1920, 1080, 'url(#wall)');
  s += rect(0, 0, 1920, 100, '#4a3128');
  // The big window onto the street, right, with an awning's edge and trees.
  const wx = 1240;
  s += rect(wx, 140, 600, 470, 'url(#street)');
  s += rect(wx, 420, 600, 190, '#cfa47f') + rect(wx + 40, 300, 200, 190, '#d8b48c') + rect(wx + 300, 260, 260, 230, '#c99d78');
  for (let i = 0; i < 6; i++) s += rect(wx + 330 + (i % 3) * 70, 290 + Math.floor(i / 3) * 80, 34, 44, '#f7e6c4');
  s += circle(wx + 120, 300, 70, '#7f9e6a') + circle(wx + 190, 330, 56, '#6f9060') + rect(wx + 146, 360, 14, 120, '#5a4032');
  let awning = '';
  for (let i = 0; i < 10; i++) awning += rect(wx + i * 60, 140, 60, 46, i % 2 ? P.paper : '#c8553d');
  s += awning;
  for (let i = 0; i < 10; i++) s += path(d`M${wx + i * 60} 186 q30 24 60 0`, i % 2 ? P.paper : '#c8553d');
  s += rect(wx - 14, 130, 628, 14, '#3a261f') + rect(wx - 14, 606, 628, 20, '#3a261f') + rect(wx + 292, 140, 14, 470, '#3a261f');
  // Chalkboard menu: lines of chalk, no words.
  s += rrect(380, 150, 560, 300, 12, '#2c2f2c') + rrect(380, 150, 560, 300, 12, 'none', { stroke: P.woodDark, 'stroke-width': 14 });
  const random = seeded(8);
  for (let row = 0; row < 6; row++) {
    const y = 210 + row * 38;
    const w = 180 + random() * 170;
    s += line(d`M420 ${y} L${420 + w} ${y}`, '#e9e4da', 6, { opacity: 0.75 }) + line(d`M860 ${y} L900 ${y}`, '#f2c27b', 6, { opacity: 0.85 });
  }
  s += circle(780, 214, 22, 'none', { stroke: '#f2c27b', 'stroke-width': 5, opacity: 0.85 }) + line('M776 206 q4 8 0 16 M786 206 q4 8 0 16', '#f2c27b', 3, { opacity: 0.85 });
  // Shelves of cups.
  s += rect(60, 190, 250, 10, P.woodDark) + rect(60, 440, 250, 10, P.woodDark);
  for (let i = 0; i < 4; i++) {
    s += mug(88 + i * 58, 190, i % 2 ? P.paper : P.teal) + mug(88 + i * 58, 440, i % 2 ? '#e3b45a' : P.paper);
  }
  // Pendant bulbs.
  for (const [x, y] of [
    [336, 330],
    [1080, 300],
  ] as const) {
    s += line(d`M${x} 100 L${x} ${y - 36}`, '#2a1c17', 3) + ellipse(x, y + 10, 130, 110, 'url(#glow)') + path(d`M${x - 36} ${y} Q${x} ${y - 50} ${x + 36} ${y}Z`, '#2f4a48') + circle(x, y + 6, 15, '#ffe2a8');
  }
  // The counter and the coffee machine.
  s += rect(0, 560, 1240, 80, '#8a5a3c') + rect(0, 540, 1240, 24, '#c9a27a') + rect(0, 640, 1920, 440, 'url(#floor)');
  s += rrect(700, 420, 240, 122, 12, '#b9c2cc') + rect(700, 420, 240, 30, '#8e99a6', { rx: 12 }) + rect(740, 470, 40, 40, '#2b3542', { rx: 6 }) + rect(860, 470, 40, 40, '#2b3542', { rx: 6 });
  s += circle(820, 486, 14, P.teal) + mug(760, 540, P.paper) + mug(880, 540, P.paper);
  s += plant(130, 540, 0.9, 3) + rrect(1000, 480, 160, 62, 8, '#d8c2a0') + rect(1010, 470, 140, 14, '#ecdcc0', { rx: 6 });
  // A small round table in front, by the window.
  s += ellipse(1520, 700, 170, 30, '#c9a27a') + rect(1510, 710, 20, 160, '#3a261f') + mug(1470, 700, P.paper) + mug(1570, 700, P.teal);
  return svgDocument(SCENE_WIDTH, SCENE_HEIGHT, 'A café: a counter with a coffee machine, a chalkboard menu, a window onto the street', defs, s);
}

// ---- Car: the driver's seat, early morning, parked outside the office ---------------------------

function car(): string {
  const defs =
    vgradient('sky', [[0, '#8fb0cf'], [0.6, '#e9c7a6'], [1, '#f4d6a8']]) +
    vgradient('cabin', [[0, '#2a2f3b'], [1, '#1c2029']]) +
    vgradient('dash', [[0, '#2f3542'], [1, '#1d212a']]) +
    radial('phoneGlow', [[0, '#9fd6c8', 0.45], [1, '#9fd6c8', 0]]);
  let s = rect(0, 0, 1920, 1080, 'url(#cabin)');
  // Through the windscreen: morning sky, the office building across the car park, trees, a lamp post.
  s += el('clipPath', { id: 'ws' }, path('M250 640 L420 170 Q960 120 1500 170 L1670 640Z', '#000'));
  let view = rect(200, 100, 1520, 560, 'url(#sky)');
  view += circle(1320, 360, 60, '#fbe3b0');
  view += rect(560, 330, 780, 250, '#c9b8a6') + rect(560, 320, 780, 20, '#a8978a');
  for (let i = 0; i < 9; i++) view += rect(590 + i * 84, 360, 60, 70, i % 3 === 1 ? '#f3d49a' : '#7d8fa8') + rect(590 + i * 84, 460, 60, 70, i % 4 === 2 ? '#f3d49a' : '#7d8fa8');
  view += rect(880, 500, 120, 80, '#5b6a80') + rect(900, 300, 80, 24, P.teal);
  view += circle(470, 430, 90, '#6f8f6a') + circle(400, 480, 70, '#5f7f5c') + circle(1460, 440, 86, '#6f8f6a') + circle(1540, 490, 64, '#5f7f5c');
  view += rect(200, 570, 1520, 100, '#8d8f99') + line('M300 610 L1620 610', '#f4efe6', 6, { 'stroke-dasharray': '60 50', opacity: 0.8 });
  view += rrect(420, 540, 170, 70, 20, '#b5532f') + rrect(1240, 546, 180, 64, 20, '#4f5d86') + rect(1180, 300, 10, 280, '#4a5160') + rect(1150, 296, 60, 12, '#4a5160', { rx: 6 });
  s += group(view, { 'clip-path': 'url(#ws)' });
  // Pillars, roof and mirror.
  s += path('M0 0 L1920 0 L1920 200 Q960 110 0 200Z', '#242934');
  s += path('M250 640 L420 170 L330 160 L120 660Z', '#242934') + path('M1670 640 L1500 170 L1590 160 L1800 660Z', '#242934');
  s += rect(940, 120, 40, 60, '#1c2029') + rrect(840, 170, 240, 70, 18, '#1c2029') + rrect(852, 180, 216, 50, 12, '#6a7a90');
  // The dashboard, the wheel, the phone in its holder.
  s += path('M0 620 Q960 560 1920 620 L1920 1080 L0 1080Z', 'url(#dash)');
  s += path('M0 640 Q960 584 1920 640', 'none', { stroke: '#3a4150', 'stroke-width': 6 });
  s += rrect(820, 680, 280, 50, 12, '#161a22') + rect(850, 694, 60, 22, '#3a4150', { rx: 6 }) + rect(1010, 694, 60, 22, '#3a4150', { rx: 6 });
  s += el('ellipse', { cx: 470, cy: 880, rx: 300, ry: 230, fill: 'none', stroke: '#161a22', 'stroke-width': 46 });
  s += path('M190 900 Q470 820 750 900 L700 960 Q470 900 240 960Z', '#161a22') + ellipse(470, 910, 90, 64, '#20252f') + circle(470, 906, 22, '#3a4150');
  s += ellipse(1500, 600, 140, 140, 'url(#phoneGlow)');
  s += rrect(1450, 520, 100, 180, 16, '#161a22') + rrect(1460, 532, 80, 150, 10, '#2f7f86') + rect(1474, 560, 52, 8, '#cfe6e4', { rx: 4 }) + rect(1474, 576, 36, 8, '#cfe6e4', { rx: 4, opacity: 0.6 }) + rect(1490, 700, 20, 40, '#161a22');
  s += poly(
    [
      [1650, 720],
      [1760, 700],
      [1780, 740],
      [1660, 760],
    ],
    '#3a4150',
  );
  return svgDocument(SCENE_WIDTH, SCENE_HEIGHT, 'In the car: the driver\'s seat in the morning, parked outside the office, the phone in its holder on the dashboard', defs, s);
}

export function drawScene(scene: SceneId): string {
  switch (scene) {
    case 'office':
      return office();
    case 'meeting-room':
      return meetingRoom();
    case 'video-call':
      return videoCall();
    case 'cafe':
      return cafe();
    case 'car':
      return car();
  }
}
