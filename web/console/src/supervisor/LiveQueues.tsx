import { AgentsTable } from './AgentsTable.tsx';
import { formatWait, waitDuration } from './formatWait.ts';
import { QueueTable } from './QueueTable.tsx';
import { useLiveQueues } from './useLiveQueues.ts';

/**
 * What is waiting right now: a headline (customers waiting, the longest wait, agents online),
 * each queue's waiting handoffs, and every agent's load. Read again on each `queue` frame
 * (`queueTick`) and every 5 s. Supervisors and admins only, as the server insists.
 *
 * @example
 *   <LiveQueues queueTick={queueTick} canWatch={me.role !== 'agent'} />
 */
export function LiveQueues({ queueTick, canWatch }: { queueTick: number; canWatch: boolean }) {
  const { data, error } = useLiveQueues(queueTick, canWatch);
  if (!canWatch || error?.status === 403) {
    return <p className="sv-muted" data-testid="queues-forbidden">Only supervisors and admins can watch the live queues.</p>;
  }
  if (!data) {
    return error ? <p className="sv-form-error" role="alert">The live queues could not be read: {error.message}</p> : <p className="sv-muted">Loading the live queues…</p>;
  }
  const waiting = data.queues.reduce((sum, queue) => sum + queue.waiting.length, 0);
  const online = data.agents.filter((agent) => agent.presence === 'online').length;
  const asOf = new Date(data.asOf);
  return (
    <div data-testid="queues">
      <ul className="sv-headline" aria-label="Right now">
        <li>
          <span className="sv-figure" data-testid="waiting-total">{waiting}</span> waiting
        </li>
        <li>
          <span className="sv-figure" data-testid="longest-wait">
            <time dateTime={waitDuration(data.longestWaitSeconds)}>{formatWait(data.longestWaitSeconds)}</time>
          </span>{' '}
          longest wait
        </li>
        <li>
          <span className="sv-figure" data-testid="agents-online">{online}</span> of {data.agents.length} agents online
        </li>
      </ul>
      <p className="sv-muted sv-as-of">
        As of <time dateTime={data.asOf}>{Number.isNaN(asOf.getTime()) ? data.asOf : asOf.toLocaleTimeString()}</time>
      </p>
      {error && (
        <p className="sv-warning" role="status">
          Could not refresh: {error.message} Showing the queues as last read.
        </p>
      )}
      {data.queues.length === 0 ? <p className="sv-empty">Nobody is waiting.</p> : data.queues.map((queue) => <QueueTable key={queue.queue} queue={queue} />)}
      <AgentsTable agents={data.agents} />
    </div>
  );
}
