import type { ContinuationRequest } from '../api.ts';
import { h } from '../dom.ts';
import { isPhone, t } from '../text.ts';
import type { ContactKind } from '../types.ts';

let formCount = 0;

/**
 * The small inline form behind "Email me the answer" or "Call me back": an explicit consent
 * checkbox (unticked), then the email (optional) or phone (required) and preferred time.
 * `submit` gets a request only when consent is given and the fields are valid; otherwise
 * `problem` is told what to fix.
 *
 * @example
 *   const form = contactForm('callback', { submit: (r) => api.continueBy(session, r), problem: showError, cancel });
 */
export function contactForm(kind: ContactKind, handlers: { submit(request: ContinuationRequest): void; problem(text: string): void; cancel(): void }): HTMLFormElement {
  const id = `baton-contact-${++formCount}`;
  const consent = h('input', { type: 'checkbox', id: `${id}-consent`, 'data-testid': 'consent' });
  const field = (name: string, label: string, input: HTMLInputElement) => {
    input.id = `${id}-${name}`;
    return h('div', {}, h('label', { for: input.id }, label), input);
  };
  const email = h('input', { type: 'email', autocomplete: 'email', maxlength: '254', 'data-testid': 'contact-email' });
  const phone = h('input', { type: 'tel', autocomplete: 'tel', maxlength: '25', required: true, 'data-testid': 'contact-phone' });
  const time = h('input', { type: 'text', maxlength: '100', 'data-testid': 'contact-time' });
  const form = h(
    'form',
    { novalidate: true, 'aria-label': kind === 'email' ? t.emailChoice : t.callbackChoice },
    h('label', { class: 'check', for: consent.id }, consent, h('span', {}, kind === 'email' ? t.emailConsent : t.callbackConsent)),
    ...(kind === 'email' ? [field('email', t.emailField, email)] : [field('phone', t.phoneField, phone), field('time', t.timeField, time)]),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'submit', 'data-testid': 'contact-submit' }, t.submitRequest),
      cancelButton(handlers.cancel),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!consent.checked) return handlers.problem(t.needConsent);
    if (kind === 'email') {
      const address = email.value.trim();
      if (address && !email.validity.valid) return handlers.problem(t.badEmail);
      return handlers.submit({ kind, consent: true, ...(address && { email: address }) });
    }
    const number = phone.value.trim();
    if (!isPhone(number)) return handlers.problem(t.badPhone);
    const preferredTime = time.value.trim();
    handlers.submit({ kind, consent: true, phone: number, ...(preferredTime && { preferredTime }) });
  });
  return form;
}

function cancelButton(cancel: () => void): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'quiet' }, t.cancel);
  button.addEventListener('click', cancel);
  return button;
}
