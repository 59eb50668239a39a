import { describe, expect, it } from 'vitest';
import type { Team } from '../../src/core/store.ts';
import type { EscalationDecision } from '../../src/policy/decideEscalation.ts';
import { chooseTeam } from '../../src/routing/chooseTeam.ts';
import { estimateWait } from '../../src/routing/estimateWait.ts';
import { planHandoff, type HandoffPlanInput } from '../../src/routing/planHandoff.ts';
import { parseMessageTemplates } from '../../src/assistant/messageTemplates.ts';

const billing: Team = { id: 'b', name: 'Billing', category: 'billing', businessHours: null };
const technical: Team = { id: 't', name: 'Technical support', category: 'technical', businessHours: null };
const decision = (over: Partial<EscalationDecision> = {}): EscalationDecision => ({
  escalate: true,
  triggers: [{ type: 'explicit_request', turn: 1, evidence: 'a person' }],
  priority: 50,
  sentiment: 'neutral',
  topic: null,
  language: 'en',
  intent: 'Asks for a person',
  explanation: 'asked',
  ...over,
});
// A Monday, 10:00 UTC.
const now = new Date('2026-11-23T10:00:00Z');
const input = (over: Partial<HandoffPlanInput> = {}): HandoffPlanInput => ({
  decision: decision(),
  teams: [billing, technical],
  onlineByTeam: new Map([['b', 1], ['t', 2]]),
  recentAcceptanceSeconds: [],
  waitingAhead: 0,
  templates: {},
  emailAvailable: true,
  now,
  ...over,
});

describe('chooseTeam', () => {
  it('follows the topic, then the subject, then a general team, then who is online', () => {
    expect(chooseTeam([billing, technical], decision({ topic: 'billing_dispute' }), new Map([['t', 5]]))).toBe(billing);
    expect(chooseTeam([billing, technical], decision(), new Map(), 'technical')).toBe(technical);
    expect(chooseTeam([billing, technical, { ...technical, id: 'g', name: 'Front desk', category: 'general' }], decision(), new Map())?.name).toBe('Front desk');
    expect(chooseTeam([billing, technical], decision(), new Map([['t', 2], ['b', 1]]))).toBe(technical);
    expect(chooseTeam([billing, technical], decision(), new Map())).toBe(billing);
    expect(chooseTeam([], decision(), new Map())).toBeUndefined();
  });
});

describe('estimateWait', () => {
  it('quotes two minutes before five accepted handoffs, then the 75th percentile scaled by the queue', () => {
    expect(estimateWait([10, 20], 0, 1)).toEqual({ seconds: 120, basis: 'default' });
    expect(estimateWait([30, 45, 50, 80, 200], 0, 2)).toEqual({ seconds: 120, basis: 'recent_acceptances' });
    expect(estimateWait([10, 10, 10, 10, 10], 0, 1).seconds).toBe(60);
    // Three waiting ahead for one online agent: four times the p75 (80 s) → 320 s → 6 minutes.
    expect(estimateWait([30, 45, 50, 80, 200], 3, 1).seconds).toBe(360);
    expect(estimateWait([Number.NaN, -5, 10], 0, 1).basis).toBe('default');
  });
});

describe('planHandoff', () => {
  it('is warm when the team is open and someone is online: team, nothing to repeat, a wait quote', () => {
    const plan = planHandoff(input({ decision: decision({ topic: 'billing_dispute' }), recentAcceptanceSeconds: [200, 210, 220, 230, 240] }));
    expect(plan).toMatchObject({ path: 'warm', team: billing, quotedWaitSeconds: 240, choices: [] });
    expect(plan.text).toBe("I'm connecting you with our Billing team. They will see this whole conversation, so you won't need to repeat anything. Typical wait is under 4 minutes.");
  });

  it.each([
    ['es', /equipo de Billing.*no tendrás que repetir nada.*menos de 2 minutos/],
    ['fr', /équipe Billing.*rien à répéter.*moins de 2 minutes/],
    ['de', /Team Billing.*nichts wiederholen.*unter 2 Minuten/],
    ['pt', /equipa de Billing.*não precisa de repetir nada.*inferior a 2 minutos/],
    ['it', /team Billing.*non dovrai ripetere nulla.*inferiore a 2 minuti/],
    ['nl', /Billing-team.*niets te herhalen.*minder dan 2 minuten/],
    ['sv', /^I'm connecting you with our Billing team/],
  ])('speaks %s', (language, expected) => {
    expect(planHandoff(input({ decision: decision({ language, topic: 'billing_dispute' }) })).text).toMatch(expected);
  });

  it("uses the workspace's own template for the language, with its variables", () => {
    const templates = parseMessageTemplates({ warm: { en: 'The {team} desk has it from here ({minutes} min). {wait}' } });
    expect(planHandoff(input({ templates, decision: decision({ topic: 'billing_dispute' }) })).text).toBe('The Billing desk has it from here (2 min). Typical wait is under 2 minutes.');
    expect(planHandoff(input({ templates, decision: decision({ topic: 'billing_dispute', language: 'de' }) })).text).toMatch(/^Ich verbinde Sie/);
  });

  it('offers email and a callback, with no promised time, when nobody on the team is online', () => {
    const plan = planHandoff(input({ decision: decision({ topic: 'billing_dispute' }), onlineByTeam: new Map([['t', 3]]) }));
    expect(plan).toMatchObject({ path: 'no_agent', team: billing, quotedWaitSeconds: null, choices: ['email', 'callback'] });
    expect(plan.text).toMatch(/saved a summary/);
  });

  it('tells the next opening outside business hours, and offers only what can be done', () => {
    const closedToday = { ...billing, businessHours: { timeZone: 'Europe/Berlin', weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] }, holidays: ['2026-11-23'] } };
    const plan = planHandoff(input({ teams: [closedToday], emailAvailable: false }));
    expect(plan).toMatchObject({ path: 'off_hours', quotedWaitSeconds: null, choices: ['callback'] });
    expect(plan.text).toMatch(/tomorrow at 09:00 \(Europe\/Berlin\)/);
    expect(plan.text).not.toMatch(/email/i);
  });

  it('treats stored hours that no longer parse as always open', () => {
    expect(planHandoff(input({ teams: [{ ...billing, businessHours: { timeZone: 'Mars/Base' } }] })).path).toBe('warm');
  });
});

describe('parseMessageTemplates', () => {
  it('lists every problem with its path', () => {
    expect(() => parseMessageTemplates({ warm: { en: 'Hi {name}', english: 'x', fr: '' }, goodbye: {} })).toThrow(
      /warm\.en: unknown variable \{name\}.*warm\.english: language must be.*warm\.fr: text must be.*goodbye: unknown template/,
    );
    expect(() => parseMessageTemplates([])).toThrow(/must be an object/);
  });
});
