/**
 * Tab through a screen as a keyboard user does and report what focus did: which controls it reached,
 * whether any was left out, whether it fell to the page's <body> between controls or left an open
 * dialog, and whether each control looked different when focused (an outline, a ring or a border,
 * on the control or on the label or card that stands for it).
 */
import type { Page } from 'playwright-core';

export interface FocusSweep {
  /** Each control reached, in order, by a short description. */
  readonly reached: readonly string[];
  /** Controls on the screen that Tab never reached (a radio group counts as reached through any of its radios). */
  readonly missed: readonly string[];
  /** How often focus fell to <body>, apart from the one step from the last control back round to the first. */
  readonly lostToBody: number;
  /** Controls reached outside the open modal dialog. */
  readonly escapedDialog: readonly string[];
  /** Controls that looked the same focused and not. */
  readonly noIndicator: readonly string[];
}

const MARK = 'data-sweep';

/** Number every control that Tab should reach (inside the open modal dialog, if there is one), in page order; how many, and the first. */
function markControls(mark: string): { count: number; first: string | undefined } {
  const scope = document.querySelector('[aria-modal="true"]') ?? document;
  const selector = 'button, input, select, textarea, a[href], [tabindex]';
  const seenRadioGroups = new Set<string>();
  let count = 0;
  for (const element of scope.querySelectorAll<HTMLElement>(selector)) {
    if (element.tabIndex < 0 || (element as HTMLButtonElement).disabled || element.closest('[aria-hidden="true"], [inert], [hidden]')) continue;
    // A visually hidden input shows itself through its label (the file picker).
    const shown = (element.classList.contains('visually-hidden') && element.id ? document.querySelector(`label[for="${element.id}"]`) : element) ?? element;
    const box = shown.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || getComputedStyle(shown).visibility !== 'visible') continue;
    if (element instanceof HTMLInputElement && element.type === 'radio') {
      if (seenRadioGroups.has(element.name)) {
        element.setAttribute(mark, `radio:${element.name}`);
        continue;
      }
      seenRadioGroups.add(element.name);
      element.setAttribute(mark, `radio:${element.name}`);
    } else element.setAttribute(mark, String(count));
    count++;
  }
  return { count, first: scope.querySelector(`[${mark}]`)?.getAttribute(mark) ?? undefined };
}

/** What the focused element (or the body) is, and how it and the things that stand for it look. */
function focusState(mark: string): { key: string; name: string; inDialog: boolean; look: string } | null {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || element === document.body) return null;
  const name = `${element.tagName.toLowerCase()}${element.getAttribute('type') ? `[${element.getAttribute('type')}]` : ''} "${(element.getAttribute('aria-label') ?? element.textContent ?? element.id).trim().slice(0, 40)}"`;
  const dialog = document.querySelector('[aria-modal="true"]');
  const look = (window as unknown as { molLookOf: (e: Element) => string }).molLookOf(element);
  return { key: element.getAttribute(mark) ?? `unmarked:${name}`, name, inDialog: !dialog || dialog.contains(element), look };
}

/** How unfocused controls look, by their marks (a radio group by its checked radio). Focus is put back after. */
function looksOf({ mark, keys }: { mark: string; keys: readonly string[] }): string[] {
  const focused = document.activeElement as HTMLElement | null;
  focused?.blur();
  const lookOf = (window as unknown as { molLookOf: (e: Element) => string }).molLookOf;
  const looks = keys.map((key) => {
    const marked = `[${mark}="${CSS.escape(key)}"]`;
    const element = document.querySelector(`${marked}:checked`) ?? document.querySelector(marked);
    return element ? lookOf(element) : '';
  });
  focused?.focus();
  return looks;
}

/** The focus-related look of an element, of its label, and of the card around it. Runs in the page. */
function lookOf(element: Element): string {
  const hosts = [element, element.id ? document.querySelector(`label[for="${element.id}"]`) : null, element.closest('label'), element.closest('.mode-option')];
  return hosts
    .filter((host): host is Element => host !== null)
    .map((host) => {
      const s = getComputedStyle(host);
      const outline = s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 2 ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : 'none';
      return `outline ${outline}; shadow ${s.boxShadow}; border ${s.borderColor} ${s.borderWidth}`;
    })
    .join(' | ');
}

/** Press Tab until focus comes back round to where the sweep began; compare each control focused and not. */
export async function sweepFocus(page: Page): Promise<FocusSweep> {
  await page.evaluate(`window.molLookOf = ${lookOf.toString()}`);
  await page.evaluate((mark) => document.querySelectorAll(`[${mark}]`).forEach((e) => e.removeAttribute(mark)), MARK);
  const { count: expected, first: firstInPage } = await page.evaluate(markControls, MARK);
  const reached: { key: string; name: string; look: string }[] = [];
  const escapedDialog: string[] = [];
  let lostToBody = 0;
  let onBody = false;
  for (let presses = 0; presses < expected * 2 + 4; presses++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(focusState, MARK);
    if (!state) {
      if (onBody) lostToBody++;
      onBody = true;
      continue;
    }
    const first = reached[0];
    // The body just before the page's first control is the page's edge (Tab wraps round), not a loss.
    if (onBody && state.key !== firstInPage) lostToBody++;
    onBody = false;
    if (!state.inDialog) escapedDialog.push(state.name);
    if (state.key === first?.key) break;
    if (!reached.some((r) => r.key === state.key)) reached.push(state);
  }
  // Controls reached that were not counted (outside an open dialog, or not visible) are reported as escapes or below; their looks are not compared.
  const unfocused = await page.evaluate(looksOf, { mark: MARK, keys: reached.map((r) => (r.key.startsWith('unmarked:') ? '' : r.key)) });
  const missed = await page.evaluate(
    ({ mark, keys }) =>
      [...document.querySelectorAll<HTMLElement>(`[${mark}]`)]
        .filter((e) => !keys.includes(e.getAttribute(mark) ?? ''))
        .map((e) => `${e.tagName.toLowerCase()} "${(e.getAttribute('aria-label') ?? e.textContent ?? e.id).trim().slice(0, 40)}"`),
    { mark: MARK, keys: reached.map((r) => r.key) },
  );
  const indicated = (look: string, before: string | undefined) => look !== before && /outline (solid|dashed|double|dotted)|shadow (?!none)/.test(look);
  return {
    reached: reached.map((r) => r.name),
    missed: [...new Set(missed)],
    lostToBody,
    escapedDialog,
    noIndicator: reached.filter((r, i) => !indicated(r.look, unfocused[i])).map((r) => r.name),
  };
}
