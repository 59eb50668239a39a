import { h, show } from '../dom.ts';
import { t } from '../text.ts';
import type { ConversationStatus } from '../types.ts';

/**
 * "End chat" above the composer, while the assistant has the conversation or a person is on
 * the way (an agent with the customer closes it themselves). It asks first, inline: "End this
 * chat?" with "Yes, end it" (focused) and "Keep chatting"; Escape goes back too. A refusal is
 * shown in an alert that stays in place, empty, between refusals.
 *
 * @example
 *   const end = new EndView(() => chat.end());
 *   end.update('with_assistant');
 */
export class EndView {
  readonly element = h('div', { class: 'end' });
  readonly #bar = h('div', { class: 'row bye', hidden: true });
  readonly #end = h('button', { type: 'button', class: 'quiet', 'data-testid': 'end' }, t.endChat);
  readonly #confirm = h('div', { class: 'row', role: 'group', 'aria-labelledby': 'baton-end-q', hidden: true });
  readonly #yes = h('button', { type: 'button', 'data-testid': 'end-confirm' }, t.endYes);
  readonly #problem = h('p', { class: 'status error', role: 'alert', 'data-testid': 'end-problem' });
  #busy = false;

  constructor(end: () => Promise<void>) {
    const no = h('button', { type: 'button', class: 'quiet', 'data-testid': 'end-cancel' }, t.endNo);
    this.#confirm.append(h('p', { id: 'baton-end-q' }, t.endAsk), this.#yes, no);
    this.#bar.append(this.#end, this.#confirm);
    this.element.append(this.#problem, this.#bar);
    this.#end.addEventListener('click', () => {
      this.#say('');
      this.#confirming(true);
    });
    no.addEventListener('click', () => this.#confirming(false));
    this.#confirm.addEventListener('keydown', (event) => {
      // Back to "End chat" rather than closing the panel.
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      this.#confirming(false);
    });
    this.#yes.addEventListener('click', () => {
      if (this.#busy) return;
      this.#busy = true;
      end()
        .catch((error: unknown) => this.#say(error instanceof Error ? error.message : String(error)))
        .finally(() => (this.#busy = false));
    });
  }

  /** Offer "End chat" for this status, or not; a new or resolved conversation forgets any refusal. */
  update(status: ConversationStatus | null): void {
    const open = status === 'with_assistant' || status === 'waiting_for_agent';
    if (!open && !this.#bar.hidden) this.#confirming(false, false);
    show(this.#bar, open);
    if (!status || status === 'resolved') this.#say('');
  }

  #confirming(asking: boolean, focus = true): void {
    show(this.#end, !asking);
    show(this.#confirm, asking);
    if (focus) (asking ? this.#yes : this.#end).focus();
  }

  #say(text: string): void {
    if (this.#problem.textContent !== text) this.#problem.textContent = text;
  }
}
