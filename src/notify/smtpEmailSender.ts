import { createTransport } from 'nodemailer';
import type { MailConfig } from '../core/config.ts';
import { EmailSendError, type EmailFailure, type EmailSender } from './emailSender.ts';

/** The parts of a Nodemailer error that tell what went wrong. */
interface SmtpFailure {
  code?: string;
  responseCode?: number;
  permanent?: boolean;
  response?: string;
  message?: string;
}

const unreachableCodes = ['ECONNECTION', 'ESOCKET', 'EDNS', 'ETLS', 'EPROXY'];

/** A Nodemailer error as an `EmailSendError`. */
function toSendError(error: unknown): EmailSendError {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as SmtpFailure;
  let kind: EmailFailure = 'failed';
  if (failure.code === 'ETIMEDOUT') kind = 'timeout';
  else if (failure.responseCode !== undefined) kind = 'rejected';
  else if (unreachableCodes.includes(failure.code ?? '')) kind = 'unreachable';
  const permanent = failure.permanent ?? (failure.responseCode !== undefined && failure.responseCode >= 500 && failure.responseCode !== 503);
  const detail = failure.response ?? failure.message ?? String(error);
  return new EmailSendError(kind, `Email not sent (${kind}${failure.code ? `, ${failure.code}` : ''}): ${detail}`, permanent, failure.responseCode, { cause: error });
}

/**
 * The `EmailSender` on SMTP (Nodemailer), from `BATON_SMTP_URL` and `BATON_MAIL_FROM`. One
 * connection per message; connecting, the greeting and an idle socket each time out after
 * `timeoutMs` (default 5 s), so a dead server fails a send within seconds, as an
 * `EmailSendError`. Attachments from files or URLs are refused: Baton sends plain text only.
 *
 * @example
 *   const sender = smtpEmailSender({ smtpUrl: 'smtp://user:pass@mail.example.com:587', from: 'Support <support@example.com>' });
 *   await sender.send({ to: 'maria@example.com', subject: 'Your conversation', text: '…', replyTo: 'support+c1@example.com' });
 */
export function smtpEmailSender(config: MailConfig, options: { timeoutMs?: number } = {}): EmailSender {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const transport = createTransport({
    url: config.smtpUrl,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    async send(mail) {
      try {
        const info = await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text, replyTo: mail.replyTo, headers: mail.headers, messageId: mail.messageId });
        return { messageId: info.messageId };
      } catch (error) {
        throw toSendError(error);
      }
    },
  };
}
