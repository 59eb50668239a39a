import { describe, expect, it } from 'vitest';
import { detectHumanRequest } from '../../src/analysis/detectHumanRequest.ts';
import { assistantTurn } from '../../src/assistant/assistantTurn.ts';
import { answerFromKnowledgeBase } from '../../src/assistant/answerFromKnowledgeBase.ts';

describe('detectHumanRequest (the skeleton check; issue 3 measures the real one)', () => {
  it.each([
    'can I talk to a real person?',
    'I want to speak with a human agent please',
    'this is useless, I need a human',
    'is there anyone I can actually talk to?',
    'quiero hablar con una persona',
    'je veux parler à quelqu\u2019un',
    'ich möchte mit einem Menschen sprechen',
    'posso falar com alguém?',
    'vorrei parlare con qualcuno',
    'kan ik met iemand spreken',
  ])('hears a request in %j', (text) => {
    expect(detectHumanRequest(text).requested).toBe(true);
  });

  it.each([
    "I don't need a human, just tell me the opening hours",
    'please email human resources about my payslip',
    'my insurance agent said the claim is covered',
    'is the export human-readable?',
    'how do I reset my password',
  ])('does not escalate %j', (text) => {
    expect(detectHumanRequest(text).requested).toBe(false);
  });
});

describe('assistantTurn', () => {
  const articles = [
    { slug: 'reset-password', title: 'Reset your password', body: 'Open Settings, choose Security, then Reset password.' },
    { slug: 'invoices', title: 'Download invoices', body: 'Every invoice is under Billing, then Invoices.' },
  ];

  it('hands off with a warm message and the evidence when asked for a person', () => {
    const turn = assistantTurn(['hello', 'let me talk to a real person'], articles);
    expect(turn.kind).toBe('handoff');
    if (turn.kind !== 'handoff') return;
    expect(turn.text).toMatch(/won't need to repeat/);
    expect(turn.decision.triggers).toEqual([{ type: 'explicit_request', turn: 1, evidence: 'talk to a real person' }]);
  });

  it('answers from the best-matching article', () => {
    expect(assistantTurn(['how can I reset my password?'], articles)).toMatchObject({ kind: 'reply', articleSlug: 'reset-password' });
    expect(answerFromKnowledgeBase('where are my invoices', articles).article?.slug).toBe('invoices');
  });

  it('says it does not know rather than guessing', () => {
    const turn = assistantTurn(['what is the airspeed of a swallow'], articles);
    expect(turn).toMatchObject({ kind: 'reply', articleSlug: undefined });
    if (turn.kind === 'reply') expect(turn.text).toMatch(/ask to talk to a person/);
  });
});
