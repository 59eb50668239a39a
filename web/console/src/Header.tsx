import type { ConnectionState } from './socket.ts';
import type { Agent } from './types.ts';
import type { Route } from './useRoute.ts';

const connectionText: Record<ConnectionState, string> = {
  open: 'Connected',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  closed: 'Offline',
};

/**
 * The top bar: the product, the views this agent may open, the live connection, my presence
 * (online receives offers, away does not) and sign-out.
 */
export function Header(props: {
  agent: Agent;
  presence: Agent['presence'];
  presenceBusy: boolean;
  connection: ConnectionState;
  view: Route['view'];
  onNavigate: (route: Route) => void;
  onTogglePresence: () => void;
  onSignOut: () => void;
}) {
  const { agent, presence, connection, view } = props;
  const online = presence === 'online';
  const supervises = agent.role === 'supervisor' || agent.role === 'admin';
  return (
    <header className="topbar">
      <p className="brand">
        <span className="brand-mark" aria-hidden="true">B</span> Baton
      </p>
      {supervises && (
        <nav className="tabs" aria-label="Views">
          <button type="button" data-testid="nav-inbox" aria-current={view === 'inbox' ? 'page' : undefined} onClick={() => props.onNavigate({ view: 'inbox' })}>
            Inbox
          </button>
          <button type="button" data-testid="nav-supervisor" aria-current={view === 'supervisor' ? 'page' : undefined} onClick={() => props.onNavigate({ view: 'supervisor' })}>
            Supervisor
          </button>
          <button type="button" data-testid="nav-dashboard" aria-current={view === 'dashboard' ? 'page' : undefined} onClick={() => props.onNavigate({ view: 'dashboard' })}>
            Dashboard
          </button>
          <button type="button" data-testid="nav-calibration" aria-current={view === 'calibration' ? 'page' : undefined} onClick={() => props.onNavigate({ view: 'calibration' })}>
            Calibration
          </button>
        </nav>
      )}
      <div className="topbar-end">
        <span className={`connection connection-${connection}`} data-testid="connection" role="status">
          <span className="dot" aria-hidden="true" />
          {connectionText[connection]}
        </span>
        <button
          type="button"
          className={`presence ${online ? 'is-online' : 'is-away'}`}
          data-testid="presence"
          aria-pressed={online}
          disabled={props.presenceBusy}
          title={online ? 'You receive offers. Press to go away.' : 'You receive no offers. Press to go online.'}
          onClick={props.onTogglePresence}
        >
          <span className="dot" aria-hidden="true" />
          {online ? 'Online' : presence === 'offline' ? 'Offline' : 'Away'}
        </button>
        <span className="me" data-testid="me">
          {agent.displayName}
          <span className="role">{agent.role}</span>
        </span>
        <button type="button" className="quiet" data-testid="signout" onClick={props.onSignOut}>
          Sign out
        </button>
      </div>
    </header>
  );
}
