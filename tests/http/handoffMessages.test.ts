import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/engines.ts';
import { startSmtpStandIn, type SmtpStandIn } from '../helpers/smtpStandIn.ts';
import { Client, newCustomer, signedInAgent, startTestBaton, verifiedCustomer, type TestBaton } from '../helpers/testBaton.ts';

/** Today and tomorrow (UTC) as holidays: the team is closed now and opens the day after. */
function closedUntilTheDayAfterTomorrow(now = new Date()) {
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return { timeZone: 'UTC', weekly: null, holidays: [day(0), day(1)] };
}

describe('what the customer hears at a handoff', () => {
  let baton: TestBaton;
  let smtp: SmtpStandIn;
  let supervisor: Client;
  let billingTeam: string;
  beforeAll(async () => {
    smtp = await startSmtpStandIn();
    baton = await startTestBaton(engines[0]!, { env: { BATON_SMTP_URL: smtp.url, BATON_MAIL_FROM: 'Demo Support <support@demo.baton.test>' } });
    supervisor = await signedInAgent(baton.url, 'billing.lead@demo.baton.test');
    billingTeam = (await supervisor.get('/v1/agent/teams')).body.teams.find((t: any) => t.category === 'billing').id;
  });
  afterAll(async () => {
    await baton?.close();
    await smtp?.close();
  });

  it('uses the workspace template for the language once a supervisor saves it, and refuses a bad one with every problem', async () => {
    const agent = await signedInAgent(baton.url, 'billing.one@demo.baton.test');
    expect((await agent.request('PUT', '/v1/agent/templates', { warm: { es: 'Hola' } })).status).toBe(403);
    const bad = await supervisor.request('PUT', '/v1/agent/templates', { warm: { es: 'Te paso con {equipo}', english: 'x' } });
    expect([bad.status, bad.body.error.id]).toEqual([400, 'invalid_templates']);
    expect(bad.body.error.message).toMatch(/warm\.es: unknown variable \{equipo\}.*warm\.english: language must be/);
    const saved = await supervisor.request('PUT', '/v1/agent/templates', { warm: { es: 'Te paso con el equipo de {team}; verán toda la conversación. {wait}' } });
    expect(saved.status).toBe(200);
    expect((await agent.get('/v1/agent/templates')).body.templates).toEqual({ warm: { es: 'Te paso con el equipo de {team}; verán toda la conversación. {wait}' } });

    const { customer, conversationId } = await newCustomer(baton.url);
    const sent = await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'quiero hablar con una persona, por favor' });
    expect(sent.body.replies[0].body).toMatch(/^Te paso con el equipo de Billing; verán toda la conversación\. La espera habitual es de menos de 2 minutos\.$/);
    expect((await customer.get(`/v1/conversations/${conversationId}/waiting`)).body.waiting).toMatchObject({ path: 'warm', team: 'Billing', quotedWaitSeconds: 120 });
    // English still uses Baton's own text.
    const english = await newCustomer(baton.url);
    const reply = await english.customer.post(`/v1/conversations/${english.conversationId}/messages`, { body: 'can I talk to a real person?' });
    expect(reply.body.replies[0].body).toMatch(/^I'm connecting you with our Billing team/);
  });

  it('outside business hours: the summary is saved, the opening time given, email and callback offered', async () => {
    const badHours = await supervisor.request('PUT', `/v1/agent/teams/${billingTeam}/hours`, { businessHours: { timeZone: 'Mars/Base', weekly: { mon: [['17:00', '09:00']] } } });
    expect([badHours.status, badHours.body.error.id]).toEqual([400, 'invalid_business_hours']);
    expect(badHours.body.error.message).toMatch(/timeZone.*\/weekly\/mon\/0/s);
    expect((await supervisor.request('PUT', `/v1/agent/teams/${billingTeam}/hours`, { businessHours: closedUntilTheDayAfterTomorrow() })).status).toBe(200);

    const { customer, conversationId } = await verifiedCustomer(baton, 'CUST-29441');
    const sent = await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'I was charged twice for order 8821, I want to talk to someone' });
    expect(sent.body.replies[0].body).toMatch(/closed right now\. I've saved a summary of this conversation.*at 00:00 \(UTC\).*email.*call/s);
    const waiting = (await customer.get(`/v1/conversations/${conversationId}/waiting`)).body.waiting;
    expect(waiting).toEqual({ path: 'off_hours', team: 'Billing', quotedWaitSeconds: null, choices: ['email', 'callback'], requested: [], position: expect.any(Number), estimateSeconds: null });
    // The summary is saved: the packet exists even though nobody can take it now.
    const handoff = (await supervisor.get(`/v1/agent/conversations/${conversationId}`)).body.handoff;
    expect(handoff).toMatchObject({ status: 'pending', path: 'off_hours', quotedWaitSeconds: null });
    expect((await supervisor.get(`/v1/agent/handoffs/${handoff.id}/packet`)).body.summary).toMatch(/^Customer: /);

    // Nothing without an explicit yes.
    const noConsent = await customer.post(`/v1/conversations/${conversationId}/continuation`, { kind: 'email', consent: false });
    expect([noConsent.status, noConsent.body.error.id]).toEqual([422, 'consent_required']);
    expect((await customer.post(`/v1/conversations/${conversationId}/continuation`, { kind: 'fax', consent: true })).status).toBe(400);
    expect(smtp.messages).toHaveLength(0);

    // Email: to the address on the verified record, with the summary and a reply address of its own.
    const email = await customer.post(`/v1/conversations/${conversationId}/continuation`, { kind: 'email', consent: true });
    expect(email.status).toBe(201);
    expect(email.body.request).toMatchObject({ kind: 'email', status: 'sent' });
    expect(email.body.request.email).toBeUndefined();
    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages;
    expect(mail!.envelope.to).toEqual([expect.stringMatching(/@/)]);
    expect(mail!.headers['reply-to']).toBe(`support+${conversationId}@demo.baton.test`);
    expect(mail!.body).toMatch(/#8821/);
    // Asking again sends nothing more.
    expect((await customer.post(`/v1/conversations/${conversationId}/continuation`, { kind: 'email', consent: true })).body.request.id).toBe(email.body.request.id);
    expect(smtp.messages).toHaveLength(1);

    // A callback becomes a task for agents, closed once with a note.
    const callback = await customer.post(`/v1/conversations/${conversationId}/continuation`, { kind: 'callback', consent: true, phone: '+1 415 555 0134', preferredTime: 'after 5pm' });
    expect(callback.body.request).toMatchObject({ kind: 'callback', status: 'open', preferredTime: 'after 5pm' });
    const tasks = (await supervisor.get('/v1/agent/contact-requests?status=open')).body.requests;
    expect(tasks).toEqual([expect.objectContaining({ conversationId, kind: 'callback', phone: '+1 415 555 0134' })]);
    const done = await supervisor.post(`/v1/agent/contact-requests/${tasks[0].id}/done`, { note: 'Called back, refund requested.' });
    expect(done.body.request).toMatchObject({ status: 'done', detail: 'Called back, refund requested.' });
    expect((await supervisor.post(`/v1/agent/contact-requests/${tasks[0].id}/done`, { note: 'again' })).status).toBe(409);
    expect((await customer.get(`/v1/conversations/${conversationId}/waiting`)).body.waiting.requested).toEqual([
      { kind: 'email', status: 'sent' },
      { kind: 'callback', status: 'done' },
    ]);
    // The customer sees both confirmations in the chat; the channel itself stays chat.
    const messages = (await customer.get(`/v1/conversations/${conversationId}/messages?after=0`)).body.messages.map((m: any) => m.body);
    expect(messages.join('\n')).toMatch(/You chose to continue by email[\s\S]*You asked for a callback at \+1 415 555 0134/);
    expect((await customer.get(`/v1/conversations/${conversationId}`)).body.channel).toBe('chat');
    await supervisor.request('PUT', `/v1/agent/teams/${billingTeam}/hours`, { businessHours: null });
  });

  it('reads the reply word typed in the chat, asks for the address or number, and makes the request', async () => {
    await supervisor.request('PUT', `/v1/agent/teams/${billingTeam}/hours`, { businessHours: closedUntilTheDayAfterTomorrow() });
    const { customer, conversationId } = await newCustomer(baton.url);
    const say = async (body: string) => (await customer.post(`/v1/conversations/${conversationId}/messages`, { body })).body.replies.map((m: any) => m.body);
    expect((await say('quiero hablar con una persona'))[0]).toMatch(/fuera de horario.*Responde EMAIL o LLAMADA/);
    expect(await say('hola?')).toEqual([]);
    expect(await say('Email.')).toEqual([expect.stringMatching(/^Escribe la dirección de correo/)]);
    expect(await say('es visitor.typed@example.com gracias')).toEqual([expect.stringMatching(/^Elegiste continuar por correo\. .*visitor\.typed@example\.com/)]);
    await expect.poll(() => smtp.messages.some((m) => m.envelope.to.includes('visitor.typed@example.com'))).toBe(true);
    expect(await say('LLAMADA')).toEqual([expect.stringMatching(/^Escribe el número/)]);
    expect(await say('+34 600 123 456, por la tarde')).toEqual([expect.stringMatching(/^Pediste que te llamemos al \+34 600 123 456 \(por la tarde\)/)]);
    expect(await say('gracias')).toEqual([]);
    const requests = (await supervisor.get('/v1/agent/contact-requests')).body.requests.filter((r: any) => r.conversationId === conversationId);
    expect(requests.map((r: any) => [r.kind, r.status])).toEqual([['email', 'sent'], ['callback', 'open']]);
    await supervisor.request('PUT', `/v1/agent/teams/${billingTeam}/hours`, { businessHours: null });
  });

  it('says nobody is free, without a promised time, when no one on the team is online', async () => {
    // Every agent goes offline (signing out does this one at a time; presence by heartbeat comes with routing).
    await baton.database.db.updateTable('agents').set({ presence: 'offline' }).execute();
    const { customer, conversationId } = await newCustomer(baton.url);
    const sent = await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'I want to dispute a charge of $300, it was charged twice' });
    expect(sent.body.replies[0].body).toMatch(/busy right now\. I've saved a summary/);
    expect((await customer.get(`/v1/conversations/${conversationId}/waiting`)).body.waiting).toMatchObject({ path: 'no_agent', quotedWaitSeconds: null });
  });
});

describe('without an SMTP server', () => {
  let baton: TestBaton;
  beforeAll(async () => {
    baton = await startTestBaton(engines[0]!);
  });
  afterAll(() => baton?.close());

  it('offers only a callback, and refuses email clearly', async () => {
    const { customer, conversationId } = await newCustomer(baton.url);
    await customer.post(`/v1/conversations/${conversationId}/messages`, { body: 'let me talk to a human' });
    expect((await customer.get(`/v1/conversations/${conversationId}/waiting`)).body.waiting.choices).toEqual(['callback']);
    const email = await customer.post(`/v1/conversations/${conversationId}/continuation`, { kind: 'email', consent: true, email: 'someone@example.com' });
    expect([email.status, email.body.error.id]).toEqual([409, 'contact_unavailable']);
  });
});
