/** Attributes for `h`: strings are set as attributes, `true` as empty ones; false/undefined skipped. */
export type Attributes = Record<string, string | boolean | undefined>;

/**
 * Build an element. Children given as strings become text nodes, so whatever the server sends
 * is shown as text and never parsed as HTML (S4). There is no way to set `innerHTML` here.
 *
 * @example
 *   h('p', { class: 'body' }, message.body)
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

/** Show or hide an element with the `hidden` attribute. */
export function show(element: HTMLElement, visible: boolean): void {
  element.hidden = !visible;
}
