/** The rectangles a partial redraw clips to (src/presentation/areas.ts). */
import { describe, expect, it } from 'vitest';
import { mergeAreas, sizeOf, unionOf, type Area } from '../../src/presentation/areas.ts';

const box = (x0: number, y0: number, x1: number, y1: number): Area => ({ x0, y0, x1, y1 });

describe('mergeAreas', () => {
  it('grows each area by the margin, out to whole pixels, and keeps it on the screen', () => {
    expect(mergeAreas([box(10.4, 20.6, 30.2, 40.5)], 1280, 720, 3, 3)).toEqual([box(7, 17, 34, 44)]);
    expect(mergeAreas([box(-5, -5, 2, 2)], 1280, 720, 3, 3)).toEqual([box(0, 0, 5, 5)]);
    expect(mergeAreas([box(1275, 715, 1300, 800)], 1280, 720, 3, 3)).toEqual([box(1272, 712, 1280, 720)]);
  });

  it('drops areas wholly off the screen or empty', () => {
    expect(mergeAreas([box(2000, 10, 2100, 20), box(50, 50, 50, 50)], 1280, 720, 0, 3)).toEqual([]);
  });

  it('merges areas that overlap or touch, including through a third', () => {
    const merged = mergeAreas([box(0, 0, 10, 10), box(100, 0, 110, 10), box(8, 0, 102, 4)], 1280, 720, 0, 3);
    expect(merged).toEqual([box(0, 0, 110, 10)]);
  });

  it('keeps a meter at the top right and a face at the bottom left apart', () => {
    const meter = box(1090, 30, 1240, 46);
    const face = box(40, 470, 260, 720);
    expect(mergeAreas([meter, face], 1280, 720, 0, 3)).toEqual([meter, face]);
  });

  it('past the most allowed, joins the pair whose union wastes least, not everything', () => {
    const a = box(0, 0, 10, 10);
    const b = box(20, 0, 30, 10); // next to a: joining them wastes 100 px²
    const c = box(1200, 700, 1210, 710); // far from both
    const merged = mergeAreas([a, b, c], 1280, 720, 0, 2);
    expect(merged).toHaveLength(2);
    expect(merged).toContainEqual(box(0, 0, 30, 10));
    expect(merged).toContainEqual(c);
    expect(merged.reduce((sum, area) => sum + sizeOf(area), 0)).toBeLessThan(1000);
  });

  it('unions and sizes', () => {
    expect(unionOf(box(0, 0, 1, 1), box(5, 5, 6, 7))).toEqual(box(0, 0, 6, 7));
    expect(sizeOf(box(0, 0, 4, 5))).toBe(20);
    expect(sizeOf(box(5, 5, 4, 4))).toBe(0);
  });
});
