import { readFileSync } from 'node:fs';
import { assessSentiment } from '../../src/analysis/sentiment/assessSentiment.ts';
import { winkSentimentScorer } from '../../src/analysis/sentiment/winkSentimentScorer.ts';
import { parseCsv } from './csv.ts';
import { datasetsDir, type EvalSection } from './types.ts';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const f1 = ({ tp, fp, fn }: Counts) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
const pct = (x: number) => (100 * x).toFixed(1);

/**
 * Complaint-or-frustration detection on complaints/complaints-data.csv (3,449 tweets to
 * companies, 1,232 complaints): each tweet is read as a one-turn conversation by the same
 * analyzer the policy uses, with no tuning on this data.
 *
 * @example
 *   const [section] = await evaluateSentiment();
 */
export async function evaluateSentiment(): Promise<EvalSection[]> {
  const rows = parseCsv(readFileSync(`${datasetsDir}complaints/complaints-data.csv`, 'utf8'));
  const score = winkSentimentScorer();
  const rules = {
    'tag is frustrated or upset': (r: ReturnType<typeof assessSentiment>) => r.tag !== 'neutral',
    'any frustration signal': (r: ReturnType<typeof assessSentiment>) => r.signals.length > 0,
  };
  const counts = Object.fromEntries(Object.keys(rules).map((k) => [k, { tp: 0, fp: 0, fn: 0, tn: 0 }])) as Record<keyof typeof rules, Counts>;
  for (const [, text = '', label] of rows) {
    const reading = assessSentiment([{ role: 'customer', text }], score);
    for (const [name, rule] of Object.entries(rules) as [keyof typeof rules, (r: typeof reading) => boolean][]) {
      const predicted = rule(reading);
      const actual = label === '1';
      const c = counts[name];
      if (predicted && actual) c.tp++;
      else if (predicted) c.fp++;
      else if (actual) c.fn++;
      else c.tn++;
    }
  }
  const table = Object.entries(counts).map(([name, c]) => {
    const precision = c.tp / Math.max(1, c.tp + c.fp);
    const recall = c.tp / Math.max(1, c.tp + c.fn);
    return `| ${name} | ${pct(precision)} | ${pct(recall)} | ${pct(f1(c))} |`;
  });
  const headline = counts['any frustration signal'];
  return [
    {
      title: 'Complaints and frustration (complaints-data.csv)',
      markdown: [
        `${rows.length} tweets to companies (no split; used for evaluation only, nothing tuned on it). Each tweet is one customer turn through \`assessSentiment\` (wink-nlp lexicon plus Baton's frustration signals).`,
        'A "complaint" in this data also covers calm reports of a problem ("Tried enquiries@ and web form"), which Baton does not call frustration by design; the figure measures how much of complaining the frustration analyzer sees.',
        '',
        '| rule | precision | recall | F1 |',
        '| --- | --- | --- | --- |',
        ...table,
        '',
        'Published: up to 79 F1 (Preoţiuc-Pietro et al., 2019, trained on this data), macro F1 up to 87 (Jin & Aletras, 2020).',
      ].join('\n'),
      figures: [{ name: 'Complaint F1 (any frustration signal)', value: pct(f1(headline)), target: 'context: 79 published (supervised)' }],
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const section of await evaluateSentiment()) console.log(`## ${section.title}\n\n${section.markdown}\n`);
}
