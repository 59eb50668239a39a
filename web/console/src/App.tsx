import { useCallback, useEffect, useState } from 'react';
import { agentApi } from './agentApi.ts';
import { ApiError, errorMessage, onSignedOut } from './api.ts';
import { Console } from './Console.tsx';
import { Login } from './Login.tsx';
import { clearPacketCache } from './packetCache.ts';
import type { Agent } from './types.ts';

/**
 * The console's root: asks who is signed in, then shows the sign-in form or the console. Any
 * 401 later (signed out elsewhere, session expired) brings the sign-in form back.
 */
export function App() {
  const [agent, setAgent] = useState<Agent | null>();
  const [startError, setStartError] = useState<string>();
  const signedOut = useCallback(() => {
    clearPacketCache();
    setAgent(null);
  }, []);

  useEffect(() => {
    agentApi.me().then(setAgent, (error: unknown) => {
      setAgent(null);
      if (!(error instanceof ApiError && error.status === 401)) setStartError(errorMessage(error));
    });
    return onSignedOut(signedOut);
  }, [signedOut]);

  if (agent === undefined) return <p className="splash" role="status">Loading Baton…</p>;
  if (agent === null) return <Login onSignedIn={(signedIn) => (setStartError(undefined), setAgent(signedIn))} notice={startError} />;
  return <Console agent={agent} onSignedOut={signedOut} />;
}
