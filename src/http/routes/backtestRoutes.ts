import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Agent } from '../../agent/types.ts';
import type { Deps } from '../../core/deps.ts';
import { backtestEscalationPolicy, type BacktestRequest } from '../../policy/backtest/backtestEscalationPolicy.ts';
import { errors, escalationPolicyView } from '../schemas.ts';

const cookie = [{ agentSession: [] }];
const me = (request: FastifyRequest): Agent => request.agent!;

// The response describes every field: the serializer drops what a schema does not list.
const integer = { type: 'integer' } as const;
const share = { type: 'number', description: '0–1' } as const;
const triggerList = { type: 'array', items: { type: 'string', enum: ['confidence', 'explicit_request', 'topic', 'sentiment'] } } as const;
const nullableNumber = { type: ['number', 'null'] } as const;
const summary = {
  type: 'object',
  properties: {
    handoffs: integer,
    rate: share,
    triggers: { type: 'object', properties: { confidence: integer, explicit_request: integer, topic: integer, sentiment: integer } },
    priority: {
      type: 'object',
      properties: {
        mean: nullableNumber,
        p50: nullableNumber,
        p90: nullableNumber,
        bands: { type: 'object', properties: { '0-39': integer, '40-69': integer, '70-100': integer } },
      },
    },
  },
} as const;
const flip = {
  type: 'object',
  properties: {
    conversationId: { type: 'string' },
    direction: { type: 'string', enum: ['new_handoff', 'no_longer_handed_off'] },
    turn: integer,
    customerTurn: integer,
    triggers: triggerList,
    priority: integer,
    evidence: { type: 'string' },
    intent: { type: 'string' },
  },
} as const;
const priorityMove = {
  type: 'object',
  properties: {
    conversationId: { type: 'string' },
    current: integer,
    candidate: integer,
    change: integer,
    triggers: { type: 'object', properties: { current: triggerList, candidate: triggerList } },
    intent: { type: 'string' },
  },
} as const;

/** The backtest report as answered (see docs/POLICY.md, "Backtest"). */
export const backtestReportSchema = {
  type: 'object',
  properties: {
    window: {
      type: 'object',
      properties: { since: { type: ['string', 'null'], format: 'date-time' }, conversations: integer, available: integer, limit: integer, capped: { type: 'boolean' } },
    },
    policies: { type: 'object', properties: { current: escalationPolicyView, candidate: escalationPolicyView } },
    changes: { type: 'array', items: { type: 'string' } },
    actual: { type: 'object', properties: { handoffs: integer, rate: share, agreeingWithCurrentReplay: integer } },
    current: summary,
    candidate: summary,
    handoffRateChangePoints: { type: 'number' },
    flips: { type: 'object', properties: { newHandoffs: integer, noLongerHandedOff: integer, listed: { type: 'array', items: flip } } },
    priorityMoves: { type: 'object', properties: { total: integer, listed: { type: 'array', items: priorityMove } } },
  },
} as const;

/**
 * The supervisor view's policy backtest: replay the workspace's recent conversations under
 * the current escalation policy and a candidate, and answer the comparison. Changes nothing.
 * Registered in the agent scope.
 */
export function backtestRoutes(app: FastifyInstance, deps: Deps): void {
  app.post<{ Body: BacktestRequest }>('/v1/agent/policy/backtest', {
    schema: {
      tags: ['supervisor'],
      summary: 'Backtest a candidate escalation policy on the recent conversations (supervisors and admins)',
      security: cookie,
      body: {
        type: 'object',
        required: ['policy'],
        additionalProperties: false,
        properties: {
          policy: { type: 'object', description: 'A candidate policy, as PUT /v1/agent/policy takes it; validated in full, every problem listed.' },
          sinceDays: { type: 'integer', minimum: 1, maximum: 365, description: 'Replay the conversations started in the last N days (default 30).' },
        },
      },
      response: { 200: backtestReportSchema, ...errors(400, 401, 403) },
    },
    handler: async (request) => backtestEscalationPolicy(deps, me(request), request.body),
  });
}
