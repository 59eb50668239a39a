import { describe, expect, it } from 'vitest';
import { answerQuestion, minAnswerConfidence, notSureText } from '../../src/assistant/knowledge/answerQuestion.ts';
import { englishTerms, stemEnglish } from '../../src/assistant/knowledge/englishTerms.ts';
import { buildKnowledgeIndex } from '../../src/assistant/knowledge/knowledgeIndex.ts';
import { demoArticles } from '../../src/seed/demoData.ts';

const index = buildKnowledgeIndex(demoArticles);

/** Questions as customers write them: paraphrases, typos, filler; none copies an article. */
const paraphrases: [question: string, slug: string][] = [
  ['I forgot my password', 'reset-password'],
  ['how can i change my pasword?', 'reset-password'],
  ["I'm locked out of my account and can't log in", 'reset-password'],
  ['the reset email never arrived', 'reset-password'],
  ['where do I go to set a new password', 'reset-password'],
  ['I was charged twice, can I get my money back?', 'refund-policy'],
  ['how long does a refund take to show up on my card', 'refund-policy'],
  ['you billed me the wrong amount, I want a refund', 'refund-policy'],
  ['how do I request a refnd for a duplicate payment', 'refund-policy'],
  ['where can I download my invoice?', 'invoices'],
  ['I need a PDF receipt for my accountant', 'invoices'],
  ['can you email me the invoices every month', 'invoices'],
  ['how do I get a copy of my bill', 'invoices'],
  ['how do I upgrade to a bigger plan', 'change-plan'],
  ['I want to downgrade my subscription', 'change-plan'],
  ['can I switch to the cheaper tier?', 'change-plan'],
  ['if I downgrade when does it take effect', 'change-plan'],
  ['where is my order?', 'order-tracking'],
  ['when will my package arrive', 'order-tracking'],
  ['how do I track my parcel', 'order-tracking'],
  ['has my order shipped yet', 'order-tracking'],
  ['I lost the tracking link for my delivery', 'order-tracking'],
  ["the dashboard won't load", 'app-not-loading'],
  ['your website is just a blank page for me', 'app-not-loading'],
  ['the app keeps spinning and never opens', 'app-not-loading'],
  ['is there an outage right now? nothing loads', 'app-not-loading'],
  ['I keep getting sync errors', 'sync-errors'],
  ['my integration disconnected and data stopped syncing', 'sync-errors'],
  ['sync failed with an error again', 'sync-errors'],
  ['how do I reconnect my account in integrations', 'sync-errors'],
];

/**
 * Written after the search was tuned on `paraphrases` and not tuned on since: how it does
 * on questions it has not seen. Measured: 20/20 top-1, 13/20 confident enough to answer.
 */
const heldOut: [question: string, slug: string][] = [
  ['my password link expired before I clicked it', 'reset-password'],
  ['no password email in my inbox', 'reset-password'],
  ['how do I get my money back for a wrong charge', 'refund-policy'],
  ['I need to dispute a duplicate charge', 'refund-policy'],
  ['when will the refund land in my account', 'refund-policy'],
  ['where are my old invoices', 'invoices'],
  ['need invoice pdf for taxes', 'invoices'],
  ['how do I move to the pro plan', 'change-plan'],
  ['cancel my upgrade and go back to basic plan', 'change-plan'],
  ['my order still has not arrived', 'order-tracking'],
  ['where can I find the tracking number', 'order-tracking'],
  ['how many days until my stuff ships', 'order-tracking'],
  ['page is not loading in chrome', 'app-not-loading'],
  ['the app shows a white screen', 'app-not-loading'],
  ['my browser just shows nothing when I open the dashboard', 'app-not-loading'],
  ['integration keeps saying connection expired', 'sync-errors'],
  ['data is not syncing between the apps', 'sync-errors'],
  ['manual sync does not work', 'sync-errors'],
  ['reset pw', 'reset-password'],
  ['refund status?', 'refund-policy'],
];

/** Questions no demo article answers. */
const offTopic = [
  'what is the weather like in Paris today',
  'can I order a pizza',
  'do you have any job openings',
  'asdf qwerty zxcv',
  'who won the football match last night',
  'what is the meaning of life',
  'is your company carbon neutral',
];

describe('buildKnowledgeIndex', () => {
  it('ranks the right article first for at least 90% of paraphrased questions', () => {
    const misses = paraphrases.filter(([question, slug]) => index.search(question)[0]?.slug !== slug);
    const accuracy = 1 - misses.length / paraphrases.length;
    expect(misses).toEqual([]);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('is confident enough to answer every paraphrased question', () => {
    const unsure = paraphrases
      .map(([question]) => ({ question, confidence: index.search(question)[0]?.confidence ?? 0 }))
      .filter((hit) => hit.confidence < minAnswerConfidence);
    expect(unsure).toEqual([]);
  });

  it('ranks the right article first for at least 90% of held-out questions, and answers most', () => {
    const hits = heldOut.map(([question, slug]) => ({ slug, hit: index.search(question)[0] }));
    const top1 = hits.filter(({ slug, hit }) => hit?.slug === slug).length / hits.length;
    const answered = hits.filter(({ hit }) => (hit?.confidence ?? 0) >= minAnswerConfidence).length / hits.length;
    expect(top1).toBeGreaterThanOrEqual(0.9);
    expect(answered).toBeGreaterThanOrEqual(0.6);
  });

  it.each(offTopic)('has low confidence for an off-topic question: %s', (question) => {
    expect(index.search(question)[0]?.confidence ?? 0).toBeLessThan(minAnswerConfidence);
  });

  it('returns nothing when no word of the question is in any article', () => {
    expect(index.search('what is the weather like in Paris today')).toEqual([]);
    expect(index.search('')).toEqual([]);
    expect(index.search('how do I do it?')).toEqual([]);
  });

  it('returns hits best first, with confidences in 0–1, at most `limit`', () => {
    const hits = index.search('refund for my order invoice', 3);
    expect(hits.length).toBeLessThanOrEqual(3);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    for (const hit of hits) expect(hit.confidence).toBeGreaterThanOrEqual(0);
    for (const hit of hits) expect(hit.confidence).toBeLessThanOrEqual(1);
  });

  it('keeps the first of two articles with one slug, and indexes nothing from nothing', () => {
    const twice = buildKnowledgeIndex([...demoArticles, { slug: 'invoices', title: 'Duplicate', body: 'pizza' }]);
    expect(twice.size).toBe(demoArticles.length);
    expect(twice.search('pizza')).toEqual([]);
    expect(buildKnowledgeIndex([]).search('refund')).toEqual([]);
  });
});

describe('answerQuestion', () => {
  it('answers with the article title and body', () => {
    const reply = answerQuestion(index, demoArticles, 'how do I reset my password?');
    expect(reply.article?.slug).toBe('reset-password');
    expect(reply.text).toMatch(/^Reset your password: Open Settings/);
    expect(reply.confidence).toBeGreaterThanOrEqual(minAnswerConfidence);
  });

  it('says it is not sure when nothing matches well', () => {
    const pizza = answerQuestion(index, demoArticles, 'can I order a pizza');
    expect(pizza.article).toBeUndefined();
    expect(pizza.text).toBe(notSureText);
    expect(pizza.confidence).toBeGreaterThan(0);
    expect(answerQuestion(index, demoArticles, 'asdf')).toEqual({ text: notSureText, confidence: 0 });
  });
});

describe('englishTerms', () => {
  it('drops stop words and stems', () => {
    expect(englishTerms("Why can't I download my invoices?")).toEqual(['download', 'invoic']);
    expect(['shipping', 'ships', 'shipped'].map(stemEnglish)).toEqual(['ship', 'ship', 'ship']);
    expect(['charge', 'charged', 'charges', 'charging'].map(stemEnglish)).toEqual(['charg', 'charg', 'charg', 'charg']);
  });
});
