import { h, show } from '../dom.ts';
import { t } from '../text.ts';

/** What the CSAT block shows: nothing, the question, or the thanks. */
export type CsatStage = 'none' | 'ask' | 'thanks';

const scores = [1, 2, 3, 4, 5];

/**
 * "How did we do?" after resolution: five score buttons with radio-group semantics (arrow keys
 * move the choice), an optional comment and Submit; then thanks and "Start a new conversation".
 *
 * @example
 *   const csat = new CsatView({ rate: (score, comment) => api.rate(session, score, comment), restart });
 *   csat.show('ask');
 */
export class CsatView {
  readonly element = h('div', { class: 'side', 'data-testid': 'csat', hidden: true });
  readonly #form = h('form', { novalidate: true });
  readonly #group = h('div', { class: 'scores', role: 'radiogroup', 'aria-labelledby': 'baton-csat-question' });
  readonly #comment = h('textarea', { id: 'baton-csat-comment', rows: '2', maxlength: '2000', 'data-testid': 'csat-comment' });
  readonly #problem = h('p', { class: 'status error', role: 'alert' });
  readonly #thanks = h('p', { class: 'status', role: 'status', tabindex: '-1', 'data-testid': 'csat-thanks' }, t.csatThanks);
  readonly #restart = h('button', { type: 'button', class: 'quiet', 'data-testid': 'new-conversation' }, t.newConversation);
  readonly #buttons: HTMLButtonElement[];
  #score = 0;

  constructor(handlers: { rate(score: number, comment: string): Promise<void>; restart(): void }) {
    this.#buttons = scores.map((score) => this.#scoreButton(score));
    this.#group.append(...this.#buttons);
    const submit = h('button', { type: 'submit', 'data-testid': 'csat-submit' }, t.csatSubmit);
    this.#form.append(
      h('p', { id: 'baton-csat-question' }, t.csatQuestion),
      this.#group,
      h('label', { for: this.#comment.id }, t.csatComment),
      this.#comment,
      this.#problem,
      h('div', { class: 'row' }, submit),
    );
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!this.#score) return this.#showProblem(t.csatPick);
      submit.disabled = true;
      handlers.rate(this.#score, this.#comment.value.trim()).then(
        () => this.show('thanks', true),
        (error: unknown) => this.#showProblem(error instanceof Error ? error.message : String(error)),
      ).finally(() => (submit.disabled = false));
    });
    this.#restart.addEventListener('click', handlers.restart);
    this.element.append(this.#form, this.#thanks, h('div', { class: 'row' }, this.#restart));
    this.#pick(0);
  }

  /** Show the question or the thanks (focusing its first stop when `focus`), or nothing. */
  show(stage: CsatStage, focus = false): void {
    show(this.element, stage !== 'none');
    show(this.#form, stage === 'ask');
    show(this.#thanks, stage === 'thanks');
    // Rating is optional: moving on never depends on answering.
    show(this.#restart, stage !== 'none');
    if (stage !== 'ask') this.#showProblem('');
    if (stage === 'none') {
      this.#pick(0);
      this.#comment.value = '';
    }
    if (focus) (stage === 'ask' ? this.#buttons[(this.#score || 1) - 1] : this.#thanks)?.focus();
  }

  #scoreButton(score: number): HTMLButtonElement {
    const button = h('button', { type: 'button', role: 'radio', 'aria-label': t.scoreLabel(score), 'data-testid': `csat-score-${score}` }, String(score));
    button.addEventListener('click', () => this.#pick(score));
    button.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (!step) return;
      event.preventDefault();
      const next = ((score - 1 + step + scores.length) % scores.length) + 1;
      this.#pick(next);
      this.#buttons[next - 1]?.focus();
    });
    return button;
  }

  /** Roving tabindex: the chosen score (or the first, before a choice) is the one Tab reaches. */
  #pick(score: number): void {
    this.#score = score;
    this.#buttons.forEach((button, index) => {
      button.setAttribute('aria-checked', String(index + 1 === score));
      button.tabIndex = index + 1 === (score || 1) ? 0 : -1;
    });
    if (score) this.#showProblem('');
  }

  #showProblem(text: string): void {
    // Emptied rather than hidden: the alert region stays in place for the next message.
    if (this.#problem.textContent !== text) this.#problem.textContent = text;
  }
}
