/**
 * The bench's floor (bench/run.ts): the same screens and the same story as the game, as plain HTML
 * with inkjs and nothing else: no engine, no canvas, no session, log or saves. What it costs is
 * the least any version of the game could cost on this machine; the game's figures are read as
 * ratios to it. It answers the same keys and roles as the game, so one driver plays both, and it
 * sets the same performance marks (see src/presentation/perf-marks.ts).
 */
import catalog from 'virtual:story-catalog';

type Mark = 'title-interactive' | 'first-choice-shown' | 'choice-made' | 'text-shown';
function mark(name: Mark): void {
  performance.clearMarks(name);
  performance.mark(name);
}

const ui = document.getElementById('ui') as HTMLElement;
let onKey: ((event: KeyboardEvent) => void) | undefined;
window.addEventListener('keydown', (event) => {
  if (!event.repeat) onKey?.(event);
});

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children.filter((child): child is Node | string => child !== null));
  return element;
}
const button = (text: string, onclick: () => void, className = '') => el('button', { type: 'button', className, onclick }, text);

// The runtime, fetched beside the title as the game fetches its own.
const inkjs = import('inkjs');

function title(): void {
  const start = () => select();
  const prompt = button('Press any key or click to start', start, 'prompt-button');
  ui.replaceChildren(el('section', { className: 'title-screen', onclick: start }, el('h1', {}, 'Manage or Lead?'), prompt));
  prompt.focus();
  onKey = start;
}

function select(): void {
  const cards = catalog.map((entry, i) => el('li', {}, button(`${entry.info.title} · key ${i + 1}`, () => play(i), 'scenario-card')));
  ui.replaceChildren(el('section', { className: 'select-screen on-night' }, el('h1', {}, 'Choose a scenario'), el('ul', { className: 'scenario-list' }, ...cards)));
  onKey = (event) => {
    const digit = Number(event.key);
    if (Number.isInteger(digit) && digit >= 1 && digit <= catalog.length) play(digit - 1);
  };
}

interface Line {
  readonly text: string;
  readonly tags: readonly string[];
}

async function play(index: number): Promise<void> {
  onKey = undefined;
  const entry = catalog[index];
  if (!entry) return;
  const [json, { Story }] = await Promise.all([entry.load(), inkjs]);
  const story = new Story(json);
  story.onError = () => undefined;
  let pages: Line[][] = [];
  let page = 0;

  const beat = () => {
    const lines: Line[] = [];
    while (story.canContinue) lines.push({ text: (story.Continue() ?? '').trim(), tags: story.currentTags ?? [] });
    // The game's paging: a `#clear` tag starts a page, and a page holds at most five lines.
    pages = [];
    for (const line of lines) {
      const current = pages[pages.length - 1];
      if (!current || line.tags.includes('clear') || current.length >= 5) pages.push([line]);
      else current.push(line);
    }
    pages = pages.map((p) => p.filter((line) => line.text !== '')).filter((p) => p.length > 0);
    if (pages.length === 0) pages = [[]];
    page = 0;
    show();
  };
  const choose = (i: number) => {
    if (!story.currentChoices[i] || page !== pages.length - 1) return;
    mark('choice-made');
    story.ChooseChoiceIndex(i);
    beat();
  };
  const next = () => {
    if (page < pages.length - 1) {
      page += 1;
      show();
    } else if (story.currentChoices.length === 0) end();
  };
  const show = () => {
    const last = page === pages.length - 1;
    const choices = last ? story.currentChoices : [];
    const lines = (pages[page] ?? []).map((line) => {
      const speaker = line.tags.find((tag) => tag.startsWith('speaker:'))?.slice(8).trim();
      return el('p', { className: speaker ? 'line' : 'line narration' }, speaker ? el('span', { className: 'speaker' }, speaker) : null, line.text);
    });
    const list = choices.length > 0
      ? el('ul', { className: 'choices' }, ...choices.map((choice: { text: string }, i: number) => el('li', {}, button(`${i + 1} ${choice.text}`, () => choose(i)))))
      : null;
    if (list) list.setAttribute('aria-label', 'What do you do?');
    const forward = !last ? button('Continue', next, 'next') : choices.length === 0 ? button('See how it went', next, 'next') : null;
    const panel = el('section', { className: 'dialogue', tabIndex: -1 }, el('div', { className: 'lines' }, ...lines), list, forward ? el('div', { className: 'continue-row' }, forward) : null);
    panel.setAttribute('aria-label', 'Story');
    ui.replaceChildren(panel);
    (forward ?? panel).focus();
    mark('text-shown');
    if (choices.length > 0 && !performance.getEntriesByName('first-choice-shown').length) mark('first-choice-shown');
  };
  const end = () => {
    ui.replaceChildren(el('section', { className: 'reveal-screen on-night' }, el('h1', {}, 'The end'), button('Play again', () => play(index)), button('Another scenario', select, 'secondary')));
    onKey = undefined;
  };
  onKey = (event) => {
    const digit = Number(event.key);
    if (Number.isInteger(digit) && digit >= 1) choose(digit - 1);
    else if (event.key === 'ArrowRight' || event.key === 'PageDown' || (event.key === 'Enter' && !(document.activeElement instanceof HTMLButtonElement))) next();
  };
  beat();
}

title();
mark('title-interactive');
