/**
 * A small settings dialog: master, music and effects volume, mute, the text size and the order of the
 * options. Every change takes effect and is remembered at once.
 */
import type { AudioSettingsStore } from '../../core/audio/settings.ts';
import type { OptionOrderStore } from '../../core/option-order-setting.ts';
import { TEXT_SIZES, type TextSizeStore } from '../../core/text-size.ts';
import type { AudioChannel } from '../../core/ports.ts';
import { h } from './dom.ts';

const CHANNELS: readonly { channel: AudioChannel; label: string }[] = [
  { channel: 'master', label: 'All sound' },
  { channel: 'music', label: 'Music' },
  { channel: 'effects', label: 'Effects and background' },
];

export interface SettingsStores {
  readonly sound: AudioSettingsStore;
  readonly textSize: TextSizeStore;
  readonly optionOrder: OptionOrderStore;
}

function textSizeChoice(textSize: TextSizeStore): HTMLElement {
  const options = TEXT_SIZES.map((size) => {
    const id = `text-size-${size.id}`;
    const radio = h('input', { id, type: 'radio', name: 'text-size', value: size.id, onChange: () => textSize.set(size.id) });
    radio.checked = textSize.size === size.id;
    return h('span', { className: 'choice' }, radio, h('label', { for: id }, size.label));
  });
  return h('fieldset', { className: 'setting text-size' }, h('legend', {}, 'Text size'), options);
}

/** Keep the authored order: a checkbox, off by default (options come shuffled). */
function optionOrderChoice(optionOrder: OptionOrderStore): HTMLElement {
  const box = h('input', {
    id: 'option-order-authored',
    type: 'checkbox',
    'aria-describedby': 'option-order-note',
    onChange: (event: Event) => optionOrder.set((event.target as HTMLInputElement).checked ? 'authored' : 'shuffled'),
  });
  box.checked = optionOrder.order === 'authored';
  return h('div', { className: 'setting option-order' },
    h('div', { className: 'mute' }, box, h('label', { for: 'option-order-authored' }, 'Show the options in the order they were written')),
    h('p', { className: 'note', id: 'option-order-note' },
      'Otherwise each decision’s options come in a shuffled order, so a room cannot learn which letter is which kind of answer. From the next scenario you start.'),
  );
}

/** Open the dialog over whatever is on screen; focus returns to `returnFocus` when it closes. */
export function openSoundSettings(stores: SettingsStores, host: HTMLElement, returnFocus?: HTMLElement): void {
  const store = stores.sound;
  host.querySelector('.sound-settings')?.remove();
  const close = () => {
    dialog.remove();
    returnFocus?.focus();
  };
  const sliders = CHANNELS.map(({ channel, label }) => {
    const id = `volume-${channel}`;
    const input = h('input', {
      id,
      type: 'range',
      min: '0',
      max: '100',
      step: '5',
      value: String(Math.round(store.settings[channel] * 100)),
      onInput: (event: Event) => store.setVolume(channel, Number((event.target as HTMLInputElement).value) / 100),
    });
    return h('div', { className: 'setting' }, h('label', { for: id }, label), input);
  });
  const mute = h('input', {
    id: 'sound-muted',
    type: 'checkbox',
    onChange: (event: Event) => store.setMuted((event.target as HTMLInputElement).checked),
  });
  mute.checked = store.settings.muted;
  const dialog = h('section', { className: 'sound-settings', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'sound-settings-title' },
    h('h2', { id: 'sound-settings-title' }, 'Settings'),
    textSizeChoice(stores.textSize),
    sliders,
    h('div', { className: 'setting mute' }, mute, h('label', { for: 'sound-muted' }, 'Mute all sound')),
    h('p', { className: 'note' }, 'Sounds always come with a caption on screen, so muting loses nothing of the story.'),
    optionOrderChoice(stores.optionOrder),
    h('div', { className: 'actions' }, h('button', { type: 'button', onClick: close }, 'Done')),
  );
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') keepTabWithin(dialog, event);
  });
  host.append(dialog);
  dialog.querySelector<HTMLInputElement>('input')?.focus();
}

/**
 * A modal dialog keeps Tab inside it: from its last control Tab goes round to its first, and Shift+Tab
 * from its first to its last, rather than on to the screen behind, which the player cannot see.
 */
function keepTabWithin(dialog: HTMLElement, event: KeyboardEvent): void {
  const isRadio = (e: Element | null): e is HTMLInputElement => e instanceof HTMLInputElement && e.type === 'radio';
  // A radio group is one stop: its checked radio (or its first, when none is checked).
  const stops = [...dialog.querySelectorAll<HTMLElement>('button, input')].filter(
    (c) => !isRadio(c) || c.checked || (!dialog.querySelector(`input[name="${c.name}"]:checked`) && dialog.querySelector(`input[name="${c.name}"]`) === c),
  );
  const at = document.activeElement;
  const current = isRadio(at) ? stops.find((stop) => isRadio(stop) && stop.name === at.name) : at;
  const [first, last] = [stops[0], stops[stops.length - 1]];
  if (current !== (event.shiftKey ? first : last)) return;
  event.preventDefault();
  (event.shiftKey ? last : first)?.focus();
}

/** The button that opens the dialog. */
export function soundSettingsButton(stores: SettingsStores, host: () => HTMLElement): HTMLButtonElement {
  const button: HTMLButtonElement = h('button', {
    type: 'button',
    className: 'secondary sound-button',
    onClick: () => openSoundSettings(stores, host(), button),
  }, 'Settings');
  return button;
}
