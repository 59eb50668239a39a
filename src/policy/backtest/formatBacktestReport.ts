import { priorityMoveThreshold } from './compareReplays.ts';
import type { BacktestReport, PolicySummary } from './types.ts';

/** Flips and priority moves printed in the text report; `--json` has up to 500 of each. */
const shownInText = 25;

/**
 * The backtest report as readable tables: the window, what changed, the handoff rate,
 * handoffs by trigger and the priority distribution (current, candidate, change), then the
 * conversations that flip and the priorities that move. Pure.
 *
 * @example
 *   console.log(formatBacktestReport(report, { workspace: 'demo', policyFile: 'candidate.json' }));
 */
export function formatBacktestReport(report: BacktestReport, source: { workspace: string; policyFile: string }): string {
  const { window, current, candidate } = report;
  const lines = [
    `Backtest of ${source.policyFile} on workspace "${source.workspace}": ${count(window.conversations)} conversation(s) since ${window.since?.slice(0, 10) ?? 'the start'}` +
      (window.capped ? ` (capped: the newest ${count(window.limit)} of ${count(window.available)})` : ''),
    `Changed: ${report.changes.join('; ') || 'nothing (the candidate equals the current policy)'}`,
    `Stored handoffs, for reference: ${count(report.actual.handoffs)} (${percent(report.actual.rate)}); the current policy's replay agrees on ${count(report.actual.agreeingWithCurrentReplay)} of ${count(window.conversations)} conversation(s).`,
    '',
    table(
      ['', 'current', 'candidate', 'change'],
      [
        ['Handoff rate', percent(current.rate), percent(candidate.rate), `${signed(report.handoffRateChangePoints)} pts`],
        ['Handoffs', count(current.handoffs), count(candidate.handoffs), signed(candidate.handoffs - current.handoffs)],
        ...(Object.keys(current.triggers) as (keyof PolicySummary['triggers'])[]).map((type) => [`  ${type}`, count(current.triggers[type]), count(candidate.triggers[type]), signed(candidate.triggers[type] - current.triggers[type])]),
        ...(['mean', 'p50', 'p90'] as const).map((stat) => [`Priority ${stat}`, maybe(current.priority[stat]), maybe(candidate.priority[stat]), change(current.priority[stat], candidate.priority[stat])]),
        ...(Object.keys(current.priority.bands) as (keyof PolicySummary['priority']['bands'])[]).map((band) => [`  ${band}`, count(current.priority.bands[band]), count(candidate.priority.bands[band]), signed(candidate.priority.bands[band] - current.priority.bands[band])]),
      ],
    ),
    '',
    `Flips: ${count(report.flips.newHandoffs)} new handoff(s), ${count(report.flips.noLongerHandedOff)} no longer handed off`,
  ];
  if (report.flips.listed.length > 0) {
    lines.push(
      table(
        ['conversation', 'direction', 'customer turn', 'triggers', 'priority', 'evidence / intent'],
        report.flips.listed.slice(0, shownInText).map((f) => [f.conversationId, f.direction, String(f.customerTurn), f.triggers.join(','), String(f.priority), `${f.evidence} / ${f.intent}`]),
      ),
      ...more(report.flips.newHandoffs + report.flips.noLongerHandedOff),
    );
  }
  lines.push('', `Priority moves of ${priorityMoveThreshold} points or more: ${count(report.priorityMoves.total)}`);
  if (report.priorityMoves.listed.length > 0) {
    lines.push(
      table(
        ['conversation', 'current', 'candidate', 'change', 'triggers (current → candidate)', 'intent'],
        report.priorityMoves.listed.slice(0, shownInText).map((m) => [m.conversationId, String(m.current), String(m.candidate), signed(m.change), `${m.triggers.current.join(',')} → ${m.triggers.candidate.join(',')}`, m.intent]),
      ),
      ...more(report.priorityMoves.total),
    );
  }
  return lines.join('\n');
}

function more(total: number): string[] {
  return total > shownInText ? [`  … and ${count(total - shownInText)} more (--json lists up to 500)`] : [];
}

/** Columns padded to their widest cell; the last column is left as is. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

const count = (n: number) => n.toLocaleString('en-US');
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const signed = (n: number) => (n > 0 ? `+${count(Math.round(n * 10) / 10)}` : n < 0 ? `-${count(Math.round(-n * 10) / 10)}` : '0');
const maybe = (n: number | null) => (n === null ? '-' : String(n));
const change = (a: number | null, b: number | null) => (a === null || b === null ? '-' : signed(Math.round((b - a) * 10) / 10));
