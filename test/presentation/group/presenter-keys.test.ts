import { describe, expect, it } from 'vitest';
import { closesHelp, KEY_HELP, presenterAction, type KeyPlace, type PresenterAction } from '../../../src/presentation/group/presenter-keys.ts';

const action = (key: string, place: KeyPlace = 'elsewhere', modified = false) => presenterAction({ key, place, modified });

describe('the presenter keys', () => {
  it('moves on and back with a clicker’s keys and the arrows', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ', 'Enter']) expect(action(key)).toBe('next');
    for (const key of ['ArrowLeft', 'PageUp']) expect(action(key)).toBe('back');
  });

  it('blanks, shows the meters, goes full screen, runs the timer and shows the help', () => {
    expect([action('b'), action('B'), action('.')]).toEqual(['blank', 'blank', 'blank']);
    expect([action('h'), action('f'), action('t'), action('?')]).toEqual(['meters', 'fullscreen', 'timer', 'help']);
    expect(action('x')).toBeUndefined();
    expect(action('7')).toBeUndefined();
  });

  it('leaves Enter and Space to a focused button, and every key to a text field', () => {
    expect(action('Enter', 'button')).toBeUndefined();
    expect(action(' ', 'button')).toBeUndefined();
    expect(action('ArrowRight', 'button')).toBe('next');
    for (const key of ['b', 'ArrowRight', '?', 'Enter']) expect(action(key, 'text-field')).toBeUndefined();
  });

  it('in a vote box: digits, + and − stay there; letters and the clicker still act; Enter goes on', () => {
    for (const key of ['3', '+', '-', 'ArrowUp', 'ArrowDown', 'Backspace', 'Tab', '.']) expect(action(key, 'vote-box')).toBeUndefined();
    expect(action('b', 'vote-box')).toBe('blank');
    expect(action('PageDown', 'vote-box')).toBe('next');
    expect(action('Enter', 'vote-box')).toBe('next');
  });

  it('leaves browser shortcuts alone', () => {
    expect(action('f', 'elsewhere', true)).toBeUndefined();
    expect(action('ArrowLeft', 'elsewhere', true)).toBeUndefined();
  });

  it('closes the help with Esc or ?', () => {
    expect(closesHelp('Escape')).toBe(true);
    expect(closesHelp('?')).toBe(true);
    expect(closesHelp('b')).toBe(false);
  });

  it('documents every action it knows, with keys that really do it', () => {
    const documented = KEY_HELP.map((row) => row.action);
    expect(new Set(documented)).toEqual(new Set<PresenterAction>(['next', 'back', 'blank', 'meters', 'fullscreen', 'timer', 'help']));
    const name = (key: string) => ({ '→': 'ArrowRight', '←': 'ArrowLeft', 'Page Down': 'PageDown', 'Page Up': 'PageUp', Space: ' ' })[key] ?? key;
    for (const row of KEY_HELP) for (const key of row.keys) expect(action(name(key)), key).toBe(row.action);
  });
});
