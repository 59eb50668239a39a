import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';

/** One message as the stand-in received it. */
export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  /** Header names in lower case, folded lines joined, RFC 2047 words decoded; the first of repeats. */
  headers: Record<string, string>;
  /** The body, transfer encoding (quoted-printable, base64) undone, line ends as `\n`. */
  body: string;
  raw: string;
}

/** A running stand-in SMTP server. */
export interface SmtpStandIn {
  /** `smtp://127.0.0.1:<port>`, for `MailConfig.smtpUrl`. */
  url: string;
  /** Every accepted message, in arrival order. */
  messages: ReceivedMail[];
  /** Refuse the next recipient (RCPT TO) with this SMTP reply code, e.g. 550. */
  failNext(code: number): void;
  close(): Promise<void>;
}

/** `=?utf-8?Q?…?=` and `=?utf-8?B?…?=` words, as Nodemailer writes non-ASCII headers. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})|[^=]+/g, (match, hex: string | undefined) => (hex ? `%${hex}` : encodeURIComponent(match)));
  return decodeURIComponent(bytes);
}

/** Headers and body of a single-part message: enough for tests to read what arrived. */
function parseMessage(raw: string): Pick<ReceivedMail, 'headers' | 'body'> {
  const split = raw.indexOf('\r\n\r\n');
  const head = split === -1 ? raw : raw.slice(0, split);
  const encoded = split === -1 ? '' : raw.slice(split + 4);
  const headers: Record<string, string> = {};
  for (const line of head.split(/\r\n(?![ \t])/)) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    if (colon > 0 && !(name in headers)) headers[name] = decodeWords(line.slice(colon + 1).replace(/\r\n[ \t]+/g, ' ').trim());
  }
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  let body = encoded;
  if (encoding === 'quoted-printable') body = decodeQuotedPrintable(encoded);
  else if (encoding === 'base64') body = Buffer.from(encoded, 'base64').toString('utf8');
  return { headers, body: body.replace(/\r\n/g, '\n') };
}

async function readAll(stream: SMTPServerDataStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A real SMTP server (smtp-server) on 127.0.0.1 and a free port, without TLS or required
 * authentication, that keeps each message it accepts: the stand-in for a mail provider.
 *
 * @example
 *   const smtp = await startSmtpStandIn();
 *   await smtpEmailSender({ smtpUrl: smtp.url, from: 'support@example.com' }).send({ to: 'a@example.com', subject: 'Hi', text: 'Hello' });
 *   smtp.messages[0]?.headers.subject // 'Hi'
 *   await smtp.close();
 */
export async function startSmtpStandIn(): Promise<SmtpStandIn> {
  const messages: ReceivedMail[] = [];
  const failures: number[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 1_000,
    onRcptTo(_address, _session, callback) {
      const code = failures.shift();
      if (code === undefined) return callback();
      callback(Object.assign(new Error(`Stand-in refuses this recipient (${code})`), { responseCode: code }));
    },
    onData(stream, session, callback) {
      readAll(stream).then((raw) => {
        const from = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address;
        messages.push({ envelope: { from, to: session.envelope.rcptTo.map((r) => r.address) }, ...parseMessage(raw), raw });
        callback();
      }, callback);
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    failNext: (code) => void failures.push(code),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
