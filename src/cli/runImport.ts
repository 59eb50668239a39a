import { openCliDatabase, reportUnknownWorkspace } from './openCliDatabase.ts';
import { readFileSync, statSync } from 'node:fs';
import { cryptoIds } from '../core/secrets.ts';
import { formatImportReport } from '../crm/formatImportReport.ts';
import { importAccounts } from '../crm/importAccounts.ts';
import type { ParsedImport } from '../crm/importTypes.ts';
import { parseImport } from '../crm/parseImport.ts';

export const importHelp = `Usage: baton import FILE.json|FILE.csv [FILE ...] --workspace SLUG

Import customers, their orders, subscriptions and previous tickets into a workspace's built-in
CRM (what the handoff packet shows when BATON_CRM_URL is not set). Each file is written in one
transaction; rows are upserted, so importing a file again changes nothing. Valid rows are
written even when others are rejected. Customers files go first, whatever the order given.

JSON, one file with everything:
  {"customers": [{"externalId": "CUST-1", "name": "Ada Byron", "email": "ada@example.com",
    "phone": "+44 20 7946 0000", "tier": "gold", "customerSince": "2021-03-04",
    "orders": [{"number": "8821", "status": "delivered", "total": 89.99, "currency": "USD",
                "placedAt": "2024-05-01T10:00:00Z"}],
    "subscriptions": [{"plan": "Pro annual", "status": "active", "startedAt": "2024-01-01",
                       "renewsAt": "2025-01-01"}],
    "tickets": [{"subject": "Invoice address", "status": "solved", "openedAt": "2024-02-03"}]}]}
  An order may give "totalMinor": 8999 (whole cents) instead of "total". Rejected rows are
  named by their path: customers[1].orders[0].

CSV, one kind of record per file, told apart by the header (comma-separated, UTF-8):
  customers      external_id,name,email,phone,tier,customer_since   (only external_id required)
  orders         customer_external_id,number,status,total,currency,placed_at
  subscriptions  customer_external_id,plan,status,started_at,renews_at  (renews_at optional)
  tickets        customer_external_id,subject,status,opened_at
  Rejected rows are named as a spreadsheet numbers them: the header is row 1.

Each row is checked:
  external ids up to 100 characters; email like name@example.com; phone 5 to 15 digits with
  + ( ) . - and spaces; tier one lowercase word (free, standard, gold and platinum set the
  handoff priority, any other is kept as a label); customer_since YYYY-MM-DD; dates ISO 8601,
  2024-05-01 (midnight UTC) or 2024-05-01T10:00:00Z (a time needs its zone); currency ISO 4217
  (USD, eur); total a decimal like 89.99, no more decimals than the currency has (0 for JPY);
  subscription status active, past_due or cancelled. A blank customer field keeps what is
  stored; a new customer without a tier is standard. Rows are matched on re-import by: the
  customer's external id, the order number (one customer's in the workspace), a subscription's
  customer, plan and start, a ticket's customer, opening time and subject. An order, subscription
  or ticket needs its customer to exist already or to be in the same import.

Database: DATABASE_URL, or the embedded one in BATON_DATA_DIR (default ./data); migrations are
applied first. The embedded database is one process: stop a running Baton before importing.

Exit codes: 0 every row imported; 3 some rows rejected (the others are written); 2 wrong
arguments, an unreadable file or an unknown workspace; 1 the database cannot be opened.`;

/**
 * `baton import`: validate the files, write the valid rows of each in one transaction, print a
 * report per file. Returns the exit code (0, 3 when rows were rejected, 2, 1; see `importHelp`).
 *
 * @example
 *   process.exitCode = await runImport(['accounts.json', '--workspace', 'demo']);
 */
export async function runImport(
  args: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const parsedArgs = readArguments(args);
  if ('problem' in parsedArgs) {
    err.write(`${parsedArgs.problem}\n${importHelp.split('\n')[0]}\nFile formats and rules: baton import --help\n`);
    return 2;
  }
  const files: { name: string; parsed: ParsedImport }[] = [];
  for (const path of parsedArgs.files) {
    let text: string;
    try {
      if (!statSync(path).isFile()) throw new Error('not a file');
      text = readFileSync(path, 'utf8');
    } catch (error) {
      err.write(`Cannot read ${path}: ${(error as Error).message}\n`);
      return 2;
    }
    const outcome = parseImport(path, text);
    if (!outcome.ok) {
      err.write(`${path} ${outcome.problem}\nNothing was imported. See: baton import --help\n`);
      return 2;
    }
    files.push({ name: path, parsed: outcome.parsed });
  }
  // Customers first, so a separate orders file finds them.
  files.sort((a, b) => Number(b.parsed.batch.customers.length > 0) - Number(a.parsed.batch.customers.length > 0));

  const database = await openCliDatabase(env, err);
  if (!database) return 1;
  try {
    const workspace = await database.db.selectFrom('workspaces').select('id').where('slug', '=', parsedArgs.workspace).executeTakeFirst();
    if (!workspace) {
      await reportUnknownWorkspace(database.db, parsedArgs.workspace, err);
      return 2;
    }
    let rejected = 0;
    for (const file of files) {
      const written = await importAccounts(database.db, workspace.id, file.parsed.batch, cryptoIds);
      const result = { counts: written.counts, rejected: [...file.parsed.rejected, ...written.rejected] };
      rejected += result.rejected.length;
      out.write(`${formatImportReport(file.name, parsedArgs.workspace, result)}\n`);
    }
    out.write(rejected > 0 ? `${rejected} row(s) rejected; every other row was imported.\n` : 'Every row was imported.\n');
    return rejected > 0 ? 3 : 0;
  } finally {
    await database.close();
  }
}

function readArguments(args: string[]): { files: string[]; workspace: string } | { problem: string } {
  const files: string[] = [];
  let workspace: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--workspace') workspace = args[++i];
    else if (arg.startsWith('--workspace=')) workspace = arg.slice('--workspace='.length);
    else if (arg.startsWith('-')) return { problem: `Unknown option ${arg}.` };
    else files.push(arg);
  }
  if (!workspace) return { problem: 'Name the workspace: --workspace SLUG.' };
  if (files.length === 0) return { problem: 'Name at least one FILE.json or FILE.csv.' };
  return { files, workspace };
}
