import { useEffect, useLayoutEffect, useRef } from 'react';
import { clockTime } from './format.ts';
import type { AuthorKind, Message } from './types.ts';

const authorLabels: Record<AuthorKind, string> = { customer: 'Customer', assistant: 'Assistant', agent: 'Agent', system: 'Baton' };

/** How close to the bottom (px) still counts as "reading the latest": new messages then scroll in. */
const stickyPx = 80;

/**
 * The conversation, oldest first, as a live log: customer, assistant, agent and system lines
 * look different. Follows new messages while the agent is at the bottom, stays put while they
 * read further up.
 */
export function Transcript(props: { messages: Message[]; myId: string }) {
  const box = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const last = props.messages.at(-1)?.seq;

  useLayoutEffect(() => {
    const el = box.current;
    if (el && atBottom.current) el.scrollTop = el.scrollHeight;
  }, [last]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const onScroll = () => (atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < stickyPx);
    el.addEventListener('scroll', onScroll, { passive: true });
    // The box shrinks when the summary above it loads or expands: keep the latest in view.
    const resized = new ResizeObserver(() => {
      if (atBottom.current) el.scrollTop = el.scrollHeight;
    });
    resized.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      resized.disconnect();
    };
  }, []);

  return (
    <div ref={box} className="transcript" role="log" aria-label="Transcript" data-testid="transcript" tabIndex={0}>
      {props.messages.length === 0 && <p className="empty">No messages yet.</p>}
      {props.messages.map((message) => {
        const mine = message.authorKind === 'agent' && (message.authorAgentId ?? props.myId) === props.myId;
        return (
          <div key={message.seq} className={`message from-${message.authorKind} ${mine ? 'is-mine' : ''}`} data-testid="message" data-seq={message.seq} data-author={message.authorKind}>
            <p className="message-meta">
              <span className="author">{message.authorKind === 'agent' && mine ? 'You' : authorLabels[message.authorKind] ?? message.authorKind}</span>
              <time dateTime={message.createdAt}>{clockTime(message.createdAt)}</time>
            </p>
            <p className="message-body">{message.body}</p>
          </div>
        );
      })}
    </div>
  );
}
