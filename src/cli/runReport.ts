import { openCliDatabase, reportUnknownWorkspace } from './openCliDatabase.ts';
import { systemClock } from '../core/ports.ts';
import { formatReport } from '../metrics/formatReport.ts';
import { handoffMetrics } from '../metrics/handoffMetrics.ts';
import { kyselyStore } from '../store/kyselyStore.ts';

export const reportHelp = `Usage: baton report [--since 7d] [--workspace demo] [--json]

Print the handoff metrics of the conversations that started in the last N days (1d to 365d,
default 7d), beside the same span before it: handoff rate, CSAT after a handoff beside
assistant-only and human-only conversations, acceptance and first-reply times, context
utilization, cold starts, repeat escalation, wait promises kept and abandonment, by team and
by trigger, and the worst items. Definitions: docs/METRICS.md. --json prints the report as the
dashboard reads it (GET /v1/agent/metrics).

Database: DATABASE_URL, or the embedded one in BATON_DATA_DIR (default ./data). The embedded
database is one process: stop a running Baton first, or point DATABASE_URL at the server.

Exit codes: 0 printed; 2 wrong arguments or an unknown workspace; 1 the database cannot be opened.`;

/**
 * `baton report`: the handoff metrics in the terminal (or as JSON). Returns the exit code.
 *
 * @example
 *   process.exitCode = await runReport(['--since', '7d']);
 */
export async function runReport(
  args: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const parsed = readArguments(args);
  if ('problem' in parsed) {
    err.write(`${parsed.problem}\n${reportHelp.split('\n')[0]}\n`);
    return 2;
  }
  const database = await openCliDatabase(env, err);
  if (!database) return 1;
  try {
    const store = kyselyStore(database.db);
    const workspace = await store.workspaces.bySlug(parsed.workspace);
    if (!workspace) {
      await reportUnknownWorkspace(database.db, parsed.workspace, err);
      return 2;
    }
    const report = await handoffMetrics({ store, clock: systemClock }, workspace.id, { days: parsed.days });
    out.write(parsed.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, parsed.workspace));
    return 0;
  } finally {
    await database.close();
  }
}

function readArguments(args: string[]): { days: number; workspace: string; json: boolean } | { problem: string } {
  let days = 7;
  let workspace = 'demo';
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (name === '--since') {
      const since = value() ?? '';
      const match = /^(\d{1,3})d$/.exec(since);
      if (!match || Number(match[1]) < 1 || Number(match[1]) > 365) return { problem: `--since takes days, 1d to 365d (got "${since}").` };
      days = Number(match[1]);
    } else if (name === '--workspace') workspace = value() ?? '';
    else if (name === '--json') json = true;
    else return { problem: `Unknown argument ${arg}.` };
  }
  if (!workspace) return { problem: 'Name the workspace: --workspace SLUG.' };
  return { days, workspace, json };
}
