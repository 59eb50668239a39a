import { beforeAll, describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { allMatches } from '../../src/analysis/allMatches.ts';
import { conversationAnalyzer, type Analyzers } from '../../src/analysis/analyzeConversation.ts';
import { originalSpan, prepareText } from '../../src/analysis/humanRequest/prepareText.ts';
import { cleanForLanguage, identifyCleanedLanguage, identifyLanguage } from '../../src/analysis/language/identifyLanguage.ts';
import { assessSentiment } from '../../src/analysis/sentiment/assessSentiment.ts';
import { sentimentReader } from '../../src/analysis/sentiment/sentimentReader.ts';
import type { Turn } from '../../src/analysis/sentiment/types.ts';
import { testAnalyzers } from '../helpers/fixtures.ts';

// The per-turn analysis keeps work between turns and shares lists between the analyses it
// returns, to allocate less per turn. These tests pin that it still answers what reading each
// turn afresh answers, and that an analysis already returned never changes.

const customerTexts = [
  'hi, I was charged twice for order #8821, $89.99 on Nov 1',
  'no',
  'WHY WAS I CHARGED TWICE FOR ORDER 8821???',
  'this is ridiculous, I have asked three times',
  'thanks, that helps',
  'still not working!!! mail me at ana@example.com',
  'why was i charged twice for order 8821',
  'je veux parler à quelqu’un',
];

function conversation(length: number): Turn[] {
  return Array.from({ length }, (_, i): Turn =>
    i % 2 === 0 ? { role: 'customer', text: customerTexts[(i / 2) % customerTexts.length]! } : { role: 'bot', text: 'Here is what I found.', confidence: 0.4 + (i % 5) / 10 },
  );
}

describe('conversation analysis shares and keeps work without changing answers', () => {
  let analyzers: Analyzers;
  beforeAll(async () => {
    analyzers = await testAnalyzers();
  });

  it('reads sentiment turn by turn as a fresh reading of the window would, past the 40-turn window too', () => {
    const turns = conversation(90);
    const analyzer = conversationAnalyzer(analyzers, 'high');
    turns.forEach((turn, i) => {
      const window = turns.slice(Math.max(0, i + 1 - 40), i + 1);
      const fresh = assessSentiment(window, analyzers.sentiment, 'high', Math.max(0, i + 1 - 40));
      expect(analyzer.add(turn).sentiment, `turn ${i}`).toEqual(fresh);
    });
  });

  it('never changes an analysis it returned, and freezes the lists it shares', () => {
    const analyzer = conversationAnalyzer(analyzers);
    const first = analyzer.add({ role: 'customer', text: 'order #8821 was charged twice' });
    const snapshot = structuredClone({ topics: first.topics, entities: first.entities });
    analyzer.add({ role: 'bot', text: 'Let me check.' });
    const later = analyzer.add({ role: 'customer', text: 'also order #9912, $45, I will call my lawyer' });
    expect({ topics: first.topics, entities: first.entities }).toEqual(snapshot);
    expect(later.entities.orderIds).toEqual(['8821', '9912']);
    expect(later.topics.map((t) => t.match.topic)).toEqual(['billing_dispute', 'legal']);
    expect(Object.isFrozen(later.topics) && Object.isFrozen(later.entities.orderIds)).toBe(true);
    expect(() => (later.entities.orderIds as string[]).push('1')).toThrow(TypeError);
  });

  it('shares lists between analyses while nothing new is found', () => {
    const analyzer = conversationAnalyzer(analyzers);
    const first = analyzer.add({ role: 'customer', text: 'order #8821 please' });
    const second = analyzer.add({ role: 'customer', text: 'hello?' });
    expect(second.entities).toBe(first.entities);
    expect(second.topics).toBe(first.topics);
  });

  it('reads the language from texts cleaned once as from the raw texts', () => {
    const texts = ['HABLAR CON UNA PERSONA!!', 'ok', 'mi pedido 123 no llegó: https://x.example/a', 'ana@example.com'];
    for (let n = 0; n <= texts.length; n++) {
      const some = texts.slice(0, n);
      expect(identifyCleanedLanguage(analyzers.language, some.map(cleanForLanguage), 'fr')).toEqual(identifyLanguage(analyzers.language, some, 'fr'));
    }
  });

  it('reads each text once for sentiment, and the same as without the reader', () => {
    let calls = 0;
    const score = (text: string) => (calls++, analyzers.sentiment(text));
    const read = sentimentReader(score);
    const turns = conversation(12);
    const withReader = assessSentiment(turns, score, 'normal', 0, read);
    const again = assessSentiment(turns, score, 'normal', 0, read);
    expect(calls).toBe(new Set(turns.filter((t) => t.role === 'customer').map((t) => t.text)).size);
    expect(withReader).toEqual(assessSentiment(turns, analyzers.sentiment));
    expect(again).toEqual(withReader);
  });
});

describe('allMatches', () => {
  it.each([
    [/\d+/g, 'order 12 and 345'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/(?<w>\p{L}+)/dgu, 'héllo wörld'],
    [/nothing/g, 'here'],
  ])('finds what matchAll finds: %s on %j', (pattern, text) => {
    const expected = [...text.matchAll(new RegExp(pattern))].map((m) => [m[0], m.index, m.indices?.[0]]);
    pattern.lastIndex = 3;
    expect(allMatches(pattern, text).map((m) => [m[0], m.index, m.indices?.[0]])).toEqual(expected);
    expect(pattern.lastIndex).toBe(0);
  });
});

describe('prepareText', () => {
  it.each([
    ['Tlak to a HUMNA!!', 'talk to a human ! !'],
    ['HEEEELP me talk to a PERSÖN', 'help me talk to a person'],
    ["''quoted'' Straße ﬁne", 'quoted strasse fine'],
    ['I NEED A HUMAAAN', 'i need a human'],
  ])('folds %j to %j', (raw, folded) => {
    expect(prepareText(raw).text).toBe(folded);
  });

  it('maps every token back to the words written', () => {
    const raw = 'Ok… can I TALK to a Lpive AGENT?';
    const prepared = prepareText(raw);
    const at = prepared.text.indexOf('live agent');
    const { from, to } = originalSpan(prepared, at, at + 'live agent'.length);
    expect(raw.slice(from, to)).toBe('Lpive AGENT');
  });
});

describe('winkSentimentScorer', () => {
  it('scores as the full wink-nlp pipeline does, with only the steps sentiment reads', async () => {
    const full = winkNLP(model);
    const { sentiment } = await testAnalyzers();
    for (const text of [
      'this is not good at all',
      "I don't hate it",
      'help! i am a victim of fraud!',
      'hi! are you doing okay',
      'Great service, thanks!!! :)',
      'which nations are not democratic',
      'WORST. BOT. EVER.',
      'no',
    ]) {
      expect(sentiment(text), text).toBe(full.readDoc(text).out(full.its.sentiment));
    }
  });
});
