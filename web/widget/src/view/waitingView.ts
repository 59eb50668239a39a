import type { ContinuationRequest } from '../api.ts';
import { h, show } from '../dom.ts';
import { queueLine, t } from '../text.ts';
import type { ContactKind, ConversationStatus, WaitingState } from '../types.ts';
import { contactForm } from './contactForm.ts';

/**
 * What a customer waiting for a person sees under the conversation: on the warm path a live
 * "You are number 2 in the queue · about 3 min" line; off-hours or with no agent, the ways to
 * continue (email, callback) with their consent form and what was already requested.
 *
 * @example
 *   const waiting = new WaitingView(async (request) => { await api.continueBy(session, request); });
 *   waiting.update('waiting_for_agent', state);
 */
export class WaitingView {
  readonly element = h('div');
  readonly #box = h('div', { class: 'side', hidden: true });
  readonly #queue = h('p', { class: 'queue', 'aria-live': 'polite', 'data-testid': 'queue-status' });
  readonly #choices = h('div', { class: 'row', role: 'group', 'aria-label': t.continueHeading });
  readonly #heading = h('p', {}, t.continueHeading);
  readonly #status = h('p', { class: 'status', role: 'status', 'data-testid': 'contact-status', tabindex: '-1' });
  readonly #buttons: Record<ContactKind, HTMLButtonElement>;
  #form: HTMLFormElement | undefined;
  #problem = '';
  #requested = new Set<ContactKind>();
  /** Requests made from this page, shown before the server's next waiting state lists them. */
  readonly #madeHere = new Set<ContactKind>();
  #last: [ConversationStatus | null, WaitingState | null] = [null, null];

  constructor(private readonly request: (request: ContinuationRequest) => Promise<void>) {
    this.#buttons = { email: this.#choiceButton('email'), callback: this.#choiceButton('callback') };
    this.#choices.append(this.#buttons.email, this.#buttons.callback);
    // The live line stays in the page (empty when there is nothing to say) so screen readers
    // announce its changes; the box below comes and goes.
    this.element.append(this.#queue, this.#box);
    this.#box.append(this.#heading, this.#choices, this.#status);
  }

  /** Show the state for this conversation status and waiting state (null: nobody on the way). */
  update(status: ConversationStatus | null, waiting: WaitingState | null): void {
    this.#last = [status, waiting];
    const active = status === 'waiting_for_agent' && waiting !== null ? waiting : null;
    const line = queueLine(active);
    if (this.#queue.textContent !== line) this.#queue.textContent = line;
    const offering = active !== null && active.path !== 'warm';
    this.#requested = new Set(offering ? [...active.requested.map((r) => r.kind), ...this.#madeHere] : []);
    const open = (kind: ContactKind) => offering && active.choices.includes(kind) && !this.#requested.has(kind);
    const choosing = (open('email') || open('callback')) && !this.#form;
    show(this.#buttons.email, open('email'));
    show(this.#buttons.callback, open('callback'));
    show(this.#heading, choosing);
    show(this.#choices, choosing);
    if (!offering) this.#closeForm();
    this.#showStatus();
    show(this.#box, offering);
  }

  /** Forget this page's requests and any open form (a new conversation starts). */
  reset(): void {
    this.#madeHere.clear();
    this.#problem = '';
    this.#closeForm();
    this.update(null, null);
  }

  #choiceButton(kind: ContactKind): HTMLButtonElement {
    const button = h('button', { type: 'button', class: 'quiet', 'data-testid': `choice-${kind}` }, kind === 'email' ? t.emailChoice : t.callbackChoice);
    button.addEventListener('click', () => this.#openForm(kind));
    return button;
  }

  #openForm(kind: ContactKind): void {
    this.#closeForm();
    this.#problem = '';
    this.#form = contactForm(kind, {
      submit: (request) => void this.#submit(request),
      problem: (text) => this.#setProblem(text),
      cancel: () => {
        this.#closeForm();
        this.#problem = '';
        this.update(...this.#last);
        this.#buttons[kind].focus();
      },
    });
    this.#choices.after(this.#form);
    show(this.#choices, false);
    show(this.#heading, false);
    this.#showStatus();
    this.#form.querySelector('input')?.focus();
  }

  async #submit(request: ContinuationRequest): Promise<void> {
    const button = this.#form?.querySelector('button[type=submit]');
    if (button instanceof HTMLButtonElement) button.disabled = true;
    try {
      await this.request(request);
      this.#madeHere.add(request.kind);
      this.#closeForm();
      this.#problem = '';
      this.update(...this.#last);
      this.#status.focus();
    } catch (error) {
      if (button instanceof HTMLButtonElement) button.disabled = false;
      this.#setProblem(error instanceof Error ? error.message : String(error));
    }
  }

  #setProblem(text: string): void {
    this.#problem = text;
    this.#showStatus();
  }

  #closeForm(): void {
    this.#form?.remove();
    this.#form = undefined;
  }

  #showStatus(): void {
    const text = this.#problem || [...this.#requested].map((kind) => t.requested[kind]).join(' ');
    if (this.#status.textContent !== text) this.#status.textContent = text;
    // Never hidden, only empty: a live region must be in place before its text changes.
    this.#status.classList.toggle('error', this.#problem !== '');
  }
}
