import type { ImportResult } from './importAccounts.ts';
import { recordKinds, type Rejection } from './importTypes.ts';

/**
 * The report `baton import` prints for one file: a table of what was created, updated, left
 * unchanged and rejected per kind of record, then each rejected row in file order with where it
 * was (`row 4`, `customers[1].orders[0]`) and why.
 *
 * @example
 *   console.log(formatImportReport('accounts.json', 'demo', result));
 *   // accounts.json → workspace "demo"
 *   //                  created  updated  unchanged  rejected
 *   //   customers            2        0          0         1
 *   //   …
 *   //   Rejected rows:
 *   //     customers[1]: email "nope" is not an email address
 */
export function formatImportReport(fileName: string, workspace: string, result: ImportResult): string {
  const cell = (value: string | number, width: number) => String(value).padStart(width);
  const lines = [`${fileName} → workspace "${workspace}"`, `${' '.repeat(17)}created  updated  unchanged  rejected`];
  for (const kind of recordKinds) {
    const { created, updated, unchanged } = result.counts[kind];
    const rejected = result.rejected.filter((r) => r.kind === kind).length;
    lines.push(`  ${kind.padEnd(15)}${cell(created, 7)}${cell(updated, 9)}${cell(unchanged, 11)}${cell(rejected, 10)}`);
  }
  if (result.rejected.length > 0) {
    lines.push('  Rejected rows:');
    for (const r of inFileOrder(result.rejected)) lines.push(`    ${r.at}: ${r.reason}`);
  }
  return lines.join('\n');
}

/** `row 9` before `row 10`, `customers[2]` before `customers[2].orders[0]` before `customers[10]`. */
function inFileOrder(rejected: Rejection[]): Rejection[] {
  const key = (r: Rejection) => r.at.replace(/\d+/g, (n) => n.padStart(10, '0'));
  return [...rejected].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
