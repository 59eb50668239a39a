import { describe, expect, it } from 'vitest';
import type { IntentExample } from '../../src/analysis/types.ts';
import { trainIntentClassifier } from '../../src/analysis/intent/trainIntentClassifier.ts';
import { buildFeatureSpace, defaultFeatureOptions, tokenize, vectorize } from '../../src/analysis/intent/features.ts';
import { fitTemperature } from '../../src/analysis/intent/fitTemperature.ts';

const utterances: Record<string, string[]> = {
  track_order: [
    'where is my order',
    'has my package shipped yet',
    'when will my parcel arrive',
    'can you track my delivery',
    'my order has not arrived',
    'what is the status of my shipment',
    'is my order on its way',
    'how long until my package gets here',
    'tracking number for my order please',
    'the delivery is late, where is it',
  ],
  refund: [
    'i want my money back',
    'can i get a refund',
    'please refund my purchase',
    'how do i return this for a refund',
    'i was charged and want a refund',
    'refund the order i cancelled',
    'how long does a refund take',
    'give me back my money for this item',
    'i would like to be reimbursed',
    'when will i see the refund on my card',
  ],
  reset_password: [
    'i forgot my password',
    'how do i reset my password',
    'i cannot log in to my account',
    'my password does not work',
    'help me change my password',
    'locked out of my account',
    'send me a password reset link',
    'the login page says wrong password',
    'i need a new password',
    'cannot sign in, forgot password',
  ],
  opening_hours: [
    'what time do you open',
    'when are you open',
    'are you open on sunday',
    'what are your opening hours',
    'what time does the store close',
    'are you open on public holidays',
    'store hours please',
    'until what time are you open today',
    'do you open early on saturday',
    'when do you close tonight',
  ],
};

const examples: IntentExample[] = Object.entries(utterances).flatMap(([intent, texts]) =>
  texts.map((text) => ({ intent, text })),
);

describe('trainIntentClassifier', () => {
  const classifier = trainIntentClassifier(examples);

  it('knows the intents it was trained on', () => {
    expect([...classifier.intents]).toEqual(['opening_hours', 'refund', 'reset_password', 'track_order']);
  });

  it.each([
    ['where is my parcel, it should be here by now', 'track_order'],
    ['I would like a refund for the shoes', 'refund'],
    ["I can't remember my password", 'reset_password'],
    ['What are your hours on Saturday?', 'opening_hours'],
    ['track my shipment', 'track_order'],
    ['money back please', 'refund'],
  ])('reads %j as %s', (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });

  it('gives a confidence in [0, 1] and ranks the intents best first', () => {
    const prediction = classifier.classify('please refund me');
    expect(prediction.confidence).toBeGreaterThanOrEqual(0);
    expect(prediction.confidence).toBeLessThanOrEqual(1);
    expect(prediction.ranked[0]).toEqual({ intent: prediction.intent, confidence: prediction.confidence });
    const confidences = prediction.ranked.map((entry) => entry.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    expect(confidences.reduce((sum, value) => sum + value, 0)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('is less confident about out-of-scope turns than about in-scope ones', () => {
    const inScope = ['where is my package', 'i want a refund', 'i forgot my password', 'when do you open'];
    const outOfScope = ['tell me a joke about penguins', 'what is the capital of peru', 'play some jazz music'];
    const lowestInScope = Math.min(...inScope.map((text) => classifier.classify(text).confidence));
    const highestOutOfScope = Math.max(...outOfScope.map((text) => classifier.classify(text).confidence));
    expect(highestOutOfScope).toBeLessThan(lowestInScope);
  });

  it('gives the same answers when trained again on the same examples', () => {
    const again = trainIntentClassifier(examples);
    for (const text of ['where is my order', 'tell me a joke', 'refund please']) {
      expect(again.classify(text)).toEqual(classifier.classify(text));
    }
  });

  it('trains on a few hundred examples', () => {
    const many = Array.from({ length: 300 }, (_, i) => examples[i % examples.length]!).map((example, i) => ({
      intent: example.intent,
      text: `${example.text} ${i % 7 === 0 ? 'please' : ''}`,
    }));
    expect(trainIntentClassifier(many).classify('where is my order').intent).toBe('track_order');
  });

  it('answers an empty turn or a single intent without failing', () => {
    expect(classifier.classify('').confidence).toBeLessThan(0.5);
    const single = trainIntentClassifier([{ intent: 'greeting', text: 'hello there' }]);
    expect(single.classify('hello')).toMatchObject({ intent: 'greeting', confidence: 1 });
    expect(trainIntentClassifier([]).classify('hello')).toEqual({ intent: '', confidence: 0, ranked: [] });
  });
});

describe('vectorize', () => {
  const space = buildFeatureSpace(examples.map((example) => example.text), defaultFeatureOptions);
  const squaredLength = (text: string) => vectorize(space, text).values.reduce((sum, value) => sum + value * value, 0);

  it('gives a known turn unit length and shortens one made of unknown words', () => {
    expect(squaredLength('where is my order')).toBeCloseTo(1, 5);
    expect(squaredLength('where is my zebra xylophone')).toBeLessThan(0.8);
    expect(squaredLength('zebra xylophone')).toBe(0);
  });
});

describe('fitTemperature', () => {
  it('softens scores that were confidently wrong and keeps right ones sharp', () => {
    const overconfident = [Float64Array.of(8, 0), Float64Array.of(8, 0), Float64Array.of(8, 0)];
    expect(fitTemperature(overconfident, [0, 1, 0])).toBeGreaterThan(4);
    expect(fitTemperature(overconfident, [0, 0, 0])).toBeLessThan(1);
  });
});

describe('tokenize', () => {
  it('lower-cases, drops accents, apostrophes and punctuation', () => {
    expect(tokenize("What's my Café balance?")).toEqual(['whats', 'my', 'cafe', 'balance']);
  });
});
