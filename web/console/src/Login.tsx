import { useState, type FormEvent } from 'react';
import { agentApi } from './agentApi.ts';
import { errorMessage } from './api.ts';
import type { Agent } from './types.ts';

/**
 * The sign-in form: workspace (default "demo"), email and password. Shows the server's own
 * error message when sign-in fails.
 */
export function Login(props: { onSignedIn: (agent: Agent) => void; notice?: string }) {
  const [workspace, setWorkspace] = useState('demo');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      props.onSignedIn(await agentApi.signIn(workspace.trim(), email.trim(), password));
    } catch (cause) {
      setError(errorMessage(cause));
      setBusy(false);
    }
  };

  const shown = error ?? props.notice;
  return (
    <main className="login">
      <form className="login-card" onSubmit={submit} aria-labelledby="login-title">
        <p className="brand" aria-hidden="true">
          <span className="brand-mark">B</span> Baton
        </p>
        <h1 id="login-title">Sign in to the agent console</h1>
        <label>
          Workspace
          <input data-testid="login-workspace" value={workspace} onChange={(e) => setWorkspace(e.target.value)} autoComplete="organization" required maxLength={63} />
        </label>
        <label>
          Email
          <input data-testid="login-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="username" required autoFocus />
        </label>
        <label>
          Password
          <input data-testid="login-password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required />
        </label>
        <div className="form-error" role="alert" data-testid="login-error">
          {shown}
        </div>
        <button type="submit" className="primary" data-testid="login-submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
