import { openCliDatabase, reportUnknownWorkspace } from './openCliDatabase.ts';
import { readFileSync } from 'node:fs';
import { loadAnalyzers } from '../analysis/loadAnalyzers.ts';
import { IntentCatalog } from '../assistant/intentCatalog.ts';
import { systemClock } from '../core/ports.ts';
import { backtestPolicy, maxBacktestConversations } from '../policy/backtest/backtestPolicy.ts';
import { formatBacktestReport } from '../policy/backtest/formatBacktestReport.ts';
import { parsePolicy, type EscalationPolicy } from '../policy/escalationPolicy.ts';
import { kyselyStore } from '../store/kyselyStore.ts';

/** The help of `baton backtest`, also printed with a usage error. */
export const backtestHelp = `Usage: baton backtest --policy FILE.json [--since 30d] [--workspace SLUG] [--limit N] [--json]

Replay a workspace's stored conversations, turn by turn as if live, under its current
escalation policy and under the candidate in FILE.json, and report how the handoff rate, the
triggers and the priorities would change, with the conversations that flip, before the
candidate goes live. Nothing is changed. The assistant's answers are fixed in the transcript,
so both policies are replayed on the same turns; the stored handoff rate is shown beside
them for reference. Each conversation is read up to its first handoff.

FILE.json holds the fields of PUT /v1/agent/policy; omitted fields take their defaults:
  {"confidenceThreshold":0.65,"disputeAmountThreshold":100,"topics":[...],
   "sentimentSensitivity":"normal","sentimentEscalatesAt":"frustrated"}

Options:
  --policy FILE       the candidate policy (required)
  --since Nd          conversations started in the last N days, 1 to 365 (default 30d)
  --workspace SLUG    the workspace (default demo)
  --limit N           replay at most the newest N conversations, 1 to ${maxBacktestConversations} (default ${maxBacktestConversations})
  --json              print the report as JSON

Database: DATABASE_URL, or the embedded one in BATON_DATA_DIR (default ./data); migrations are
applied first. The embedded database is one process: stop a running Baton first, or use the
supervisor view (POST /v1/agent/policy/backtest).

Exit codes: 0 the report was printed; 1 the policy cannot be read or is invalid, or the
database cannot be opened; 2 wrong arguments or an unknown workspace.`;

/** What the command line asked for. */
interface BacktestArgs {
  policyFile: string;
  sinceDays: number;
  workspace: string;
  limit: number;
  json: boolean;
}

/**
 * `baton backtest`: read and validate the candidate policy, open the database, replay the
 * workspace's conversations under both policies and print the report (text or `--json`).
 * Returns the exit code (see `backtestHelp`).
 *
 * @example
 *   process.exitCode = await runBacktest(['--policy', 'candidate.json', '--since', '14d']);
 */
export async function runBacktest(
  args: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    err.write(`${parsed}\n\n${backtestHelp}\n`);
    return 2;
  }
  const candidate = readPolicy(parsed.policyFile, err);
  if (!candidate) return 1;

  const database = await openCliDatabase(env, err);
  if (!database) return 1;
  try {
    const store = kyselyStore(database.db);
    const workspace = await store.workspaces.bySlug(parsed.workspace);
    if (!workspace) {
      await reportUnknownWorkspace(database.db, parsed.workspace, err);
      return 2;
    }
    const since = new Date(systemClock.now().getTime() - parsed.sinceDays * 86_400_000);
    const deps = { store, analyzers: await loadAnalyzers(), intentCatalog: new IntentCatalog() };
    const report = await backtestPolicy(deps, workspace.id, candidate, { since, limit: parsed.limit });
    out.write(parsed.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatBacktestReport(report, { workspace: parsed.workspace, policyFile: parsed.policyFile })}\n`);
    return 0;
  } finally {
    await database.close();
  }
}

/** The candidate policy, or undefined after printing every problem with it. */
function readPolicy(path: string, err: NodeJS.WritableStream): EscalationPolicy | undefined {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    err.write(`Cannot read the policy ${path}: ${(error as Error).message}\n`);
    return undefined;
  }
  const result = parsePolicy(input);
  if (result.ok) return result.policy;
  err.write(`The policy ${path} is not valid:\n${result.problems.map((p) => `  - ${p}`).join('\n')}\n`);
  return undefined;
}

/** The arguments, or what is wrong with them. */
function parseArgs(args: string[]): BacktestArgs | string {
  const result: Partial<BacktestArgs> & Omit<BacktestArgs, 'policyFile'> = { sinceDays: 30, workspace: 'demo', limit: maxBacktestConversations, json: false };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.startsWith('--') && args[i]!.includes('=') ? (args[i]!.split(/=(.*)/s, 2) as [string, string]) : [args[i]!, undefined];
    if (flag === '--json') {
      if (inline !== undefined) return '--json takes no value.';
      result.json = true;
      continue;
    }
    if (!['--policy', '--since', '--workspace', '--limit'].includes(flag)) return `Unknown argument "${args[i]}".`;
    const value = inline ?? args[++i];
    if (value === undefined || value === '') return `${flag} needs a value.`;
    if (flag === '--policy') result.policyFile = value;
    else if (flag === '--workspace') result.workspace = value;
    else if (flag === '--since') {
      const days = /^(\d{1,3})d?$/.exec(value);
      if (!days || Number(days[1]) < 1 || Number(days[1]) > 365) return `--since must be a number of days from 1 to 365, like 30d, got "${value}".`;
      result.sinceDays = Number(days[1]);
    } else {
      if (!/^\d{1,4}$/.test(value) || Number(value) < 1 || Number(value) > maxBacktestConversations) return `--limit must be a whole number from 1 to ${maxBacktestConversations}, got "${value}".`;
      result.limit = Number(value);
    }
  }
  if (result.policyFile === undefined) return 'Name the candidate policy: --policy FILE.json.';
  return result as BacktestArgs;
}
