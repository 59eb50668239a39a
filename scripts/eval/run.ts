import { writeFileSync } from 'node:fs';
import { measureAnalysisSpeed, speedTable } from '../bench/analysisSpeed.ts';
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
  const speed = await measureAnalysisSpeed(3);
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
  const turns = speed.runs[0]?.turns ?? 0;
  sections.push({
    title: 'Speed (npm run bench)',
    markdown: [
      `Per-turn analysis and escalation decision, as the server runs them: \`conversationAnalyzer(...).add(turn)\` (language, sentiment over the conversation, request for a person, topics, entities) and \`decideEscalation\`, timed turn by turn on one core. Utterances are real, read as five-turn conversations (each customer turn followed by the assistant's reply, which is analysed too but not timed). The models load once (${Math.round(speed.loadMs)} ms). A first pass over other utterances (CLINC150 \`val\` + \`oos_val\`, 3,100 turns) warms the JIT and the regex compiler and is shown but not counted; then ${speed.runs.length} passes over the ${turns} utterances of CLINC150 \`test\` + \`oos_test\` are measured, each reported. The figure held against the target is the worst p99 of the measured passes. Garbage collections during each pass are counted from Node's \`gc\` performance entries.`,
      '',
      speedTable(speed),
      '',
      'The machine is shared (2 cores) and other work runs on it, so figures move between runs. When its load average is above the core count, the scheduler switches the process out during some turns (a stall of about 4 ms each), and if that happens to more than 1% of a pass\'s turns, p99 follows it: the column of turns over 1 ms says, for each, whether the process was switched out during it (`involuntaryContextSwitches` from `process.resourceUsage()`, read outside the timed span), whether a collection paused it, or neither. With this code, the run of `npm run eval` before this one measured p99 2.777 ms on its first measured pass (0.253 and 0.254 ms on the other two) at load 3.3, before that column existed; `npm run bench` runs during development at load near 5 gave first passes of 2–3 ms. The code\'s own tail is garbage collection (a scavenge pauses 1–3 ms here): analysis now allocates about 20 KB per customer turn and its reply, half of it inside wink-nlp, down from about 56 KB (V8 sampling heap profiler, measured once for this change), so a measured pass of 5,500 turns sees about 7 collections instead of about 20 before this change, far fewer than 1% of turns. The cuts: topic and entity lists shared between analyses (frozen) instead of copied every turn; each customer text scored, tokenised and cleaned for language identification once per conversation rather than on every later turn; a reply reuses the sentiment reading before it; no regex copies (`matchAll`) or regex literals in per-turn code; number patterns skipped on text without a digit; wink-nlp runs only the steps sentiment reads (same scores on 33,636 utterances); the request detector slices words from the text instead of building them a letter at a time. The first pass after start is slower (p99 in the warm-up row): regexes are compiled on first use.',
    ].join('\n'),
    figures: [{ name: 'Per-turn analysis p99 (worst of the measured passes)', value: `${speed.worstP99Ms.toFixed(3)} ms`, target: '≤ 1 ms', met: speed.worstP99Ms <= 1 }],
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
