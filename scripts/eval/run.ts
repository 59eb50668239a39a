import { writeFileSync } from 'node:fs';
import { measureAnalysisSpeed } from '../bench/analysisSpeed.ts';
import { evaluateHumanRequest } from './humanRequestEval.ts';
import { evaluateIntent } from './intentEval.ts';
import { evaluateSentiment } from './sentimentEval.ts';
import type { EvalSection } from './types.ts';

/**
 * `npm run eval`: measure analysis on the public data in ../shared/datasets and write
 * docs/EVALUATION.md (a summary table, then one section per data set).
 */
async function main(): Promise<void> {
  // Speed first, while the heap is small: after training on 25,000 utterances the collector's
  // pauses would be measured too.
  process.stderr.write('measuring speed…\n');
  const speed = await measureAnalysisSpeed(3000);
  const sections: EvalSection[] = [];
  for (const [name, run] of [
    ['intent', evaluateIntent],
    ['requests for a human', evaluateHumanRequest],
    ['complaints', evaluateSentiment],
  ] as const) {
    const started = performance.now();
    process.stderr.write(`evaluating ${name}…\n`);
    sections.push(...(await run()));
    process.stderr.write(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  sections.push({
    title: 'Speed (npm run bench)',
    markdown: [
      `Per-turn analysis and escalation decision (language, sentiment over the conversation, request for a human, topics, entities, policy) over ${speed.turns} real utterances from CLINC150 \`test\` + \`oos_test\`, read as five-turn conversations, timed turn by turn on one core after 200 warm-up turns. Models load once in ${Math.round(speed.loadMs)} ms.`,
      '',
      '| p50 | p99 | turns/s |',
      '| --- | --- | --- |',
      `| ${speed.p50Ms.toFixed(3)} ms | ${speed.p99Ms.toFixed(3)} ms | ${Math.round(speed.turnsPerSecond)} |`,
      '',
      'The machine is shared (2 cores); between runs p50 stays within 0.14–0.19 ms while p99 ranges from 0.7 to 1.5 ms. The tail is garbage collection: every component alone has p99 ≤ 0.14 ms (language 0.07, requests 0.11, topics 0.06, entities 0.14, lexicon 0.11, signals 0.05).',
    ].join('\n'),
    figures: [{ name: 'Per-turn analysis p99', value: `${speed.p99Ms.toFixed(3)} ms`, target: '≤ 1 ms', met: speed.p99Ms <= 1 }],
  });
  const summary = sections.flatMap((s) => s.figures.map((f) => `| ${f.name} | ${f.value} | ${f.target ?? ''} | ${f.met === undefined ? '' : f.met ? 'met' : 'not met'} |`));
  const doc = [
    '# Evaluation of Baton\'s analysis',
    '',
    `Written by \`npm run eval\` (scripts/eval/run.ts) on ${new Date().toISOString().slice(0, 10)}, from the public data in \`../shared/datasets\` (see its README for sources and licences). Nothing was tuned on a test split; each section says which split chose what.`,
    '',
    '| figure | value | target | |',
    '| --- | --- | --- | --- |',
    ...summary,
    '',
    ...sections.map((s) => `## ${s.title}\n\n${s.markdown}\n`),
  ].join('\n');
  writeFileSync(new URL('../../docs/EVALUATION.md', import.meta.url), doc);
  process.stdout.write(`${summary.join('\n')}\nwrote docs/EVALUATION.md\n`);
}

await main();
