import type { ConversationRecord, HandoffRecord } from './types.ts';

/** Nearest-rank percentile (`p` from 0 to 1), or null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
const seconds = (from: number, to: number) => Math.max(0, Math.round((to - from) / 1000));
const day = 86_400_000;

/** CSAT of one group of conversations: mean score, how many answered, share of 4 and 5. */
export interface CsatFigure {
  average: number | null;
  answers: number;
  satisfied: number | null;
}

/** The handoff figures, for all handoffs or one team or trigger. */
export interface HandoffFigures {
  handoffs: number;
  acceptanceSeconds: { p50: number | null; p90: number | null; accepted: number };
  firstReplySeconds: { p50: number | null; p90: number | null; replied: number };
  /** Of handoffs with a first agent reply: what the agent did with the summary before it. */
  contextUtilization: { opened: number | null; dismissed: number | null; neverOpened: number | null; replied: number };
  coldStart: { rate: number | null; cold: number; judged: number };
  waitPromises: { kept: number | null; promises: number; quoteToActualP50: number | null };
  abandonment: { rate: number | null; abandoned: number; ended: number };
  csatAfterHandoff: CsatFigure;
}

/** Everything `handoffMetrics` reports for one period. */
export interface MetricsReport {
  period: { from: string; to: string; days: number };
  conversations: number;
  handoffRate: { rate: number | null; escalated: number; conversations: number; previous: number | null; series: { day: string; rate: number | null; escalated: number; conversations: number }[] };
  csat: { afterHandoff: CsatFigure; assistantOnly: CsatFigure; humanOnly: CsatFigure };
  repeatEscalation: { rate: number | null; repeated: number; customers: number };
  handoffs: HandoffFigures;
  byTeam: ({ team: string } & HandoffFigures)[];
  byTrigger: ({ trigger: string } & HandoffFigures)[];
  worst: {
    slowestAcceptance: { conversationId: string; seconds: number }[];
    lowestCsat: { conversationId: string; score: number }[];
    coldStarts: { conversationId: string; team: string }[];
    summaryNeverOpened: { conversationId: string; team: string }[];
    abandoned: { conversationId: string; waitedSeconds: number }[];
  };
}

function csatOf(records: readonly ConversationRecord[]): CsatFigure {
  const scores = records.map((r) => r.csat).filter((s): s is number => s !== null);
  return {
    average: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : null,
    answers: scores.length,
    satisfied: share(scores.filter((s) => s >= 4).length, scores.length),
  };
}

/** A handoff that ended with no agent, and the customer did not choose email or a callback. */
const abandoned = (h: HandoffRecord) => h.assignedAt === null && h.closed !== null && !h.continuedOtherWay;

function figuresOf(handoffs: readonly HandoffRecord[], conversations: ReadonlyMap<string, ConversationRecord>): HandoffFigures {
  const accepted = handoffs.filter((h) => h.assignedAt !== null);
  const replied = handoffs.filter((h) => h.firstAgentReplyAt !== null);
  const judged = handoffs.filter((h) => h.coldStart !== null);
  const promised = handoffs.filter((h) => h.quotedWaitSeconds !== null && (h.assignedAt !== null || h.closedAt !== null));
  const actual = (h: HandoffRecord) => seconds(h.createdAt, h.assignedAt ?? h.closedAt!);
  const ended = handoffs.filter((h) => h.assignedAt !== null || h.closed !== null);
  const afterHandoff = [...new Set(handoffs.filter((h) => h.afterAssistant).map((h) => h.conversationId))].map((id) => conversations.get(id)!);
  return {
    handoffs: handoffs.length,
    acceptanceSeconds: {
      p50: percentile(accepted.map((h) => seconds(h.createdAt, h.assignedAt!)), 0.5),
      p90: percentile(accepted.map((h) => seconds(h.createdAt, h.assignedAt!)), 0.9),
      accepted: accepted.length,
    },
    firstReplySeconds: {
      p50: percentile(replied.map((h) => seconds(h.createdAt, h.firstAgentReplyAt!)), 0.5),
      p90: percentile(replied.map((h) => seconds(h.createdAt, h.firstAgentReplyAt!)), 0.9),
      replied: replied.length,
    },
    contextUtilization: {
      opened: share(replied.filter((h) => h.summary === 'opened').length, replied.length),
      dismissed: share(replied.filter((h) => h.summary === 'dismissed').length, replied.length),
      neverOpened: share(replied.filter((h) => h.summary === 'never_opened').length, replied.length),
      replied: replied.length,
    },
    coldStart: { rate: share(judged.filter((h) => h.coldStart).length, judged.length), cold: judged.filter((h) => h.coldStart).length, judged: judged.length },
    waitPromises: {
      kept: share(promised.filter((h) => h.assignedAt !== null && actual(h) <= h.quotedWaitSeconds!).length, promised.length),
      promises: promised.length,
      quoteToActualP50: percentile(promised.filter((h) => actual(h) > 0).map((h) => Math.round((h.quotedWaitSeconds! / actual(h)) * 100) / 100), 0.5),
    },
    abandonment: { rate: share(ended.filter(abandoned).length, ended.length), abandoned: ended.filter(abandoned).length, ended: ended.length },
    csatAfterHandoff: csatOf(afterHandoff),
  };
}

function groupBy<K>(handoffs: readonly HandoffRecord[], keys: (h: HandoffRecord) => K[]): Map<K, HandoffRecord[]> {
  const groups = new Map<K, HandoffRecord[]>();
  for (const h of handoffs) for (const key of keys(h)) groups.set(key, [...(groups.get(key) ?? []), h]);
  return groups;
}

/**
 * The handoff metrics of the conversations started in `[from, to)`, as docs/METRICS.md
 * defines them, with a break-down by team and by trigger type, a daily series of the
 * handoff rate, the previous period's rate for the trend, and the worst items. Pure.
 *
 * @example
 *   computeMetrics(records, { from, to }, previousRecords).handoffRate.rate // 0.23
 */
export function computeMetrics(records: readonly ConversationRecord[], period: { from: Date; to: Date }, previous: readonly ConversationRecord[] = [], worstCount = 5): MetricsReport {
  const from = period.from.getTime();
  const to = period.to.getTime();
  const inPeriod = records.filter((r) => r.startedAt >= from && r.startedAt < to);
  const byId = new Map(inPeriod.map((r) => [r.conversationId, r]));
  const handoffs = inPeriod.flatMap((r) => r.handoffs);
  const escalated = inPeriod.filter((r) => r.handoffs.length > 0);

  const days = Math.max(1, Math.ceil((to - from) / day));
  const series = Array.from({ length: days }, (_, i) => {
    const start = from + i * day;
    const those = inPeriod.filter((r) => r.startedAt >= start && r.startedAt < start + day);
    const up = those.filter((r) => r.handoffs.length > 0).length;
    return { day: new Date(start).toISOString().slice(0, 10), rate: share(up, those.length), escalated: up, conversations: those.length };
  });

  // Repeat escalation: customers who escalated in the period, and those who escalated again
  // within 24 hours of an earlier escalation (in the same conversation or another).
  const byCustomer = groupBy(handoffs, (h) => [byId.get(h.conversationId)!.customerId]);
  const repeated = [...byCustomer.values()].filter((list) => {
    const times = list.map((h) => h.createdAt).sort((a, b) => a - b);
    return times.some((t, i) => i > 0 && t - times[i - 1]! <= day);
  }).length;

  const withFigures = <K extends string>(name: K, groups: Map<string, HandoffRecord[]>) =>
    [...groups].map(([key, list]) => ({ [name]: key, ...figuresOf(list, byId) }) as { [P in K]: string } & HandoffFigures).sort((a, b) => b.handoffs - a.handoffs);
  const worst = <T>(items: T[], order: (a: T, b: T) => number) => items.sort(order).slice(0, worstCount);

  return {
    period: { from: period.from.toISOString(), to: period.to.toISOString(), days },
    conversations: inPeriod.length,
    handoffRate: {
      rate: share(escalated.length, inPeriod.length),
      escalated: escalated.length,
      conversations: inPeriod.length,
      previous: share(previous.filter((r) => r.handoffs.length > 0).length, previous.length),
      series,
    },
    csat: {
      afterHandoff: csatOf(inPeriod.filter((r) => r.handoffs.some((h) => h.afterAssistant))),
      assistantOnly: csatOf(inPeriod.filter((r) => r.handoffs.length === 0)),
      humanOnly: csatOf(inPeriod.filter((r) => r.handoffs.length > 0 && !r.handoffs.some((h) => h.afterAssistant))),
    },
    repeatEscalation: { rate: share(repeated, byCustomer.size), repeated, customers: byCustomer.size },
    handoffs: figuresOf(handoffs, byId),
    byTeam: withFigures('team', groupBy(handoffs, (h) => [h.team])),
    byTrigger: withFigures('trigger', groupBy(handoffs, (h) => (h.triggers.length ? [...new Set(h.triggers)] : ['none']))),
    worst: {
      slowestAcceptance: worst(
        handoffs.filter((h) => h.assignedAt !== null).map((h) => ({ conversationId: h.conversationId, seconds: seconds(h.createdAt, h.assignedAt!) })),
        (a, b) => b.seconds - a.seconds,
      ),
      lowestCsat: worst(
        inPeriod.filter((r) => r.csat !== null && r.handoffs.length > 0).map((r) => ({ conversationId: r.conversationId, score: r.csat! })),
        (a, b) => a.score - b.score,
      ),
      coldStarts: handoffs.filter((h) => h.coldStart).slice(0, worstCount).map((h) => ({ conversationId: h.conversationId, team: h.team })),
      summaryNeverOpened: handoffs.filter((h) => h.firstAgentReplyAt !== null && h.summary === 'never_opened').slice(0, worstCount).map((h) => ({ conversationId: h.conversationId, team: h.team })),
      abandoned: worst(
        handoffs.filter(abandoned).map((h) => ({ conversationId: h.conversationId, waitedSeconds: seconds(h.createdAt, h.closedAt!) })),
        (a, b) => b.waitedSeconds - a.waitedSeconds,
      ),
    },
  };
}
