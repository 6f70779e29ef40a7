import { describe, expect, it } from 'vitest';
import { HeldChoice } from '../../src/presentation/screens/held-choice.ts';

describe('HeldChoice', () => {
  it('holds a choice made while nobody takes it, and hands it to the next taker, once', () => {
    const held = new HeldChoice<string>();
    held.make('start');
    held.make('logs'); // the first choice counts
    const taken: string[] = [];
    held.take((value) => taken.push(`scene ${value}`));
    held.take((value) => taken.push(`again ${value}`));
    expect(taken).toEqual(['scene start']);
    expect(held.made).toBe(true);
  });

  it('hands a choice straight to a waiting taker; a released or stopped taker gets nothing', () => {
    const held = new HeldChoice<number>();
    const taken: number[] = [];
    const stop = held.take((value) => taken.push(value));
    expect(held.hasTaker).toBe(true);
    stop();
    expect(held.hasTaker).toBe(false);
    held.take((value) => taken.push(value * 10));
    held.release();
    held.make(1);
    expect(taken).toEqual([]);
    held.take((value) => taken.push(value));
    expect(taken).toEqual([1]);
  });

  it('forgets the choice on reset, for a screen shown afresh', () => {
    const held = new HeldChoice<string>();
    held.make('a');
    held.reset();
    expect(held.made).toBe(false);
    const taken: string[] = [];
    held.take((value) => taken.push(value));
    held.make('b');
    expect(taken).toEqual(['b']);
  });
});
