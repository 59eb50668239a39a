import { readFileSync } from 'node:fs';
import { formatSimulationReport } from '../simulate/formatSimulationReport.ts';
import { parseScenario } from '../simulate/parseScenario.ts';
import { defaultScenario, type Scenario } from '../simulate/scenario.ts';
import { simulate, type DayProgress } from '../simulate/simulate.ts';
import { maxIntoDbDays, runSimulateIntoDb } from './runSimulateIntoDb.ts';

/** The help of `baton simulate`, also printed with a usage error. */
export const simulateHelp = `Usage: baton simulate [--days N] [--seed N] [--scenario FILE.json] [--json] [--quiet]
       baton simulate --into-db [--days N] [--seed N] [--workspace SLUG] [--json]

Simulate a support desk, event by event, and compare on the same arrivals:
  routing    skills-based (category skill and language, priority + 1 point per minute waited,
             longest-idle agent; fallbacks widen it after a wait) against one general queue
             (first come, first served, any agent): handoffs, answered, abandoned, wait
             p50/p90 (escalation → accepted), share routed to a skill match, utilization
  estimates  Baton's wait quote against Rocket.Chat (mean of the last 100 waits), Tiledesk
             (mean of the last 4 hours) and Salesforce (A = 0.9·A′ + 0.1·W): share of
             promises kept, quote/actual p50 and p90, mean absolute error
No server and no database. The same seed gives the same report.

With --into-db, write the last N days (up to now) of a simulated support desk into a
workspace instead, for a dashboard with history: the workspace's own agents on shifts,
conversations with the assistant, handoffs (about one in five) with their packets, offers,
agents' replies (some of them cold starts), customers who leave, callbacks, repeat
escalations and CSAT, with every event of the log at its simulated time. Seeded: the same
seed gives the same history. A workspace takes one simulation run: events cannot be deleted,
so a second --into-db is refused (exit code 3). Database: DATABASE_URL, or the embedded one
in BATON_DATA_DIR (default ./data); stop a running Baton on the embedded database first.

Options:
  --days N            days to simulate (default 14, at most 366)
  --seed N            random seed, a whole number (default 1)
  --scenario FILE     JSON replacing any top-level field of the default scenario:
                      name, startDate, timeZone, arrivalsPerHour, categories, languages,
                      tiers, priority, patience, handling, handlingFactorByLevel,
                      languageMismatchFactor, offers, fallback, agents
  --json              print the report (with --into-db: what was written) as JSON
  --quiet             no progress on stderr
  --into-db           write the simulated history into the database (at most ${maxIntoDbDays} days)
  --workspace SLUG    the workspace to fill, with --into-db (default demo)

Exit codes: 0; 1 an unreadable or invalid scenario, or the database cannot be opened;
2 wrong arguments or an unknown workspace; 3 the workspace already holds simulated history.`;

/** What the command line asked for. */
interface SimulateArgs {
  days: number;
  seed: number;
  scenarioFile?: string;
  json: boolean;
  quiet: boolean;
  intoDb: boolean;
  workspace?: string;
}

/**
 * `baton simulate`: run the discrete-event simulation and print the report (text or
 * `--json`) on stdout, with one progress line per simulated day on stderr; with `--into-db`,
 * write a workspace's simulated history instead (`runSimulateIntoDb`). Returns the exit code:
 * 0, 1 when the scenario file cannot be read or is invalid (or the database cannot be
 * opened), 2 for wrong arguments, 3 when the workspace already holds simulated history.
 *
 * @example
 *   process.exitCode = await runSimulate(['--days', '14', '--seed', '7', '--json']);
 *   process.exitCode = await runSimulate(['--days', '14', '--into-db']);
 */
export async function runSimulate(
  args: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    err.write(`${parsed}\n\n${simulateHelp}\n`);
    return 2;
  }
  if (parsed.intoDb) return runSimulateIntoDb({ days: parsed.days, seed: parsed.seed, workspace: parsed.workspace ?? 'demo', json: parsed.json }, out, err, env);
  let scenario: Scenario = defaultScenario;
  if (parsed.scenarioFile !== undefined) {
    let input: unknown;
    try {
      input = JSON.parse(readFileSync(parsed.scenarioFile, 'utf8'));
    } catch (error) {
      err.write(`Cannot read the scenario ${parsed.scenarioFile}: ${(error as Error).message}\n`);
      return 1;
    }
    const result = parseScenario(input);
    if (!result.ok) {
      err.write(`The scenario ${parsed.scenarioFile} is not valid:\n${result.problems.map((p) => `  - ${p}`).join('\n')}\n`);
      return 1;
    }
    scenario = result.scenario;
  }
  const onDay = parsed.quiet ? undefined : (p: DayProgress) => err.write(`${progressLine(p)}\n`);
  const { report } = simulate(scenario, { days: parsed.days, seed: parsed.seed, onDay });
  out.write(parsed.json ? `${JSON.stringify(report, tidy, 2)}\n` : `${formatSimulationReport(report)}\n`);
  return 0;
}

/** The arguments, or what is wrong with them. */
function parseArgs(args: string[]): SimulateArgs | string {
  const result: SimulateArgs = { days: 14, seed: 1, json: false, quiet: false, intoDb: false };
  const switches = { '--json': 'json', '--quiet': 'quiet', '--into-db': 'intoDb' } as const;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.startsWith('--') && args[i]!.includes('=') ? (args[i]!.split(/=(.*)/s, 2) as [string, string]) : [args[i]!, undefined];
    if (Object.hasOwn(switches, flag)) {
      if (inline !== undefined) return `${flag} takes no value.`;
      result[switches[flag as keyof typeof switches]] = true;
      continue;
    }
    if (flag !== '--days' && flag !== '--seed' && flag !== '--scenario' && flag !== '--workspace') return `Unknown argument "${args[i]}".`;
    const value = inline ?? args[++i];
    if (value === undefined || value === '') return `${flag} needs a value.`;
    if (flag === '--scenario') result.scenarioFile = value;
    else if (flag === '--workspace') result.workspace = value;
    else if (flag === '--days') {
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 366) return `--days must be a whole number from 1 to 366, got "${value}".`;
      result.days = Number(value);
    } else {
      if (!/^\d+$/.test(value) || Number(value) > 0xffffffff) return `--seed must be a whole number from 0 to 4294967295, got "${value}".`;
      result.seed = Number(value);
    }
  }
  if (result.intoDb && result.scenarioFile !== undefined) return '--scenario cannot be used with --into-db: the history is simulated with the workspace\'s own agents and teams.';
  if (result.intoDb && result.days > maxIntoDbDays) return `--days must be at most ${maxIntoDbDays} with --into-db, got "${result.days}".`;
  if (!result.intoDb && result.workspace !== undefined) return '--workspace only goes with --into-db.';
  return result;
}

function progressLine(p: DayProgress): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return `day ${p.day}/${p.days} (${p.date}): ${p.handoffs.toLocaleString('en-US')} handoffs so far; abandoned ${pct(p.abandonedShare.skills)} skills-based, ${pct(p.abandonedShare.general)} general queue`;
}

/** JSON numbers to three decimals: shares and seconds need no more. */
function tidy(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value;
}
