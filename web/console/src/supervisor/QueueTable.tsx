import { formatWait, waitDuration } from './formatWait.ts';
import { topicLabels } from './policyDraft.ts';
import type { LiveQueue, Topic } from './types.ts';

const statusLabels: Record<string, string> = { pending: 'Waiting', offered: 'Offered' };
const pathLabels: Record<string, string> = { off_hours: 'off hours', no_agent: 'no agent' };

/** A topic's name as the support team says it. */
const topicName = (topic: string | null) => (topic === null ? '—' : (topicLabels[topic as Topic]?.label ?? topic));

/**
 * One queue's waiting handoffs, highest priority first (the server's order): priority, wait,
 * status, sentiment, topic, intent and language. Every value is the server's text as text.
 *
 * @example
 *   <QueueTable queue={queues[0]} />
 */
export function QueueTable({ queue }: { queue: LiveQueue }) {
  const captionId = `sv-queue-${queue.queue.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <section className="sv-queue" data-testid="queue" data-queue={queue.queue} aria-labelledby={captionId}>
      <table className="sv-table">
        <caption id={captionId}>
          <span className="sv-queue-name">{queue.queue}</span>
          <span className="sv-muted">
            {' '}
            · {queue.waiting.length} waiting · longest <time dateTime={waitDuration(queue.longestWaitSeconds)}>{formatWait(queue.longestWaitSeconds)}</time>
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Priority</th>
            <th scope="col">Waited</th>
            <th scope="col">Status</th>
            <th scope="col">Sentiment</th>
            <th scope="col">Topic</th>
            <th scope="col">Intent</th>
            <th scope="col">Language</th>
          </tr>
        </thead>
        <tbody>
          {queue.waiting.map((entry) => (
            <tr key={entry.handoffId} data-testid="queue-row" data-handoff-id={entry.handoffId}>
              <td className="sv-num">{entry.priority}</td>
              <td className="sv-num">
                <time dateTime={waitDuration(entry.waitedSeconds)}>{formatWait(entry.waitedSeconds)}</time>
              </td>
              <td>
                {statusLabels[entry.status] ?? entry.status}
                {pathLabels[entry.path] && <span className="sv-muted"> ({pathLabels[entry.path]})</span>}
              </td>
              <td>
                <span className={`sv-badge sv-sentiment-${entry.sentiment}`}>{entry.sentiment}</span>
              </td>
              <td>{topicName(entry.topic)}</td>
              <td className="sv-intent">{entry.intent}</td>
              <td>{entry.language}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
