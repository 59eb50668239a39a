import { sql, type Kysely } from 'kysely';
import { hashPassword } from '../agent/passwords.ts';
import type { Clock, Ids } from '../core/ports.ts';
import type { Database } from '../store/schema.ts';
import { demoIntents } from './demoIntents.ts';
import { daysAgo, demoAgents, demoArticles, demoCustomers, demoPassword, demoTeams, demoWorkspace } from './demoData.ts';

/** What seeding did. */
export interface SeedResult {
  created: boolean;
  workspace: string;
  agents: { email: string; displayName: string; role: string }[];
  password: string;
}

/**
 * Create the demo workspace unless it exists. Runs in one transaction under an advisory lock,
 * so instances starting together seed it once.
 *
 * @example
 *   const { created, agents } = await seedDemoWorkspace(db, ids, clock);
 */
export async function seedDemoWorkspace(db: Kysely<Database>, ids: Ids, clock: Clock): Promise<SeedResult> {
  const hashes = await Promise.all(demoAgents.map(() => hashPassword(demoPassword)));
  const result = (created: boolean): SeedResult => ({
    created,
    workspace: demoWorkspace.slug,
    agents: demoAgents.map(({ email, displayName, role }) => ({ email, displayName, role })),
    password: demoPassword,
  });
  return db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('baton.seed'))`.execute(tx);
    if (await tx.selectFrom('workspaces').select('id').where('slug', '=', demoWorkspace.slug).executeTakeFirst()) return result(false);
    const now = clock.now();
    const workspaceId = ids.uuid();
    await tx.insertInto('workspaces').values({ id: workspaceId, ...demoWorkspace, identity_secret: ids.token() }).execute();
    const teamIds = new Map<string, string>(demoTeams.map((t) => [t.key, ids.uuid()]));
    await tx.insertInto('teams').values(demoTeams.map((t) => ({ workspace_id: workspaceId, id: teamIds.get(t.key)!, name: t.name, category: t.category }))).execute();
    await tx
      .insertInto('agents')
      .values(
        demoAgents.map((a, i) => ({
          workspace_id: workspaceId,
          id: ids.uuid(),
          email: a.email,
          display_name: a.displayName,
          role: a.role,
          team_id: teamIds.get(a.team)!,
          skills: JSON.stringify(a.skills),
          languages: [...a.languages],
          capacity: a.capacity,
          presence: 'offline' as const,
          password_hash: hashes[i]!,
        })),
      )
      .execute();
    await tx.insertInto('kb_articles').values(demoArticles.map((a) => ({ workspace_id: workspaceId, id: ids.uuid(), ...a }))).execute();
    await tx.insertInto('intents').values(demoIntents.map((i) => ({ workspace_id: workspaceId, name: i.name, article_slug: i.articleSlug, examples: i.examples }))).execute();
    for (const c of demoCustomers) {
      const customerId = ids.uuid();
      await tx
        .insertInto('customers')
        .values({
          workspace_id: workspaceId,
          id: customerId,
          external_id: c.externalId,
          name: c.name,
          email: c.email,
          tier: c.tier,
          customer_since: daysAgo(now, c.sinceDaysAgo).toISOString().slice(0, 10),
        })
        .execute();
      const owned = { workspace_id: workspaceId, customer_id: customerId };
      for (const o of c.orders) {
        await tx.insertInto('orders').values({ ...owned, id: ids.uuid(), number: o.number, status: o.status, total_minor: o.totalMinor, currency: o.currency, placed_at: daysAgo(now, o.daysAgo) }).execute();
      }
      for (const s of c.subscriptions) {
        const renews = s.renewsInDays === null ? null : daysAgo(now, -s.renewsInDays);
        await tx.insertInto('subscriptions').values({ ...owned, id: ids.uuid(), plan: s.plan, status: s.status, started_at: daysAgo(now, s.daysAgo), renews_at: renews }).execute();
      }
      for (const t of c.tickets) {
        await tx.insertInto('tickets').values({ ...owned, id: ids.uuid(), subject: t.subject, status: t.status, opened_at: daysAgo(now, t.daysAgo) }).execute();
      }
    }
    return result(true);
  });
}
