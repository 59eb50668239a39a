import type { AgentLoad } from './types.ts';

const presenceOrder: Record<string, number> = { online: 0, away: 1, offline: 2 };

/**
 * Every active agent: team, presence, and what they hold against their capacity, with a bar
 * (the numbers are the accessible text; the bar is decoration). Online agents first.
 *
 * @example
 *   <AgentsTable agents={data.agents} />
 */
export function AgentsTable({ agents }: { agents: readonly AgentLoad[] }) {
  const sorted = [...agents].sort((a, b) => (presenceOrder[a.presence] ?? 3) - (presenceOrder[b.presence] ?? 3) || a.displayName.localeCompare(b.displayName));
  return (
    <div className="sv-scroll">
      <table className="sv-table sv-agents" data-testid="agents-table">
        <caption>Agents</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Team</th>
            <th scope="col">Presence</th>
            <th scope="col">Load</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((agent) => {
            const share = agent.capacity > 0 ? Math.min(1, agent.load / agent.capacity) : 1;
            return (
              <tr key={agent.id} data-testid="agent-row" data-agent-id={agent.id}>
                <th scope="row">
                  {agent.displayName}
                  {agent.role !== 'agent' && <span className="sv-muted"> ({agent.role})</span>}
                </th>
                <td>{agent.team ?? '—'}</td>
                <td>
                  <span className={`sv-badge sv-presence-${agent.presence}`}>{agent.presence}</span>
                </td>
                <td>
                  <div className="sv-load">
                    <span className="sv-num">
                      {agent.load} / {agent.capacity}
                    </span>
                    <span className="sv-bar" aria-hidden="true">
                      <span className={share >= 1 ? 'sv-bar-fill sv-bar-full' : 'sv-bar-fill'} style={{ width: `${Math.round(share * 100)}%` }} />
                    </span>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
