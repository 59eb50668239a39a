/** One plain-text email to one recipient. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** Where the customer's reply goes, e.g. the conversation's `support+<id>@…` address. */
  replyTo?: string;
  /** Extra headers such as `In-Reply-To`, `References` or `X-Baton-Conversation`. */
  headers?: Record<string, string>;
  /** `<…@…>`; when left out the adapter makes one. */
  messageId?: string;
}

/**
 * The port through which Baton sends email. Commands see only this; the adapter on SMTP is
 * `smtpEmailSender`. A failure throws `EmailSendError`.
 *
 * @example
 *   const { messageId } = await sender.send({ to: 'gold.customer@example.com', subject: 'Hello', text: 'Hi there' });
 */
export interface EmailSender {
  send(mail: OutgoingEmail): Promise<{ messageId: string }>;
}

/**
 * Why a send failed: `rejected` (the server answered with an SMTP error, see `responseCode`),
 * `unreachable` (no connection: refused, reset, DNS, TLS), `timeout` (connecting, the
 * greeting or an idle socket took too long), `failed` (anything else, such as a bad message).
 */
export type EmailFailure = 'rejected' | 'unreachable' | 'timeout' | 'failed';

/**
 * A send that did not go through, typed so the caller can record it (and retry when not
 * `permanent`). The message names the SMTP reply when there was one, never credentials.
 *
 * @example
 *   try { await sender.send(mail) } catch (error) {
 *     if (error instanceof EmailSendError && !error.permanent) retryLater(); // 4xx, timeouts, no connection
 *   }
 */
export class EmailSendError extends Error {
  override readonly name = 'EmailSendError';

  constructor(
    readonly failure: EmailFailure,
    message: string,
    /** True when sending the same message again would fail the same way (an SMTP 5xx other than 503). */
    readonly permanent: boolean,
    /** The SMTP reply code, when the server answered. */
    readonly responseCode?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
