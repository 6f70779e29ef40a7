/** A tiny element builder: the HTML layer is small enough not to need a framework. */
type Child = Node | string | null | undefined | false;
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
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    // Text always goes in as text, never as markup: story lines may contain < and &.
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}
