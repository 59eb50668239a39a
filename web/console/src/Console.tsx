import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { agentApi } from './agentApi.ts';
import { errorMessage } from './api.ts';
import { ConversationPanel } from './ConversationPanel.tsx';
import { Header } from './Header.tsx';
import { Inbox } from './Inbox.tsx';
import { ConsoleSocket, type ConnectionState } from './socket.ts';
import { SupervisorView } from './supervisor/SupervisorView.tsx';
import type { Agent } from './types.ts';
import { useInbox } from './useInbox.ts';
import { useRoute } from './useRoute.ts';
import { useSummaryLog } from './useSummaryLog.ts';

// The dashboard and its chart library load only when a supervisor opens it; so does the calibration review.
const DashboardView = lazy(() => import('./dashboard/DashboardView.tsx'));
const CalibrationView = lazy(() => import('./calibration/CalibrationView.tsx'));

/**
 * The signed-in console: the top bar, the inbox on the left (offers, my conversations, the
 * waiting list) and the open conversation; or, for supervisors, the supervisor view, the
 * metrics dashboard or the calibration review. Owns the one WebSocket, open while signed in.
 */
export function Console(props: { agent: Agent; onSignedOut: () => void }) {
  const { agent, onSignedOut } = props;
  const [socket] = useState(() => new ConsoleSocket(location));
  const [connection, setConnection] = useState<ConnectionState>(socket.state);
  const [presence, setPresence] = useState(agent.presence);
  const [presenceBusy, setPresenceBusy] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [route, go] = useRoute();
  const inbox = useInbox(socket);
  const summaryLog = useSummaryLog();

  useEffect(() => {
    const stops = [socket.onState(setConnection), socket.onSessionEnded(onSignedOut)];
    socket.start();
    return () => {
      stops.forEach((stop) => stop());
      socket.stop();
    };
  }, [socket, onSignedOut]);

  const offerCount = inbox.offers.length;
  useEffect(() => {
    document.title = offerCount ? `(${offerCount}) New offer · Baton console` : 'Baton console';
  }, [offerCount]);

  const togglePresence = async () => {
    setPresenceBusy(true);
    try {
      setPresence(await agentApi.setPresence(presence === 'online' ? 'away' : 'online'));
      setNotice(undefined);
    } catch (cause) {
      setNotice(errorMessage(cause));
    } finally {
      setPresenceBusy(false);
    }
  };

  const signOut = async () => {
    try {
      await agentApi.signOut();
    } catch {
      // Signed out already, or the server is down: either way, leave.
    }
    onSignedOut();
  };

  const open = useCallback((conversationId: string) => go({ view: 'inbox', conversationId }), [go]);
  const supervises = agent.role === 'supervisor' || agent.role === 'admin';
  const view = route.view !== 'inbox' && supervises ? route.view : 'inbox';
  const conversationId = route.view === 'inbox' ? route.conversationId : undefined;

  return (
    <div className="console">
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        Skip to the conversation
      </button>
      <Header
        agent={agent}
        presence={presence}
        presenceBusy={presenceBusy}
        connection={connection}
        view={view}
        onNavigate={go}
        onTogglePresence={togglePresence}
        onSignOut={signOut}
      />
      {notice && (
        <p className="banner" role="alert">
          {notice}
        </p>
      )}
      {view === 'supervisor' ? (
        <main id="main" className="supervisor-main">
          <SupervisorView me={agent} queueTick={inbox.queueTick} />
        </main>
      ) : view === 'dashboard' ? (
        <main id="main" className="supervisor-main">
          <Suspense fallback={<p className="splash" role="status">Loading the dashboard…</p>}>
            <DashboardView />
          </Suspense>
        </main>
      ) : view === 'calibration' ? (
        <main id="main" className="supervisor-main">
          <Suspense fallback={<p className="splash" role="status">Loading the calibration review…</p>}>
            <CalibrationView me={agent} open={route.view === 'calibration' ? route.open : undefined} onOpen={(open) => go({ view: 'calibration', open })} />
          </Suspense>
        </main>
      ) : (
        <div className="layout">
          <Inbox inbox={inbox} presence={presence} selectedId={conversationId} onOpen={open} />
          <main id="main" className="main" tabIndex={-1}>
            {conversationId ? (
              <ConversationPanel
                key={conversationId}
                agent={agent}
                socket={socket}
                conversationId={conversationId}
                summaryLog={summaryLog}
                onChanged={inbox.refreshQueue}
              />
            ) : (
              <div className="empty-main">
                <h2>No conversation open</h2>
                <p>{presence === 'online' ? 'New offers appear on the left. Accept one, or take a customer from the waiting list.' : 'You are away: go online to receive offers, or take a customer from the waiting list.'}</p>
              </div>
            )}
          </main>
        </div>
      )}
    </div>
  );
}
