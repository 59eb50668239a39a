import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { openingLine, repeatedAttempts } from '../../../src/packet/replyAids.ts';
import { agentApi } from './agentApi.ts';
import { errorMessage } from './api.ts';
import { OpeningSuggestion, RepeatWarning } from './ReplyAids.tsx';
import type { HandoffPacket, Message } from './types.ts';

const maxLength = 4000;

/**
 * Where the agent writes: the draft, with the suggested opening until the first reply and a
 * warning while the draft repeats what the assistant already tried. Sends with Ctrl/⌘+Enter
 * or the button; a retried send keeps its client message id, so it is stored once.
 */
export function ReplyBox(props: { conversationId: string; agentName: string; packet?: HandoffPacket; replied: boolean; onSent: (message: Message) => void }) {
  const { packet } = props;
  const [draft, setDraft] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const clientId = useRef<string>(undefined);
  const input = useRef<HTMLTextAreaElement>(null);

  const opening = useMemo(() => (packet ? openingLine(packet, props.agentName) : undefined), [packet, props.agentName]);
  const repeats = useMemo(() => (packet ? repeatedAttempts(draft, packet.attempts) : []), [packet, draft]);

  const send = async () => {
    const sent = draft;
    const body = sent.trim();
    if (!body || sending) return;
    setSending(true);
    setError(undefined);
    clientId.current ??= newClientId();
    try {
      const message = await agentApi.send(props.conversationId, body, clientId.current);
      props.onSent(message);
      clientId.current = undefined;
      // Whatever the agent typed while it was on its way stays.
      setDraft((current) => (current === sent ? '' : current));
    } catch (cause) {
      setError(`Not sent: ${errorMessage(cause)}`);
    } finally {
      setSending(false);
      input.current?.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };

  const use = () => {
    if (!opening) return;
    setDraft(opening);
    // Put the caret at the end, ready to go on writing.
    requestAnimationFrame(() => {
      input.current?.focus();
      input.current?.setSelectionRange(opening.length, opening.length);
    });
  };

  return (
    <div className="reply">
      {opening && !props.replied && <OpeningSuggestion text={opening} onUse={use} />}
      <RepeatWarning repeats={repeats} />
      <label htmlFor="draft" className="sr-only">
        Reply to the customer
      </label>
      <textarea
        id="draft"
        ref={input}
        data-testid="draft"
        value={draft}
        maxLength={maxLength}
        rows={3}
        placeholder="Write a reply…  (Ctrl+Enter to send)"
        aria-describedby="draft-hint"
        onChange={(event) => {
          setDraft(event.target.value);
          // A changed draft is a new message: a new id, so an edit is never swallowed as a retry.
          clientId.current = undefined;
        }}
        onKeyDown={onKeyDown}
      />
      <div className="reply-bar">
        <span id="draft-hint" className="hint">
          Ctrl/⌘+Enter to send{draft.length > maxLength - 200 ? ` · ${maxLength - draft.length} characters left` : ''}
        </span>
        {error && (
          <span className="inline-error" role="alert">
            {error}
          </span>
        )}
        <button type="button" className="primary" data-testid="send" disabled={sending || !draft.trim()} onClick={() => void send()}>
          {sending ? 'Sending…' : 'Send'}
        </button>
      </div>
    </div>
  );
}

/** A random id; `crypto.randomUUID` needs a secure context, which a console on plain http lacks. */
function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
