import type { SparseVector } from './features.ts';
import { seededRandom, shuffleInPlace } from './seededRandom.ts';

/**
 * Multinomial logistic regression over sparse vectors, trained by SGD with a learning rate that
 * decays linearly to zero. Weights are stored feature-major (`weights[feature * classes + class]`)
 * so that one example touches a few contiguous rows. There is no bias: an utterance with no
 * known feature scores every intent alike instead of leaning to whichever the last steps favoured.
 * No L2 either: on CLINC150 `val` it did not beat early stopping and tripled the training time.
 *
 * @example
 *   const model: SoftmaxModel = trainSoftmaxRegression(inputs, labels, 3, space.vocabulary.size, defaultSoftmaxTrainingOptions);
 */
export interface SoftmaxModel {
  classes: number;
  weights: Float32Array;
}

/**
 * How to train: passes over the data, the first step size and the shuffle seed.
 *
 * @example
 *   const options: SoftmaxTrainingOptions = { ...defaultSoftmaxTrainingOptions, epochs: 20 };
 */
export interface SoftmaxTrainingOptions {
  epochs: number;
  learningRate: number;
  seed: number;
}

/**
 * Defaults chosen on CLINC150 `val` (see scripts/eval/intentEval.ts): 15 epochs at rate 4 beat
 * 5–30 epochs at rates 1–16; averaging the last epochs' weights did not help.
 *
 * @example
 *   trainSoftmaxRegression(inputs, labels, classes, dimensions, defaultSoftmaxTrainingOptions)
 */
export const defaultSoftmaxTrainingOptions: SoftmaxTrainingOptions = {
  epochs: 15,
  learningRate: 4,
  seed: 1,
};

/** Class gradients below this are skipped: once fitted, most are, which halves the time. */
const negligibleGradient = 1e-4;

/**
 * Fits weights to `inputs` labelled `labels` (class indices 0…classes-1).
 *
 * @example
 *   const model = trainSoftmaxRegression(vectors, [0, 1, 1], 2, space.vocabulary.size, defaultSoftmaxTrainingOptions);
 *   softmax(logits(model, vectors[0]), 1) // highest at index 0
 */
export function trainSoftmaxRegression(
  inputs: readonly SparseVector[],
  labels: readonly number[],
  classes: number,
  dimensions: number,
  options: SoftmaxTrainingOptions,
): SoftmaxModel {
  const model = { classes, weights: new Float32Array(dimensions * classes) };
  const scores = new Float64Array(classes);
  const activeClasses = new Int32Array(classes);
  const random = seededRandom(options.seed);
  const order = inputs.map((_, i) => i);
  const totalSteps = Math.max(1, options.epochs * inputs.length);
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const i of order) {
      const rate = options.learningRate * (1 - step++ / totalSteps);
      const x = inputs[i]!;
      scoreInto(scores, model, x);
      softmaxInPlace(scores);
      scores[labels[i]!]! -= 1;
      let active = 0;
      for (let c = 0; c < classes; c++) {
        if (Math.abs(scores[c]!) > negligibleGradient) activeClasses[active++] = c;
      }
      for (let k = 0; k < x.indices.length; k++) {
        const row = x.indices[k]! * classes;
        const value = x.values[k]! * rate;
        for (let a = 0; a < active; a++) {
          const c = activeClasses[a]!;
          model.weights[row + c]! -= value * scores[c]!;
        }
      }
    }
  }
  return model;
}

/**
 * The raw class scores for one input.
 *
 * @example
 *   logits(model, vectorize(space, 'reset my password')) // Float64Array of length model.classes
 */
export function logits(model: SoftmaxModel, input: SparseVector): Float64Array {
  const scores = new Float64Array(model.classes);
  scoreInto(scores, model, input);
  return scores;
}

/**
 * Softmax of `scores / temperature`, as a new array.
 *
 * @example
 *   softmax(Float64Array.of(2, 0), 1) // [0.88, 0.12]
 */
export function softmax(scores: Float64Array, temperature: number): Float64Array {
  const probabilities = scores.map((score) => score / temperature);
  softmaxInPlace(probabilities);
  return probabilities;
}

function scoreInto(scores: Float64Array, model: SoftmaxModel, input: SparseVector): void {
  const { classes, weights } = model;
  scores.fill(0);
  for (let k = 0; k < input.indices.length; k++) {
    const row = input.indices[k]! * classes;
    const value = input.values[k]!;
    for (let c = 0; c < classes; c++) scores[c]! += weights[row + c]! * value;
  }
}

function softmaxInPlace(scores: Float64Array): void {
  let max = -Infinity;
  for (const score of scores) if (score > max) max = score;
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    scores[c] = Math.exp(scores[c]! - max);
    sum += scores[c]!;
  }
  for (let c = 0; c < scores.length; c++) scores[c]! /= sum;
}
