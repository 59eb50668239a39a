import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadAnalyzers } from '../analysis/loadAnalyzers.ts';
import { assessConversation } from '../assess/assessConversation.ts';
import { defaultPolicy, parsePolicy, type EscalationPolicy } from '../policy/escalationPolicy.ts';

export const assessHelp = `Usage: baton assess FILE.jsonl [--policy POLICY.json]

Read one conversation per line and print one decision per line, in the same order:
  {"id","escalate","turn","triggers","sentiment","topic","language","priority","intent"}
Turns are read in order as if live; the first escalation stops the reading. A malformed
line prints {"id","error"} and the run continues. POLICY.json overrides the defaults:
  {"confidenceThreshold":0.65,"disputeAmountThreshold":100,"topics":[...],
   "sentimentSensitivity":"normal","sentimentEscalatesAt":"frustrated"}`;

/**
 * `baton assess`: stream a JSONL file through analysis and the escalation policy. Returns
 * the exit code: 0 (even with malformed lines), 1 when a file cannot be read or the policy
 * is invalid, 2 for wrong arguments.
 *
 * @example
 *   process.exitCode = await runAssess(['conversations.jsonl', '--policy', 'candidate.json']);
 */
export async function runAssess(args: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const files = args.filter((a, i) => a !== '--policy' && args[i - 1] !== '--policy');
  const policyAt = args.indexOf('--policy');
  if (files.length !== 1 || (policyAt >= 0 && !args[policyAt + 1]) || files[0]!.startsWith('-')) {
    err.write(`${assessHelp}\n`);
    return 2;
  }
  let policy: EscalationPolicy = defaultPolicy;
  if (policyAt >= 0) {
    const path = args[policyAt + 1]!;
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      err.write(`Cannot read the policy ${path}: ${(error as Error).message}\n`);
      return 1;
    }
    const result = parsePolicy(parsed);
    if (!result.ok) {
      err.write(`The policy ${path} is not valid:\n${result.problems.map((p) => `  - ${p}`).join('\n')}\n`);
      return 1;
    }
    policy = result.policy;
  }
  const file = files[0]!;
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch (error) {
    err.write(`Cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const analyzers = await loadAnalyzers();
  const progress = progressBar(err, size);
  let lines = 0;
  let bytes = 0;
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    bytes += Buffer.byteLength(line) + 1;
    if (line.trim() === '') continue;
    // A byte-order mark at the start of the file is not part of the first line's JSON.
    const text = lines === 0 ? line.replace(/^\uFEFF/, '') : line;
    out.write(`${JSON.stringify(assessConversation(text, analyzers, policy))}\n`);
    if (++lines > 1000) progress(bytes, lines);
  }
  progress.done(lines);
  return 0;
}

/** A progress bar on stderr, shown once a file passes 1,000 lines. */
function progressBar(err: NodeJS.WritableStream, total: number) {
  let shown = -1;
  const draw = (bytes: number, lines: number) => {
    const percent = Math.min(100, Math.floor((bytes / Math.max(total, 1)) * 100));
    if (percent === shown) return;
    shown = percent;
    const filled = Math.round(percent / 5);
    err.write(`\r[${'#'.repeat(filled)}${'.'.repeat(20 - filled)}] ${percent}% ${lines} conversations`);
  };
  return Object.assign(draw, { done: (lines: number) => shown >= 0 && err.write(`\r[${'#'.repeat(20)}] 100% ${lines} conversations\n`) });
}
