/** The optional name on the select screen: a player's name or a group's, written into the log. */
import { h } from './dom.ts';

export const ALIAS_LABEL = 'Your name or group (optional)';
export const ALIAS_MAX_LENGTH = 60;

export function aliasField(value: string, onChange: (value: string) => void): HTMLElement {
  const input = h('input', { type: 'text', id: 'alias-input', className: 'alias-input', value, maxlength: ALIAS_MAX_LENGTH, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'alias-help' });
  input.addEventListener('input', () => onChange(input.value));
  return h('div', { className: 'alias-field' },
    h('label', { for: 'alias-input' }, ALIAS_LABEL),
    input,
    h('p', { id: 'alias-help', className: 'alias-help' }, 'Saved with your choices, so a trainer can tell the logs apart. Leave it blank if you like.'),
  );
}
