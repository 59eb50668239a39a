import { beforeAll, describe, expect, it } from 'vitest';
import { conversationAnalyzer, type Analyzers } from '../../src/analysis/analyzeConversation.ts';
import { trainIntentClassifier } from '../../src/analysis/intent/trainIntentClassifier.ts';
import { identifyLanguage } from '../../src/analysis/language/identifyLanguage.ts';
import { assessSentiment } from '../../src/analysis/sentiment/assessSentiment.ts';
import { assessConversation, type AssessResult } from '../../src/assess/assessConversation.ts';
import { assistantTurn } from '../../src/assistant/assistantTurn.ts';
import type { AuthorKind } from '../../src/core/events.ts';
import type { Message } from '../../src/message/types.ts';
import { defaultPolicy, type EscalationPolicy } from '../../src/policy/escalationPolicy.ts';
import { demoArticles } from '../../src/seed/demoData.ts';
import { demoIntents } from '../../src/seed/demoIntents.ts';
import { testAnalyzers } from '../helpers/fixtures.ts';

let analyzers: Analyzers;
beforeAll(async () => {
  analyzers = await testAnalyzers();
});

const assess = (turns: { role: string; text: string; confidence?: number }[], policy: EscalationPolicy = defaultPolicy, tier?: string) =>
  assessConversation(JSON.stringify({ id: 'r', ...(tier && { customer: { tier } }), turns }), analyzers, policy) as Extract<AssessResult, { escalate: boolean }>;

function messages(...lines: [AuthorKind, string][]): Message[] {
  return lines.map(([authorKind, body], i) => ({
    id: `m${i}`,
    conversationId: 'c',
    seq: i + 1,
    authorKind,
    authorAgentId: authorKind === 'agent' ? 'a' : null,
    body,
    clientMessageId: null,
    createdAt: new Date(0),
  }));
}

describe('the live assistant does not annoy customers', () => {
  const intents = demoIntents;
  const turn = (...lines: [AuthorKind, string][]) =>
    assistantTurn({
      messages: messages(...lines),
      articles: demoArticles,
      intents,
      analyzers: { ...analyzers, intents: trainIntentClassifier(intents.flatMap((i) => i.examples.map((text) => ({ intent: i.name, text })))) },
      policy: defaultPolicy,
      customer: {},
    });

  it.each(['yes', 'no', 'thanks', 'thank you very much for your help', 'got it', 'good evening', 'ok 👍'])('%j gets a reply, not a handoff', (text) => {
    expect(turn(['assistant', 'Hi!'], ['customer', text]).kind).toBe('reply');
  });

  it('does not hand the customer straight back after an agent dealt with the frustration', () => {
    const result = turn(
      ['customer', 'this is ridiculous, where is my refund?'],
      ['assistant', 'Refunds take 5 days.'],
      ['customer', 'that did not help. WHERE IS MY REFUND!!!'],
      ['assistant', 'Connecting you.'],
      ['agent', 'I have refunded it now. Handing you back to the assistant.'],
      ['system', 'handed back'],
      ['customer', 'no'],
    );
    expect(result.kind).toBe('reply');
  });
});

describe('sentiment judges profanity by the turn around it', () => {
  const tag = (text: string) => assessSentiment([{ role: 'customer', text }], analyzers.sentiment).tag;
  it.each(['holy shit it works', 'hell yeah, that worked', 'damn that was quick', 'shit, I locked myself out'])('%j is not frustration on its own', (text) => {
    expect(tag(text)).toBe('neutral');
  });
  it.each(['thanks for nothing, this is fucking useless', 'not fast at all. what the fuck', 'questo è ridicolo'])('%j is', (text) => {
    expect(tag(text)).not.toBe('neutral');
  });
});

describe('policy details', () => {
  it('keeps safety above everything else', () => {
    const safety = assess([{ role: 'customer', text: 'there is smoke coming out of the charger' }], defaultPolicy, 'free');
    const everything = assess([{ role: 'customer', text: 'my lawyer will sue you, this is fucking ridiculous, you are useless, let me talk to a human' }], defaultPolicy, 'platinum');
    expect(everything.priority).toBeLessThan(safety.priority);
  });

  it('reports only topics in the policy, and fires a dispute when it grows past the threshold', () => {
    expect(assess([{ role: 'customer', text: 'you charged me twice, $500' }], { ...defaultPolicy, topics: ['safety'] }).topic).toBeNull();
    const grown = assess([
      { role: 'customer', text: 'you charged me twice for $40' },
      { role: 'bot', text: 'I see.', confidence: 0.9 },
      { role: 'customer', text: 'also there is another $300 charge I never authorized' },
    ]);
    expect(grown).toMatchObject({ escalate: true, turn: 2, topic: 'billing_dispute' });
  });

  it('reads the language of text in capitals', () => {
    expect(identifyLanguage(analyzers.language, ['HABLAR CON UNA PERSONA']).language).toBe('es');
  });

  it('reads a bounded window of a very long conversation, so each turn costs the same', () => {
    const analyzer = conversationAnalyzer(analyzers);
    let analysis;
    for (let i = 0; i < 600; i++) {
      analysis = analyzer.add(i % 2 ? { role: 'bot', text: 'Here is an answer.', confidence: 0.9 } : { role: 'customer', text: `question ${i} about thing ${i % 7}, still not working` });
    }
    // 40 turns of 600 are judged for sentiment (20 customer turns), with their real indices.
    expect(analysis!.sentiment.scores).toHaveLength(20);
    expect(analysis!.sentiment.signals.length).toBeGreaterThan(0);
    expect(Math.min(...analysis!.sentiment.signals.map((s) => s.turn))).toBeGreaterThanOrEqual(560);
    expect(analysis!.turn).toBe(599);
  });
});

describe('requests for a person: review cases', () => {
  it.each(["please don't connect me to a human", "don't transfer me to an agent", 'the human agent fixed it', "I'm a real person", 'I need a person to sign for the delivery'])(
    '%j is not a request',
    async (text) => {
      const { detectHumanRequest } = await import('../../src/analysis/detectHumanRequest.ts');
      expect(detectHumanRequest(text).requested).toBe(false);
    },
  );
  it.each(["No, you don't transfer me to operator", 'connect me to a human', 'transfer me to an agent please'])('%j is a request', async (text) => {
    const { detectHumanRequest } = await import('../../src/analysis/detectHumanRequest.ts');
    expect(detectHumanRequest(text).requested).toBe(true);
  });
});
