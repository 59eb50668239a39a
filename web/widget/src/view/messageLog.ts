import { h } from '../dom.ts';
import type { ChatItem } from '../store.ts';
import { joinedName, t } from '../text.ts';

/**
 * The conversation as a `role="log"` list. `sync` updates it in place: existing message
 * elements are kept and moved, new ones appended, so assistive technology announces only what
 * is new. Every text goes in as a text node. An agent's message is labelled with the name in
 * the latest "… joined the conversation" notice before it.
 *
 * @example
 *   const log = new MessageLog('en'); panel.append(log.element); log.sync(store.items());
 */
export class MessageLog {
  readonly element = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': t.log, tabindex: '0', 'data-testid': 'log' });
  readonly #intro = h('p', { class: 'intro' }, t.intro);
  readonly #nodes = new Map<string, { node: HTMLElement; who: HTMLElement; body: HTMLElement; state: HTMLElement }>();

  constructor(private readonly bodyLang: string) {
    this.element.append(this.#intro);
  }

  /** Show exactly these items, in this order. */
  sync(items: readonly ChatItem[]): void {
    const keep = new Set<string>();
    let previous: Node = this.#intro;
    let agent: string | undefined;
    for (const item of items) {
      keep.add(item.key);
      agent = joinedName(item) ?? agent;
      const node = this.#render(item, agent);
      if (previous.nextSibling !== node) this.element.insertBefore(node, previous.nextSibling);
      previous = node;
    }
    for (const [key, { node }] of this.#nodes) {
      if (keep.has(key)) continue;
      node.remove();
      this.#nodes.delete(key);
    }
  }

  /** True when the reader is at (or near) the newest message, so new ones should stay in view. */
  nearEnd(): boolean {
    return this.element.scrollHeight - this.element.scrollTop - this.element.clientHeight < 40;
  }

  /** Scroll to the newest message. */
  scrollToEnd(): void {
    this.element.scrollTop = this.element.scrollHeight;
  }

  #render(item: ChatItem, agent: string | undefined): HTMLElement {
    let held = this.#nodes.get(item.key);
    if (!held) {
      const who = h('span', { class: 'who', 'aria-hidden': 'true' });
      const state = h('span', { class: 'state' });
      const body = h('p', { dir: 'auto', ...(this.bodyLang && { lang: this.bodyLang }) }, item.body);
      const node = h('div', { 'data-testid': 'message', 'data-author': item.authorKind }, h('span', { class: 'sr' }, t.author[item.authorKind] + ' '), who, body, state);
      held = { node, who, body, state };
      this.#nodes.set(item.key, held);
    }
    // Only what changed is touched, so the live region does not read a message twice. The
    // stored copy of a message may differ from what was typed (card numbers are masked).
    const { node, who, body, state } = held;
    const className = `msg msg-${item.authorKind}${item.delivery === 'stored' ? '' : item.delivery === 'failed' ? ' failed' : ' pending'}`;
    if (node.className !== className) node.className = className;
    if (item.seq !== null) node.dataset.seq = String(item.seq);
    setText(who, item.authorKind === 'agent' ? (agent ?? t.agent) : '');
    setText(body, item.body);
    setText(state, stateText(item));
    return node;
  }
}

function stateText(item: ChatItem): string {
  if (item.delivery === 'stored') return '';
  if (item.delivery === 'sending') return t.sending;
  return item.delivery === 'queued' ? t.queued : `${t.notSent}: ${item.problem ?? ''}`;
}

function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
  element.hidden = text === '';
}
