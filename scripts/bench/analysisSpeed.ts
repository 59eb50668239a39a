import { readFileSync } from 'node:fs';
import { conversationAnalyzer } from '../../src/analysis/analyzeConversation.ts';
import { loadAnalyzers } from '../../src/analysis/loadAnalyzers.ts';
import { decideEscalation } from '../../src/policy/decideEscalation.ts';
import { defaultPolicy } from '../../src/policy/escalationPolicy.ts';
import { datasetsDir } from '../eval/types.ts';

/** What one benchmark run measured. */
export interface SpeedFigures {
  turns: number;
  p50Ms: number;
  p99Ms: number;
  turnsPerSecond: number;
  loadMs: number;
}

/**
 * Per-turn analysis speed on one core: real utterances (CLINC150 test, first `limit`), read as
 * five-turn customer/bot conversations; each customer turn's analysis and escalation decision
 * is timed. The first 200 turns warm the JIT and are not counted.
 *
 * @example
 *   const { p99Ms } = await measureAnalysisSpeed(3000);
 */
export async function measureAnalysisSpeed(limit = 3000): Promise<SpeedFigures> {
  const data = JSON.parse(readFileSync(`${datasetsDir}clinc150/data_full.json`, 'utf8')) as Record<string, [string, string][]>;
  const utterances = [...(data.test ?? []), ...(data.oos_test ?? [])].map(([text]) => text).slice(0, limit + 200);
  const started = performance.now();
  const analyzers = await loadAnalyzers();
  const loadMs = performance.now() - started;
  const times: number[] = [];
  let analyzer = conversationAnalyzer(analyzers);
  utterances.forEach((text, i) => {
    if (i % 5 === 0) analyzer = conversationAnalyzer(analyzers);
    const t = performance.now();
    decideEscalation(analyzer.add({ role: 'customer', text }), {}, defaultPolicy);
    const elapsed = performance.now() - t;
    analyzer.add({ role: 'bot', text: 'Here is what I found.', confidence: 0.9 });
    if (i >= 200) times.push(elapsed);
  });
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const total = times.reduce((a, b) => a + b, 0);
  return { turns: times.length, p50Ms: at(0.5), p99Ms: at(0.99), turnsPerSecond: (1000 * times.length) / total, loadMs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const f = await measureAnalysisSpeed(Number(process.argv[2] ?? 3000));
  console.log(`per-turn analysis + decision over ${f.turns} real utterances (one core):`);
  console.log(`  p50 ${f.p50Ms.toFixed(3)} ms   p99 ${f.p99Ms.toFixed(3)} ms   ${Math.round(f.turnsPerSecond)} turns/s   (models loaded in ${Math.round(f.loadMs)} ms)`);
}
