import type { ParsedImport } from './importTypes.ts';
import { parseCsvImport } from './parseCsvImport.ts';
import { parseJsonImport } from './parseJsonImport.ts';

/** A file read, or why it cannot be read at all (`problem` follows the file's name). */
export type ParseOutcome = { ok: true; parsed: ParsedImport } | { ok: false; problem: string };

/**
 * Read and validate an import file by its extension, `.json` or `.csv`. Pure: no database,
 * no clock. Invalid rows are listed in `parsed.rejected` and the rest is kept; a file that cannot
 * be read as a whole (bad JSON, unknown CSV header) is a `problem`.
 *
 * @example
 *   const outcome = parseImport('customers.csv', readFileSync('customers.csv', 'utf8'));
 *   if (outcome.ok) console.log(outcome.parsed.batch.customers.length, outcome.parsed.rejected);
 */
export function parseImport(fileName: string, text: string): ParseOutcome {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'json') return parseJsonImport(text);
  if (extension === 'csv') return parseCsvImport(text);
  return { ok: false, problem: 'is neither .json nor .csv' };
}
