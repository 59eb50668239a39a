import { describe, expect, it } from 'vitest';
import { assessSentiment } from '../../src/analysis/sentiment/assessSentiment.ts';
import type { Turn } from '../../src/analysis/sentiment/types.ts';
import { winkSentimentScorer } from '../../src/analysis/sentiment/winkSentimentScorer.ts';

const score = winkSentimentScorer();
/** Customer lines with a bot answer between each. */
const chat = (...customer: string[]): Turn[] => customer.flatMap((text, i) => (i === 0 ? [{ role: 'customer' as const, text }] : [{ role: 'bot' as const, text: 'Here is an article that may help.' }, { role: 'customer' as const, text }]));

describe('assessSentiment over the conversation', () => {
  it.each([
    [chat('where is my order?'), 'neutral'],
    [chat('how do I change my plan', 'thanks, that worked'), 'neutral'],
    [chat('holy shit that was fast, thanks'), 'neutral'],
    [chat('THANK YOU SO MUCH'), 'neutral'],
    [chat('I need the invoice for March', 'no', 'still no', 'this is ridiculous'), 'upset'],
    [chat('my refund has not arrived', 'that did not help', 'my refund has still not arrived'), 'frustrated'],
    [chat('you are useless'), 'frustrated'],
    [chat('WHY IS MY ACCOUNT LOCKED AGAIN!!!'), 'frustrated'],
    [chat('this is fucking ridiculous, you are completely useless'), 'upset'],
  ])('%#: → %s', (turns, tag) => {
    expect(assessSentiment(turns, score).tag).toBe(tag);
  });

  it('names the signals behind the tag, with the turn they came from', () => {
    const reading = assessSentiment(chat('I want my money back for order 8821', 'no', 'I want my money back for order 8821!!!'), score);
    const kinds = reading.signals.map((s) => `${s.signal}@${s.turn}`);
    expect(kinds).toEqual(expect.arrayContaining(['short_negative_reply@2', 'repeated_question@4', 'shouting@4']));
  });

  it('judges the trajectory, not one message', () => {
    const single = assessSentiment(chat('still not working'), score);
    const sustained = assessSentiment(chat('the app crashes on login', 'still not working', 'still not working', 'still not working'), score);
    expect(single.tag).toBe('neutral');
    expect(sustained.level).toBeGreaterThan(single.level);
    expect(sustained.tag).not.toBe('neutral');
  });

  it('a calm turn after a bad moment lowers the level', () => {
    const calmer = assessSentiment(chat('this is ridiculous', 'ok thanks, that worked great'), score);
    const angry = assessSentiment(chat('this is ridiculous'), score);
    expect(calmer.level).toBeLessThan(angry.level);
  });

  it('sensitivity moves the thresholds', () => {
    const turns = chat('that did not help');
    expect(assessSentiment(turns, score, 'high').level).toBe(assessSentiment(turns, score, 'low').level);
    expect(['frustrated', 'upset']).toContain(assessSentiment(chat('no', 'that did not help'), score, 'high').tag);
    expect(assessSentiment(chat('no', 'that did not help'), score, 'low').tag).toBe('neutral');
  });

  it('never throws on hostile input', () => {
    const nasty = ['', '\u0000\u001b[31m', '\uD800\uDFFF\uD800', '😡'.repeat(5000), 'ب'.repeat(100_000), 'A'.repeat(100_000), '1,234.56 €'];
    expect(() => assessSentiment(nasty.map((text) => ({ role: 'customer', text })), score)).not.toThrow();
  });
});
