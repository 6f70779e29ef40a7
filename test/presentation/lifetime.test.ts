import { describe, expect, it } from 'vitest';
import { Lifetime, lifetimeOf, type RunningScene } from '../../src/presentation/lifetime.ts';

/** A scene's events, as far as a lifetime uses them. */
function fakeScene() {
  const listeners = new Map<string, Set<() => void>>();
  const scene: RunningScene & { emit(event: 'shutdown' | 'destroy'): void } = {
    events: {
      once(event, listener) {
        const set = listeners.get(event) ?? new Set();
        listeners.set(event, set);
        set.add(listener);
      },
      off(event, listener) {
        listeners.get(event)?.delete(listener);
      },
    },
    emit(event) {
      const set = [...(listeners.get(event) ?? [])];
      listeners.get(event)?.clear();
      for (const listener of set) listener();
    },
  };
  return { scene, count: () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0) };
}

describe('Lifetime', () => {
  it('runs its clean-ups once, newest first, and one owned after the end at once', () => {
    const life = new Lifetime();
    const order: string[] = [];
    life.own(() => order.push('first'));
    life.own(() => order.push('second'));
    life.end();
    life.end();
    expect(order).toEqual(['second', 'first']);
    life.own(() => order.push('late'));
    expect(order).toEqual(['second', 'first', 'late']);
  });

  it('makes bound callbacks, promise answers and timers do nothing after the end', async () => {
    const life = new Lifetime();
    const calls: string[] = [];
    const bound = life.bind((what: string) => calls.push(what));
    bound('before');
    let resolve: (value: string) => void = () => undefined;
    life.then(new Promise<string>((r) => (resolve = r)), (value) => calls.push(value));
    let reject: (error: Error) => void = () => undefined;
    life.then(new Promise<string>((_, r) => (reject = r)), () => undefined); // no handler: would throw, but the run is over
    life.setTimeout(() => calls.push('timer'), 0);
    life.end();
    bound('after');
    resolve('promise');
    reject(new Error('late failure'));
    await new Promise((r) => setTimeout(r, 5));
    expect(calls).toEqual(['before']);
  });

  it('passes a failure on to its handler while alive', async () => {
    const life = new Lifetime();
    const seen: unknown[] = [];
    life.then(Promise.reject(new Error('no network')), () => undefined, (error) => seen.push(String(error)));
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(['Error: no network']);
  });
});

describe('lifetimeOf', () => {
  it('is one lifetime per run of a scene: the same until the shutdown, a new one after, and no listeners left behind', () => {
    const { scene, count } = fakeScene();
    const first = lifetimeOf(scene);
    expect(lifetimeOf(scene)).toBe(first);
    scene.emit('shutdown');
    expect(first.alive).toBe(false);
    const second = lifetimeOf(scene);
    expect(second).not.toBe(first);
    expect(second.alive).toBe(true);
    expect(count()).toBe(2); // the second run's shutdown and destroy
    scene.emit('destroy');
    expect(second.alive).toBe(false);
    expect(count()).toBe(0);
  });
});
