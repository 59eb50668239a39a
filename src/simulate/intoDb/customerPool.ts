import type { CrmAccount } from '../../crm/types.ts';
import type { Ids } from '../../core/ports.ts';
import type { Customer } from '../../message/types.ts';
import type { Draws, SimulatedHistory } from './history.ts';

/** A customer of a simulated conversation; `account` is set for a known (verified) one. */
export interface PoolCustomer {
  customer: Customer;
  account?: CrmAccount;
  /** A new customer's row, until the first conversation kept adds it to the history (`release`). */
  row?: SimulatedHistory['customers'][number];
}

/** A known customer of the workspace's CRM, available to the simulation. */
export interface CrmCustomer {
  id: string;
  account: CrmAccount;
}

const firstNames = ['Ada', 'Ben', 'Chiara', 'Dev', 'Emma', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Kemi', 'Luis', 'Mira', 'Nils', 'Olga', 'Pablo', 'Rosa', 'Sami', 'Tara', 'Yuki'];
const lastNames = ['Adler', 'Brooks', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jensen', 'Kowalski', 'Lopez', 'Moreau', 'Novak', 'Okafor', 'Rossi'];
const day = 86_400_000;

/**
 * Who writes in: a customer who escalated in the last day and comes back (a repeat
 * escalation), now and then one of the workspace's own CRM customers, otherwise a new one:
 * known (an external id `SIM-…`, a name and the arrival's tier) or an anonymous visitor.
 * A customer never has two conversations open at once. A new customer is added to the
 * history with the first of their conversations that is kept.
 *
 * @example
 *   const pool = new CustomerPool(workspaceId, ids, draw, crmCustomers);
 *   const who = pool.take(start, 'gold', { handoff: true });
 *   pool.release(who, end, { kept: true, comeBack: false }, history);
 */
export class CustomerPool {
  private returning: { who: PoolCustomer; from: number; until: number }[] = [];
  private crmFreeFrom: Map<string, number>;
  private known = 0;

  constructor(
    private readonly workspaceId: string,
    private readonly ids: Ids,
    private readonly draw: Draws,
    private readonly crm: readonly CrmCustomer[],
  ) {
    this.crmFreeFrom = new Map(crm.map((c) => [c.id, 0]));
  }

  /** The customer of a conversation starting at `start`, whose arrival drew `tier`. */
  take(start: number, tier: string, options: { handoff: boolean }): PoolCustomer {
    this.returning = this.returning.filter((r) => r.until >= start);
    const back = options.handoff ? this.returning.findIndex((r) => r.from <= start) : -1;
    if (back >= 0) return this.returning.splice(back, 1)[0]!.who;
    const free = this.crm.filter((c) => this.crmFreeFrom.get(c.id)! <= start);
    if (free.length > 0 && this.draw.chance(options.handoff ? 0.04 : 0.01)) {
      const chosen = this.draw.pick(free);
      this.crmFreeFrom.set(chosen.id, Infinity);
      const { account } = chosen;
      return { customer: { workspaceId: this.workspaceId, id: chosen.id, externalId: account.externalId, name: account.name ?? null, email: account.email ?? null, tier: account.tier ?? 'standard' }, account };
    }
    return this.create(start, tier);
  }

  /**
   * The conversation ended at `end`. When it is kept, a new customer's row goes into the
   * history; a CRM customer may write again an hour later; `comeBack` queues a repeat escalation.
   */
  release(who: PoolCustomer, end: number, outcome: { kept: boolean; comeBack: boolean }, history: SimulatedHistory): void {
    if (outcome.kept && who.row) {
      history.customers.push(who.row);
      delete who.row;
    }
    if (this.crmFreeFrom.has(who.customer.id)) this.crmFreeFrom.set(who.customer.id, end + 3_600_000);
    if (!outcome.kept || !outcome.comeBack) return;
    const from = end + this.draw.between(10 * 60_000, 8 * 3_600_000);
    this.returning.push({ who, from, until: from + 16 * 3_600_000 });
    if (this.crmFreeFrom.has(who.customer.id)) this.crmFreeFrom.set(who.customer.id, Infinity);
  }

  private create(start: number, tier: string): PoolCustomer {
    const id = this.ids.uuid();
    // Anonymous visitors are standard-tier; a gold or platinum arrival is a known customer.
    if (tier === 'standard' && this.draw.chance(0.6)) {
      const row = { id, externalId: null, name: null, email: null, tier: 'standard', customerSince: null };
      return { customer: { workspaceId: this.workspaceId, id, externalId: null, name: null, email: null, tier: 'standard' }, row };
    }
    const n = ++this.known;
    const [first, last] = [this.draw.pick(firstNames), this.draw.pick(lastNames)];
    const externalId = `SIM-${String(10_000 + n)}`;
    const name = `${first} ${last}`;
    const email = `${first}.${last}.${n}@example.com`.toLowerCase();
    const customerSince = new Date(start - Math.round(this.draw.between(20, 1500)) * day).toISOString().slice(0, 10);
    const account: CrmAccount = { externalId, name, email, tier, customerSince, orders: [], subscriptions: [], tickets: [] };
    return { customer: { workspaceId: this.workspaceId, id, externalId, name, email, tier }, account, row: { id, externalId, name, email, tier, customerSince } };
  }
}
