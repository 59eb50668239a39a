import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { conversationAnalyzer, type Analyzers } from '../../src/analysis/analyzeConversation.ts';
import { loadAnalyzers } from '../../src/analysis/loadAnalyzers.ts';
import { decideEscalation } from '../../src/policy/decideEscalation.ts';
import { defaultPolicy } from '../../src/policy/escalationPolicy.ts';
import { datasetsDir } from '../eval/types.ts';

/** One pass over the utterances: each customer turn timed on its own. */
export interface SpeedRun {
  turns: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  turnsPerSecond: number;
  /** Garbage collections that ran during the pass, and their summed pause. */
  collections: number;
  collectionMs: number;
  /** Turns over 1 ms: those during which the process was switched out (another process took the core), those a collection paused, the rest. */
  slow: { preempted: number; collected: number; other: number };
  /** The machine's one-minute load average after the pass: above the core count, other processes take turns on the cores and stall some of ours. */
  load: number;
}

/** What one benchmark measured. */
export interface SpeedFigures {
  /** The first pass after the models load, over other utterances (CLINC150 `val` + `oos_val`): cold code, not counted. */
  warmUp: SpeedRun;
  /** The measured passes, each over the same utterances (CLINC150 `test` + `oos_test`). */
  runs: SpeedRun[];
  /** The worst p99 of the measured passes: the figure held against the target. */
  worstP99Ms: number;
  loadMs: number;
}

type Row = [text: string, label: string];
const reply = { role: 'bot', text: 'Here is what I found.', confidence: 0.9 } as const;

/**
 * Per-turn analysis speed on one core, as the server runs it: real utterances read as
 * five-turn conversations (customer, then the assistant's reply), each customer turn's
 * `conversationAnalyzer(...).add(turn)` and escalation decision timed on its own. A first pass
 * over CLINC150 `val` + `oos_val` warms the JIT and the regex compiler and is reported apart;
 * then `repetitions` passes over CLINC150 `test` + `oos_test` are measured, each reported.
 *
 * @example
 *   const { runs, worstP99Ms } = await measureAnalysisSpeed();
 */
export async function measureAnalysisSpeed(repetitions = 3): Promise<SpeedFigures> {
  const data = JSON.parse(readFileSync(`${datasetsDir}clinc150/data_full.json`, 'utf8')) as Record<string, Row[]>;
  const texts = (rows: Row[]) => rows.map(([text]) => text);
  const warmUpTexts = texts([...(data.val ?? []), ...(data.oos_val ?? [])]);
  const measuredTexts = texts([...(data.test ?? []), ...(data.oos_test ?? [])]);
  const started = performance.now();
  const analyzers = await loadAnalyzers();
  const loadMs = performance.now() - started;
  const warmUp = await pass(analyzers, warmUpTexts);
  const runs: SpeedRun[] = [];
  for (let i = 0; i < repetitions; i++) runs.push(await pass(analyzers, measuredTexts));
  return { warmUp, runs, worstP99Ms: Math.max(...runs.map((r) => r.p99Ms)), loadMs };
}

async function pass(analyzers: Analyzers, utterances: readonly string[]): Promise<SpeedRun> {
  const pauses: { start: number; end: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  const times = new Float64Array(utterances.length);
  const starts = new Float64Array(utterances.length);
  const switched = new Uint8Array(utterances.length);
  const from = performance.now();
  let analyzer = conversationAnalyzer(analyzers);
  for (let i = 0; i < utterances.length; i++) {
    if (i % 5 === 0) analyzer = conversationAnalyzer(analyzers);
    // Read outside the timed span: whether the scheduler switched the process out meanwhile.
    const switches = process.resourceUsage().involuntaryContextSwitches;
    const t = performance.now();
    decideEscalation(analyzer.add({ role: 'customer', text: utterances[i]! }), {}, defaultPolicy);
    times[i] = performance.now() - t;
    starts[i] = t;
    switched[i] = process.resourceUsage().involuntaryContextSwitches > switches ? 1 : 0;
    decideEscalation(analyzer.add(reply), {}, defaultPolicy);
  }
  const to = performance.now();
  // GC entries are delivered after the fact: let them arrive before reading them.
  await new Promise((resolve) => setTimeout(resolve, 20));
  observer.disconnect();
  const during = pauses.filter((p) => p.end >= from && p.start <= to);
  const slow = { preempted: 0, collected: 0, other: 0 };
  for (let i = 0; i < times.length; i++) {
    if (times[i]! <= 1) continue;
    const end = starts[i]! + times[i]!;
    if (switched[i]) slow.preempted++;
    else if (during.some((p) => p.start < end && p.end > starts[i]!)) slow.collected++;
    else slow.other++;
  }
  times.sort();
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const total = times.reduce((a, b) => a + b, 0);
  return {
    turns: times.length,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: times[times.length - 1] ?? 0,
    turnsPerSecond: (1000 * times.length) / total,
    collections: during.length,
    collectionMs: during.reduce((sum, p) => sum + p.end - p.start, 0),
    slow,
    load: loadavg()[0] ?? 0,
  };
}

/**
 * The figures as a Markdown table, one row per pass.
 *
 * @example
 *   speedTable(await measureAnalysisSpeed()) // '| pass | turns | p50 | p99 | …'
 */
export function speedTable(figures: SpeedFigures): string {
  const row = (name: string, r: SpeedRun) =>
    `| ${name} | ${r.turns} | ${r.p50Ms.toFixed(3)} ms | ${r.p99Ms.toFixed(3)} ms | ${r.maxMs.toFixed(2)} ms | ${Math.round(r.turnsPerSecond)} | ${r.collections} (${r.collectionMs.toFixed(1)} ms) | ${r.slow.preempted} / ${r.slow.collected} / ${r.slow.other} | ${r.load.toFixed(1)} |`;
  return [
    `| pass | turns | p50 | p99 | max | turns/s | collections during the pass | turns over 1 ms: switched out / in a collection / other | load average (${availableParallelism()} cores) |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    row('warm-up (val + oos_val, not counted)', figures.warmUp),
    ...figures.runs.map((r, i) => row(`${i + 1} (test + oos_test)`, r)),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await measureAnalysisSpeed(Number(process.argv[2] ?? 3));
  console.log(`per-turn analysis + decision, one core (models loaded in ${Math.round(figures.loadMs)} ms):\n`);
  console.log(speedTable(figures));
  console.log(`\nworst p99 of the measured passes: ${figures.worstP99Ms.toFixed(3)} ms (target ≤ 1 ms)`);
}
