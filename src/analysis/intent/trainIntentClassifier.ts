import type { IntentClassifier, IntentExample, IntentPrediction } from '../types.ts';
import { buildFeatureSpace, defaultFeatureOptions, vectorize, type FeatureOptions } from './features.ts';
import { fitTemperature } from './fitTemperature.ts';
import {
  defaultSoftmaxTrainingOptions,
  logits,
  softmax,
  trainSoftmaxRegression,
  type SoftmaxTrainingOptions,
} from './softmaxRegression.ts';

/**
 * Tuning knobs; every one has a default chosen on CLINC150 `val`.
 *
 * @example
 *   trainIntentClassifier(examples, { training: { seed: 7 }, ranked: 3 })
 */
export interface IntentTrainingOptions {
  features?: Partial<FeatureOptions>;
  training?: Partial<SoftmaxTrainingOptions>;
  /** A fixed softmax temperature; when absent it is fitted on a held-out share of the examples. */
  temperature?: number;
  /** Every n-th example of each intent is held out to fit the temperature (default 5, i.e. 20%). */
  calibrationEvery?: number;
  /** How many intents `ranked` lists (default 5). */
  ranked?: number;
}

/**
 * Trains the workspace's intent classifier from its utterance examples: TF-IDF word and
 * character n-grams, multinomial logistic regression, and a temperature fitted on held-out
 * examples so that `confidence` reads as a probability. Deterministic: the same examples and
 * options give the same classifier. A caller rejects out-of-scope turns by comparing
 * `confidence` with its threshold (0.26 on CLINC150). With no examples it knows no intents and
 * answers `{ intent: '', confidence: 0, ranked: [] }`.
 *
 * @example
 *   const classifier = trainIntentClassifier([
 *     { intent: 'refund', text: 'I want my money back' },
 *     { intent: 'track_order', text: 'where is my parcel' },
 *   ]);
 *   classifier.classify('where is my package').intent // 'track_order'
 */
export function trainIntentClassifier(
  examples: readonly IntentExample[],
  options: IntentTrainingOptions = {},
): IntentClassifier {
  const featureOptions = { ...defaultFeatureOptions, ...options.features };
  const trainingOptions = { ...defaultSoftmaxTrainingOptions, ...options.training };
  const intents = [...new Set(examples.map((example) => example.intent))].sort();
  const temperature =
    options.temperature ??
    heldOutTemperature(examples, intents, featureOptions, trainingOptions, options.calibrationEvery ?? 5);
  const fit = fitModel(examples, intents, featureOptions, trainingOptions);
  const rankedCount = options.ranked ?? 5;
  return {
    intents,
    classify(text: string): IntentPrediction {
      const probabilities = softmax(logits(fit.model, vectorize(fit.space, text)), temperature);
      const ranked = intents
        .map((intent, i) => ({ intent, confidence: probabilities[i]! }))
        .sort((a, b) => b.confidence - a.confidence)
        .slice(0, rankedCount);
      const best = ranked[0] ?? { intent: '', confidence: 0 };
      return { intent: best.intent, confidence: best.confidence, ranked };
    },
  };
}

function fitModel(
  examples: readonly IntentExample[],
  intents: readonly string[],
  featureOptions: FeatureOptions,
  trainingOptions: SoftmaxTrainingOptions,
) {
  const space = buildFeatureSpace(examples.map((example) => example.text), featureOptions);
  const inputs = examples.map((example) => vectorize(space, example.text));
  const labels = examples.map((example) => intents.indexOf(example.intent));
  const model = trainSoftmaxRegression(inputs, labels, intents.length, space.vocabulary.size, trainingOptions);
  return { space, model };
}

/** Below this many held-out examples a fitted temperature says more about luck than about the model. */
const minimumHeldOut = 20;

/** Trains on all but every n-th example of each intent and fits the temperature on those. */
function heldOutTemperature(
  examples: readonly IntentExample[],
  intents: readonly string[],
  featureOptions: FeatureOptions,
  trainingOptions: SoftmaxTrainingOptions,
  every: number,
): number {
  const seen = new Map<string, number>();
  const fitting: IntentExample[] = [];
  const heldOut: IntentExample[] = [];
  for (const example of examples) {
    const position = seen.get(example.intent) ?? 0;
    seen.set(example.intent, position + 1);
    if (position % every === every - 1) heldOut.push(example);
    else fitting.push(example);
  }
  if (heldOut.length < minimumHeldOut || intents.length < 2) return 1;
  const { space, model } = fitModel(fitting, intents, featureOptions, trainingOptions);
  return fitTemperature(
    heldOut.map((example) => logits(model, vectorize(space, example.text))),
    heldOut.map((example) => intents.indexOf(example.intent)),
  );
}
