import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { continuationEmail } from '../../src/notify/continuationEmail.ts';
import { EmailSendError } from '../../src/notify/emailSender.ts';
import { conversationOfReplyAddress, conversationReplyAddress } from '../../src/notify/replyAddress.ts';
import { smtpEmailSender } from '../../src/notify/smtpEmailSender.ts';
import { followUpThreading, threadRootId } from '../../src/notify/threadHeaders.ts';
import { startSmtpStandIn, type SmtpStandIn } from '../helpers/smtpStandIn.ts';

const conversationId = '7f3c9a1e-2b4d-4e8f-9a6b-1c2d3e4f5a6b';
const from = 'Acme Support <support@acme.example>';
const replyAddress = conversationReplyAddress(from, conversationId);

/** Sending must fail as this kind of `EmailSendError`. */
async function failure(sending: Promise<unknown>): Promise<EmailSendError> {
  const error = await sending.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(EmailSendError);
  return error as EmailSendError;
}

describe('continuationEmail', () => {
  it('says the conversation continues by email and that replying reaches the team', () => {
    const email = continuationEmail({ language: 'en', customerName: 'Gold Customer', summaryLines: ['Duplicate charge on order #8821', 'Refund portal tried'], conversationId, replyAddress });
    expect(email).toEqual({
      subject: 'Your support conversation continues by email',
      text: [
        'Hello Gold Customer,',
        "As you asked, we're continuing your support conversation by email.",
        'Here is what we have so far:\n- Duplicate charge on order #8821\n- Refund portal tried',
        'A person from our team will answer you by email. To add anything, just reply to this email: your reply goes straight into the same conversation, so nobody will ask you to repeat yourself.',
        `Conversation reference: ${conversationId}\n`,
      ].join('\n\n'),
      replyTo: `support+${conversationId}@acme.example`,
      messageId: `<conversation.${conversationId}@acme.example>`,
      headers: { 'X-Baton-Conversation': conversationId },
    });
  });

  it('has a text for each language, keeps names and lines on one line, falls back to English', () => {
    const subjects = new Set(['en', 'es', 'fr', 'de', 'pt', 'it', 'nl'].map((language) => continuationEmail({ language, summaryLines: [], conversationId, replyAddress }).subject));
    expect(subjects.size).toBe(7);
    const german = continuationEmail({ language: 'de-AT', summaryLines: ['Zahlung\r\nBcc: x@evil.example'], conversationId, replyAddress });
    expect(german.text).toMatch(/^Guten Tag,\n\nWie gewünscht/);
    expect(german.text).toContain('- Zahlung Bcc: x@evil.example\n');
    expect(continuationEmail({ language: 'fr', customerName: 'Marie\n', summaryLines: [], conversationId, replyAddress }).text).toMatch(/^Bonjour Marie,\n\nComme vous/);
    expect(continuationEmail({ language: 'toString', summaryLines: [], conversationId, replyAddress }).subject).toBe('Your support conversation continues by email');
    expect(continuationEmail({ language: 'xx', summaryLines: [], conversationId, replyAddress }).subject).toBe('Your support conversation continues by email');
  });
});

describe('reply addresses and threading', () => {
  it('tags the sender mailbox with the conversation, and reads the tag back', () => {
    expect(replyAddress).toBe(`support+${conversationId}@acme.example`);
    expect(conversationReplyAddress('help+chat@acme.example', 'c1')).toBe('help+c1@acme.example');
    expect(conversationOfReplyAddress(`"Acme" <SUPPORT+${conversationId.toUpperCase()}@acme.example>`)).toBe(conversationId);
    expect(conversationOfReplyAddress('support@acme.example')).toBeUndefined();
    expect(() => conversationReplyAddress(from, 'Bad Id')).toThrow(RangeError);
  });

  it('later emails refer to the first one', () => {
    expect(followUpThreading('c1', 'support+c1@acme.example', 1)).toEqual({
      messageId: '<conversation.c1.1@acme.example>',
      headers: { 'In-Reply-To': threadRootId('c1', 'support+c1@acme.example'), References: '<conversation.c1@acme.example>', 'X-Baton-Conversation': 'c1' },
    });
  });
});

describe('smtpEmailSender', () => {
  let smtp: SmtpStandIn;
  beforeAll(async () => {
    smtp = await startSmtpStandIn();
  });
  afterAll(async () => {
    await smtp.close();
  });

  it('delivers the continuation email with its recipient, subject, Reply-To, threading and body', async () => {
    const sender = smtpEmailSender({ smtpUrl: smtp.url, from });
    const email = continuationEmail({ language: 'en', customerName: 'Gold Customer', summaryLines: ['Duplicate charge on order #8821'], conversationId, replyAddress });
    const sent = await sender.send({ to: 'maria@example.com', ...email });
    expect(sent.messageId).toBe(email.messageId);
    const arrived = smtp.messages.at(-1)!;
    expect(arrived.envelope).toEqual({ from: 'support@acme.example', to: ['maria@example.com'] });
    expect(arrived.headers).toMatchObject({
      from: 'Acme Support <support@acme.example>',
      to: 'maria@example.com',
      subject: 'Your support conversation continues by email',
      'reply-to': replyAddress,
      'message-id': email.messageId,
      'x-baton-conversation': conversationId,
    });
    expect(arrived.body.trimEnd()).toBe(email.text.trimEnd());
  });

  it('delivers accented text and the threading headers of a follow-up', async () => {
    const sender = smtpEmailSender({ smtpUrl: smtp.url, from });
    const email = continuationEmail({ language: 'de', customerName: 'Jürgen', summaryLines: ['Rückerstattung für Bestellung #8821'], conversationId, replyAddress });
    const threading = followUpThreading(conversationId, replyAddress, 1);
    await sender.send({ to: 'juergen@example.com', ...email, subject: `Re: ${email.subject}`, ...threading });
    const arrived = smtp.messages.at(-1)!;
    expect(arrived.headers.subject).toBe('Re: Ihr Support-Gespräch geht per E-Mail weiter');
    expect(arrived.headers['message-id']).toBe(`<conversation.${conversationId}.1@acme.example>`);
    expect(arrived.headers['in-reply-to']).toBe(`<conversation.${conversationId}@acme.example>`);
    expect(arrived.headers.references).toBe(`<conversation.${conversationId}@acme.example>`);
    expect(arrived.body).toContain('Hallo Jürgen,');
    expect(arrived.body).toContain('- Rückerstattung für Bestellung #8821');
  });

  it('a refused recipient is a typed, permanent rejection; a 4xx is not permanent', async () => {
    const sender = smtpEmailSender({ smtpUrl: smtp.url, from });
    const before = smtp.messages.length;
    smtp.failNext(550);
    const refused = await failure(sender.send({ to: 'nobody@example.com', subject: 'x', text: 'x' }));
    expect(refused).toMatchObject({ name: 'EmailSendError', failure: 'rejected', responseCode: 550, permanent: true });
    expect(refused.message).toContain('550');
    smtp.failNext(451);
    expect(await failure(sender.send({ to: 'later@example.com', subject: 'x', text: 'x' }))).toMatchObject({ failure: 'rejected', responseCode: 451, permanent: false });
    expect(smtp.messages.length).toBe(before);
  });

  it('a port where nothing listens fails as unreachable, at once', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const started = Date.now();
    const error = await failure(smtpEmailSender({ smtpUrl: `smtp://127.0.0.1:${port}`, from }, { timeoutMs: 1_000 }).send({ to: 'maria@example.com', subject: 'x', text: 'x' }));
    expect(error).toMatchObject({ failure: 'unreachable', permanent: false });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('a server that never greets fails as a timeout within the timeout', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const started = Date.now();
      const error = await failure(smtpEmailSender({ smtpUrl: `smtp://127.0.0.1:${port}`, from }, { timeoutMs: 300 }).send({ to: 'maria@example.com', subject: 'x', text: 'x' }));
      expect(error).toMatchObject({ failure: 'timeout', permanent: false });
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
