import { useState } from 'react';
import { agentApi } from './agentApi.ts';
import { errorMessage } from './api.ts';
import type { Conversation } from './types.ts';

/** The dispositions offered when resolving; the server accepts any snake_case word. */
const dispositions = [
  ['answered', 'Answered'],
  ['refunded', 'Refunded'],
  ['replaced', 'Replaced'],
  ['account_fixed', 'Account fixed'],
  ['escalated_elsewhere', 'Escalated elsewhere'],
  ['no_response', 'No response'],
] as const;

/** Ending my part: resolve with a disposition, or hand the customer back to the assistant. */
export function CloseActions(props: { conversationId: string; onClosed: (conversation: Conversation) => void }) {
  const [disposition, setDisposition] = useState<string>('answered');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const run = async (action: () => Promise<Conversation>) => {
    setBusy(true);
    setError(undefined);
    try {
      props.onClosed(await action());
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="close-actions">
      <label className="inline-label">
        Disposition
        <select data-testid="disposition" value={disposition} onChange={(event) => setDisposition(event.target.value)} disabled={busy}>
          {dispositions.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="resolve" disabled={busy} onClick={() => run(() => agentApi.resolve(props.conversationId, disposition))}>
        Resolve
      </button>
      <button type="button" className="quiet" data-testid="hand-back" disabled={busy} onClick={() => run(() => agentApi.handBack(props.conversationId))}>
        Hand back to assistant
      </button>
      {error && (
        <span className="inline-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
