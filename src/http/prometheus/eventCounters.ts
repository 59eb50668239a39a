import { Counter, type Registry } from 'prom-client';
import type { DomainEvent } from '../../core/events.ts';
import type { EventBus } from '../../realtime/eventBus.ts';
import type { WorkspaceSlugs } from './workspaceSlugs.ts';

/** How an offer's life shows in `baton_offers_total`. */
export type OfferOutcome = 'created' | 'accepted' | 'declined' | 'timed_out' | 'rescinded';

const outcomes = new Set<string>(['created', 'accepted', 'declined', 'timed_out', 'rescinded']);

/**
 * The outcome an offer event counts as, or `undefined` for any other event.
 *
 * @example
 *   offerOutcome({ type: 'offer.timed_out', … }) // 'timed_out'
 */
export function offerOutcome(event: DomainEvent): OfferOutcome | undefined {
  if (!event.type.startsWith('offer.')) return undefined;
  const outcome = event.type.slice('offer.'.length);
  return outcomes.has(outcome) ? (outcome as OfferOutcome) : undefined;
}

/**
 * The `trigger` labels a `handoff.created` event counts under: each trigger type once, `none`
 * when it has none; anything not shaped like a trigger type counts as `other`, so a label
 * never carries free text.
 *
 * @example
 *   handoffTriggers(['explicit_request', 'sentiment']) // ['explicit_request', 'sentiment']
 *   handoffTriggers([]) // ['none']
 */
export function handoffTriggers(triggers: readonly string[]): string[] {
  const labels = new Set(triggers.map((t) => (/^[a-z_]{1,40}$/.test(t) ? t : 'other')));
  return labels.size > 0 ? [...labels] : ['none'];
}

/**
 * `baton_offers_total{workspace,outcome}` and `baton_handoffs_total{workspace,trigger}`, counted
 * from the events committed in this instance (`local`): relayed events are counted by the
 * instance that committed them, so summing over instances counts each event once.
 * Returns the function that stops listening.
 */
export function countDomainEvents(registry: Registry, bus: EventBus, slugs: WorkspaceSlugs): () => void {
  const settled = () => slugs.settled();
  const offers = new Counter({ name: 'baton_offers_total', help: 'Offers made to agents, and how each ended.', labelNames: ['workspace', 'outcome'] as const, registers: [registry], collect: settled });
  const handoffs = new Counter({ name: 'baton_handoffs_total', help: 'Handoffs opened, counted once under each of their triggers.', labelNames: ['workspace', 'trigger'] as const, registers: [registry], collect: settled });
  return bus.subscribe((workspaceId, event, origin) => {
    if (origin !== 'local') return;
    const outcome = offerOutcome(event);
    if (outcome) void slugs.of(workspaceId).then((workspace) => offers.inc({ workspace, outcome }));
    if (event.type === 'handoff.created') {
      const triggers = handoffTriggers(event.payload.triggers);
      void slugs.of(workspaceId).then((workspace) => {
        for (const trigger of triggers) handoffs.inc({ workspace, trigger });
      });
    }
  });
}
