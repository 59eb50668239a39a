import type { HandoffFigures, MetricsReport } from './computeMetrics.ts';

const pct = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);
const secs = (value: number | null) =>
  value === null
    ? '–'
    : value < 120
      ? `${value} s`
      : value < 3600
        ? `${Math.floor(value / 60)}m ${String(value % 60).padStart(2, '0')}s`
        : `${Math.floor(value / 3600)}h ${String(Math.floor((value % 3600) / 60)).padStart(2, '0')}m`;
const num = (value: number | null, digits = 2) => (value === null ? '–' : value.toFixed(digits));

/** A plain-text table: the first column (and, with `leftAligned`, every column) to the left, figures to the right. */
function table(header: string[], rows: string[][], leftAligned = false): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || leftAligned ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const groupRow = (name: string, f: HandoffFigures) => [
  name,
  String(f.handoffs),
  secs(f.acceptanceSeconds.p50),
  secs(f.acceptanceSeconds.p90),
  secs(f.firstReplySeconds.p50),
  pct(f.contextUtilization.opened),
  pct(f.coldStart.rate),
  pct(f.waitPromises.kept),
  pct(f.abandonment.rate),
  num(f.csatAfterHandoff.average),
];
const groupHeader = (first: string) => [first, 'Handoffs', 'Accept p50', 'Accept p90', 'Reply p50', 'Summary opened', 'Cold starts', 'Promises kept', 'Abandoned', 'CSAT'];

/**
 * The report as the terminal shows it (`baton report`): the headline figures, CSAT by kind of
 * conversation, the break-downs by team and trigger, and the worst items.
 *
 * @example
 *   out.write(formatReport(report, 'demo'));
 */
export function formatReport(report: MetricsReport & { capped?: boolean }, workspace: string): string {
  const h = report.handoffs;
  const rate = report.handoffRate;
  const change = rate.rate !== null && rate.previous !== null ? ` (${rate.rate >= rate.previous ? '+' : ''}${((rate.rate - rate.previous) * 100).toFixed(1)} points on the ${report.period.days} days before)` : '';
  const lines = [
    `Handoff metrics for ${workspace}: ${report.period.from.slice(0, 10)} to ${report.period.to.slice(0, 10)} (${report.period.days} days), ${report.conversations} conversations${report.capped ? ' (capped: the oldest were read first)' : ''}`,
    '',
    table(
      ['Metric', 'Value', 'Of'],
      [
        ['Handoff rate', pct(rate.rate) + change, `${rate.escalated} of ${rate.conversations} conversations`],
        ['Acceptance time p50 / p90', `${secs(h.acceptanceSeconds.p50)} / ${secs(h.acceptanceSeconds.p90)}`, `${h.acceptanceSeconds.accepted} accepted`],
        ['First agent reply p50 / p90', `${secs(h.firstReplySeconds.p50)} / ${secs(h.firstReplySeconds.p90)}`, `${h.firstReplySeconds.replied} replied`],
        ['Summary opened before reply', pct(h.contextUtilization.opened), `${h.contextUtilization.replied} replied`],
        ['Summary dismissed / never opened', `${pct(h.contextUtilization.dismissed)} / ${pct(h.contextUtilization.neverOpened)}`, ''],
        ['Cold starts', pct(h.coldStart.rate), `${h.coldStart.cold} of ${h.coldStart.judged} first replies`],
        ['Repeat escalation (24 h)', pct(report.repeatEscalation.rate), `${report.repeatEscalation.repeated} of ${report.repeatEscalation.customers} customers`],
        ['Wait promises kept', pct(h.waitPromises.kept), `${h.waitPromises.promises} quoted; quote/actual p50 ${num(h.waitPromises.quoteToActualP50)}`],
        ['Abandoned while waiting', pct(h.abandonment.rate), `${h.abandonment.abandoned} of ${h.abandonment.ended} ended`],
      ],
      true,
    ),
    '',
    table(
      ['CSAT', 'Average', 'Satisfied (4-5)', 'Answers'],
      (
        [
          ['After a handoff', report.csat.afterHandoff],
          ['Assistant only', report.csat.assistantOnly],
          ['Human only', report.csat.humanOnly],
        ] as const
      ).map(([name, c]) => [name, num(c.average), pct(c.satisfied), String(c.answers)]),
    ),
    '',
    table(groupHeader('Team'), report.byTeam.map((g) => groupRow(g.team, g))),
    '',
    table(groupHeader('Trigger'), report.byTrigger.map((g) => groupRow(g.trigger, g))),
  ];
  const worst = [
    ...report.worst.slowestAcceptance.map((w) => ['Slowest acceptance', secs(w.seconds), w.conversationId]),
    ...report.worst.lowestCsat.map((w) => ['Lowest CSAT', String(w.score), w.conversationId]),
    ...report.worst.coldStarts.map((w) => ['Cold start', w.team, w.conversationId]),
    ...report.worst.summaryNeverOpened.map((w) => ['Summary not opened', w.team, w.conversationId]),
    ...report.worst.abandoned.map((w) => ['Abandoned', secs(w.waitedSeconds), w.conversationId]),
  ];
  if (worst.length) lines.push('', table(['Worst items', '', 'Conversation'], worst, true));
  return `${lines.join('\n')}\n`;
}
