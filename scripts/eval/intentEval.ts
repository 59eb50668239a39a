import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { IntentClassifier, IntentExample } from '../../src/analysis/types.ts';
import { trainIntentClassifier } from '../../src/analysis/intent/trainIntentClassifier.ts';
import { parseCsv } from './csv.ts';
import { datasetsDir, type EvalSection } from './types.ts';

/**
 * The intent classifier measured on public data: CLINC150 (in-scope accuracy and out-of-scope
 * recall at a confidence threshold chosen on `val`) and Banking77 (accuracy). Hyperparameters
 * were chosen on CLINC150 `val` + `oos_val` only.
 *
 * @example
 *   const sections = await evaluateIntent();
 *   sections.map((section) => section.title) // ['Intent: CLINC150', 'Intent: Banking77']
 */
export async function evaluateIntent(): Promise<EvalSection[]> {
  return [await evaluateClinc150(), await evaluateBanking77()];
}

type Clinc150 = Record<'train' | 'val' | 'test' | 'oos_val' | 'oos_test', [string, string][]>;

/** What share of in-scope turns are classified right and confident, and of out-of-scope turns rejected. */
export interface ThresholdScore {
  threshold: number;
  inScopeAccuracy: number;
  outOfScopeRecall: number;
}

/**
 * Scores one threshold: an in-scope turn counts only when its intent is right and its confidence
 * reaches the threshold (Larson et al., 2019); an out-of-scope turn counts when it falls below.
 *
 * @example
 *   scoreThreshold(inScope, outOfScope, 0.3) // { threshold: 0.3, inScopeAccuracy: 0.93, outOfScopeRecall: 0.5 }
 */
export function scoreThreshold(
  inScope: readonly { correct: boolean; confidence: number }[],
  outOfScope: readonly { confidence: number }[],
  threshold: number,
): ThresholdScore {
  const accepted = inScope.filter((turn) => turn.correct && turn.confidence >= threshold).length;
  const rejected = outOfScope.filter((turn) => turn.confidence < threshold).length;
  return { threshold, inScopeAccuracy: accepted / inScope.length, outOfScopeRecall: rejected / outOfScope.length };
}

/**
 * The threshold (in steps of 0.01) with the most turns handled right on the validation turns,
 * in-scope and out-of-scope together: an in-scope turn is right when its intent is right and
 * confident enough, an out-of-scope turn when it is rejected. With 3,000 in-scope and 100
 * out-of-scope turns, one rejected out-of-scope turn is worth one in-scope turn kept.
 *
 * @example
 *   chooseThreshold(valInScope, valOutOfScope).threshold // 0.26
 */
export function chooseThreshold(
  inScope: readonly { correct: boolean; confidence: number }[],
  outOfScope: readonly { confidence: number }[],
): ThresholdScore {
  const handled = (score: ThresholdScore) =>
    score.inScopeAccuracy * inScope.length + score.outOfScopeRecall * outOfScope.length;
  let best = scoreThreshold(inScope, outOfScope, 0);
  for (let step = 1; step < 100; step++) {
    const score = scoreThreshold(inScope, outOfScope, step / 100);
    if (handled(score) > handled(best)) best = score;
  }
  return best;
}

/**
 * Expected calibration error: the gap between confidence and accuracy, averaged over ten
 * confidence bins weighted by how many turns fall in each (Guo et al., 2017).
 *
 * @example
 *   calibrationError([{ correct: true, confidence: 0.9 }, { correct: false, confidence: 0.9 }]) // 0.4
 */
export function calibrationError(turns: readonly { correct: boolean; confidence: number }[]): number {
  const bins = Array.from({ length: 10 }, () => ({ count: 0, correct: 0, confidence: 0 }));
  for (const turn of turns) {
    const bin = bins[Math.min(9, Math.floor(turn.confidence * 10))]!;
    bin.count += 1;
    bin.correct += turn.correct ? 1 : 0;
    bin.confidence += turn.confidence;
  }
  return bins.reduce((sum, bin) => sum + Math.abs(bin.correct - bin.confidence) / turns.length, 0);
}

/**
 * Loads CLINC150 `data_full.json`.
 *
 * @example
 *   (await loadClinc150()).train.length // 15000
 */
export async function loadClinc150(): Promise<Clinc150> {
  return JSON.parse(await readFile(`${datasetsDir}clinc150/data_full.json`, 'utf8')) as Clinc150;
}

/**
 * Runs the classifier over labelled rows.
 *
 * @example
 *   predictRows(classifier, [['where is my card', 'card_arrival']]) // [{ correct: true, confidence: 0.8 }]
 */
export function predictRows(classifier: IntentClassifier, rows: readonly [string, string][]) {
  return rows.map(([text, label]) => {
    const prediction = classifier.classify(text);
    return { correct: prediction.intent === label, confidence: prediction.confidence };
  });
}

const toExamples = (rows: readonly [string, string][]): IntentExample[] =>
  rows.map(([text, intent]) => ({ intent, text }));

const percent = (share: number) => (share * 100).toFixed(1);

/** The median of three trainings on 15 utterances of each of the first 20 intents. */
function timeWorkspaceSizedTraining(train: readonly [string, string][]): number {
  const intents = [...new Set(train.map(([, intent]) => intent))].slice(0, 20);
  const examples = intents.flatMap((intent) => toExamples(train.filter(([, label]) => label === intent).slice(0, 15)));
  const times = [0, 1, 2].map(() => {
    const started = performance.now();
    trainIntentClassifier(examples);
    return performance.now() - started;
  });
  return times.sort((a, b) => a - b)[1]!;
}

async function evaluateClinc150(): Promise<EvalSection> {
  const data = await loadClinc150();
  const started = performance.now();
  const classifier = trainIntentClassifier(toExamples(data.train));
  const trainingMs = performance.now() - started;
  const smallMs = timeWorkspaceSizedTraining(data.train);
  const validation = predictRows(classifier, data.val);
  const chosen = chooseThreshold(validation, predictRows(classifier, data.oos_val));
  const test = scoreThreshold(
    predictRows(classifier, data.test),
    predictRows(classifier, data.oos_test),
    chosen.threshold,
  );
  const inScopeMet = test.inScopeAccuracy >= 0.92;
  const recallMet = test.outOfScopeRecall >= 0.45;
  const markdown = [
    'Data: `clinc150/data_full.json` (clinc/oos-eval, CC BY 3.0). Trained on `train` (15,000 in-scope',
    'utterances, 150 intents; `oos_train` unused). The confidence threshold was chosen on `val` +',
    '`oos_val` (3,100 turns) as the one that handles the most of them right: an in-scope turn is right',
    'when its intent is right and its confidence reaches the threshold (as in Larson et al., 2019), an',
    'out-of-scope turn when its confidence falls below it. Figures are on `test` + `oos_test` at that',
    'threshold. Hyperparameters (n-gram ranges, character weight, epochs, learning rate, L2, bias,',
    'scaling by the share of known words) were chosen on `val` + `oos_val` only. The test splits',
    'were read twice: once before the known-word scaling was added (92.4 / 38.7 at threshold 0.27;',
    'the scaling was then chosen for its AUROC on `val`), and once for this table.',
    '',
    '| model | in-scope accuracy | out-of-scope recall |',
    '|---|---|---|',
    `| **Baton** (threshold ${chosen.threshold.toFixed(2)}) | **${percent(test.inScopeAccuracy)}** | **${percent(test.outOfScopeRecall)}** |`,
    '| FastText | 88.6 | 28.3 |',
    '| SVM | 88.2 | 18.0 |',
    '| DialogFlow | 90.8 | 26.7 |',
    '| Rasa | 90.9 | 31.2 |',
    '| CNN | 90.9 | 30.9 |',
    '| MLP on USE embeddings | 93.4 | 49.1 |',
    '| BERT | 96.2 | 52.3 |',
    '',
    `On \`val\` at that threshold: in-scope ${percent(chosen.inScopeAccuracy)}, out-of-scope recall ${percent(chosen.outOfScopeRecall)}.`,
    `Calibration: expected calibration error on \`val\` in-scope turns (10 bins) ${percent(calibrationError(validation))} points;`,
    'the temperature is fitted on every fifth training utterance of each intent, held out.',
    `Training on 15,000 utterances (including the held-out temperature fit) took ${Math.round(trainingMs)} ms on one core;`,
    `on a workspace-sized 300 (20 intents × 15 utterances from \`train\`), ${Math.round(smallMs)} ms.`,
    'Published figures: Larson et al., 2019, threshold-based out-of-scope prediction, full data.',
  ].join('\n');
  return {
    title: 'Intent: CLINC150',
    markdown,
    figures: [
      { name: 'CLINC150 in-scope accuracy (test)', value: `${percent(test.inScopeAccuracy)}%`, target: '≥ 92%', met: inScopeMet },
      { name: 'CLINC150 out-of-scope recall (oos_test)', value: `${percent(test.outOfScopeRecall)}%`, target: '≥ 45%', met: recallMet },
      { name: 'CLINC150 training time (15,000 utterances)', value: `${Math.round(trainingMs)} ms` },
      { name: 'Training time, 300 utterances (20 CLINC150 intents)', value: `${Math.round(smallMs)} ms`, target: '< 1000 ms', met: smallMs < 1000 },
    ],
  };
}

async function loadBanking77(split: 'train' | 'test'): Promise<IntentExample[]> {
  const [header = [], ...rows] = parseCsv(await readFile(`${datasetsDir}banking77/${split}.csv`, 'utf8'));
  const [textColumn, intentColumn] = [header.indexOf('text'), header.indexOf('category')];
  return rows.map((row) => ({ intent: row[intentColumn] ?? '', text: row[textColumn] ?? '' }));
}

async function evaluateBanking77(): Promise<EvalSection> {
  const [train, test] = [await loadBanking77('train'), await loadBanking77('test')];
  const started = performance.now();
  const classifier = trainIntentClassifier(train);
  const trainingMs = performance.now() - started;
  const correct = test.filter((example) => classifier.classify(example.text).intent === example.intent).length;
  const accuracy = correct / test.length;
  const markdown = [
    'Data: `banking77/train.csv` (10,003 utterances, 77 intents) for training, `banking77/test.csv`',
    '(3,080) for accuracy (PolyAI-LDN/task-specific-datasets, CC BY 4.0). Same hyperparameters as',
    'CLINC150 (chosen on CLINC150 `val`); nothing was tuned on Banking77. No threshold: every test',
    'utterance is in scope, so this is top-1 accuracy.',
    '',
    '| model | accuracy |',
    '|---|---|',
    `| **Baton** | **${percent(accuracy)}** |`,
    '| BERT (fine-tuned) | 93.7 |',
    '| USE+ConveRT | 93.4 |',
    '',
    `Training took ${Math.round(trainingMs)} ms. Published figures: Casanueva et al., 2020, full data.`,
  ].join('\n');
  return {
    title: 'Intent: Banking77',
    markdown,
    figures: [
      { name: 'Banking77 accuracy (test)', value: `${percent(accuracy)}%`, target: '≥ 90%', met: accuracy >= 0.9 },
      { name: 'Banking77 training time (10,003 utterances)', value: `${Math.round(trainingMs)} ms` },
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const section of await evaluateIntent()) console.log(`## ${section.title}\n\n${section.markdown}\n`);
}
