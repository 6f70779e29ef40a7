/** A tiny element builder: the HTML layer is small enough not to need a framework. */
/** A child, or a list of them (a list goes in as its items: passed whole, never spread, see eslint.config.js). */
export type Child = Node | string | null | undefined | false | readonly Child[];
type Attributes = Record<string, string | number | boolean | ((event: Event) => void) | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    else if (name === 'className') element.className = String(value);
    // Through the CSSOM, which the Content-Security-Policy allows: a style *attribute* is refused
    // (style-src has no 'unsafe-inline'), and the bars' widths would silently be lost.
    else if (name === 'style') element.style.cssText = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  appendChildren(element, children);
  return element;
}

/** Add `children` to the end of `element`, lists item by item, skipping the empty ones. */
export function appendChildren(element: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    // Lists nest only as deep as the code that builds them, never as deep as a file.
    if (isList(child)) appendChildren(element, child);
    // Text always goes in as text, never as markup: story lines may contain < and &.
    else element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Show `children` in `element` instead of what it had. */
export function replaceChildrenWith(element: Element, children: readonly Child[]): void {
  element.replaceChildren();
  appendChildren(element, children);
}

function isList(child: Child): child is readonly Child[] {
  return Array.isArray(child);
}
