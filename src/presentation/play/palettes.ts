/** The colours of the backdrop drawn for each `#scene` (backdrop.ts), with no engine needed to read them. */

export interface Palette {
  readonly top: number;
  readonly bottom: number;
  readonly floor: number;
  readonly detail: number;
}

/** By `#scene` name: a Map, since a story may name a place `constructor`, which every plain object has. */
const PALETTES: ReadonlyMap<string, Palette> = new Map(Object.entries({
  office: { top: 0x2b3a55, bottom: 0x3e5173, floor: 0x232d42, detail: 0x8fb3d9 },
  'meeting-room': { top: 0x24433f, bottom: 0x33605a, floor: 0x1b302d, detail: 0x9fd6c8 },
  'video-call': { top: 0x1d2233, bottom: 0x2a3149, floor: 0x161a27, detail: 0x6f7fb0 },
  cafe: { top: 0x4a3326, bottom: 0x6b4a35, floor: 0x33231a, detail: 0xf2c27b },
  car: { top: 0x2c2f36, bottom: 0x454a55, floor: 0x1e2025, detail: 0xb7c0cf },
}));

const DEFAULT_PALETTE: Palette = { top: 0x1f2740, bottom: 0x2d3859, floor: 0x181e31, detail: 0x8894b8 };

/** The palette of `scene`, or the plain one for a place without its own. */
export function paletteFor(scene: string | undefined): Palette {
  return (scene !== undefined && PALETTES.get(scene)) || DEFAULT_PALETTE;
}
