// The JSON Schema of the handoff metrics report (`MetricsReport`), for the route and OpenAPI.
const rate = { type: ['number', 'null'] } as const;
const count = { type: 'integer' } as const;
const secondsOrNull = { type: ['integer', 'null'] } as const;
const csat = { type: 'object', properties: { average: rate, answers: count, satisfied: rate } } as const;
const conversationId = { type: 'string' } as const;

const figures = {
  handoffs: count,
  acceptanceSeconds: { type: 'object', properties: { p50: secondsOrNull, p90: secondsOrNull, accepted: count } },
  firstReplySeconds: { type: 'object', properties: { p50: secondsOrNull, p90: secondsOrNull, replied: count } },
  contextUtilization: { type: 'object', properties: { opened: rate, dismissed: rate, neverOpened: rate, replied: count } },
  coldStart: { type: 'object', properties: { rate, cold: count, judged: count } },
  waitPromises: { type: 'object', properties: { kept: rate, promises: count, quoteToActualP50: rate } },
  abandonment: { type: 'object', properties: { rate, abandoned: count, ended: count } },
  csatAfterHandoff: csat,
} as const;

export const metricsReportSchema = {
  type: 'object',
  properties: {
    period: { type: 'object', properties: { from: { type: 'string', format: 'date-time' }, to: { type: 'string', format: 'date-time' }, days: count } },
    capped: { type: 'boolean', description: 'The period had more conversations than one report reads (50,000).' },
    conversations: count,
    handoffRate: {
      type: 'object',
      properties: {
        rate,
        escalated: count,
        conversations: count,
        previous: { ...rate, description: 'The rate of the same span before the period.' },
        series: { type: 'array', items: { type: 'object', properties: { day: { type: 'string' }, rate, escalated: count, conversations: count } } },
      },
    },
    csat: { type: 'object', properties: { afterHandoff: csat, assistantOnly: csat, humanOnly: csat } },
    repeatEscalation: { type: 'object', properties: { rate, repeated: count, customers: count } },
    handoffs: { type: 'object', properties: figures },
    byTeam: { type: 'array', items: { type: 'object', properties: { team: { type: 'string' }, ...figures } } },
    byTrigger: { type: 'array', items: { type: 'object', properties: { trigger: { type: 'string' }, ...figures } } },
    worst: {
      type: 'object',
      properties: {
        slowestAcceptance: { type: 'array', items: { type: 'object', properties: { conversationId, seconds: count } } },
        lowestCsat: { type: 'array', items: { type: 'object', properties: { conversationId, score: count } } },
        coldStarts: { type: 'array', items: { type: 'object', properties: { conversationId, team: { type: 'string' } } } },
        summaryNeverOpened: { type: 'array', items: { type: 'object', properties: { conversationId, team: { type: 'string' } } } },
        abandoned: { type: 'array', items: { type: 'object', properties: { conversationId, waitedSeconds: count } } },
      },
    },
  },
} as const;
