import { conversationHref, duration } from './format.ts';
import type { MetricsReport } from './types.ts';

type Item = { conversationId: string; figure: string };

/** One conversation to look at: a link into the console's conversation view. */
function WorstItem({ item }: { item: Item }) {
  const href = conversationHref(item.conversationId);
  const content = (
    <>
      <span className="db-worst-id">
        <span className="sr-only">Conversation </span>
        {item.conversationId.slice(0, 8)}
      </span>
      <span className="db-worst-figure">{item.figure}</span>
    </>
  );
  // An id that is not a UUID never reaches an href: it is listed, not linked.
  return (
    <li>
      {href ? (
        <a className="db-worst-item" href={href} data-testid="worst-item" data-conversation-id={item.conversationId}>
          {content}
        </a>
      ) : (
        <span className="db-worst-item" data-testid="worst-item" data-conversation-id={item.conversationId}>
          {content}
        </span>
      )}
    </li>
  );
}

function WorstList(props: { title: string; testId: string; items: Item[]; empty: string }) {
  return (
    <section className="db-worst-list" data-testid={props.testId} aria-labelledby={`${props.testId}-title`}>
      <h4 id={`${props.testId}-title`}>{props.title}</h4>
      {props.items.length === 0 ? (
        <p className="db-muted">{props.empty}</p>
      ) : (
        <ol>
          {props.items.map((item, i) => (
            <WorstItem key={`${item.conversationId}-${i}`} item={item} />
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * The conversations worth a look: slowest to be accepted, lowest CSAT, cold starts, summary
 * never opened, abandoned. Each opens in the console's conversation view (read-only unless
 * it is mine).
 *
 * @example
 *   <WorstItems worst={report.worst} />
 */
export function WorstItems({ worst }: { worst: MetricsReport['worst'] }) {
  return (
    <div className="db-worst" data-testid="worst">
      <WorstList title="Slowest to accept" testId="worst-acceptance" empty="No handoff was accepted." items={worst.slowestAcceptance.map((w) => ({ conversationId: w.conversationId, figure: duration(w.seconds) }))} />
      <WorstList title="Lowest CSAT" testId="worst-csat" empty="No CSAT after a handoff." items={worst.lowestCsat.map((w) => ({ conversationId: w.conversationId, figure: `${w.score} of 5` }))} />
      <WorstList title="Cold starts" testId="worst-cold-start" empty="No cold start." items={worst.coldStarts.map((w) => ({ conversationId: w.conversationId, figure: w.team }))} />
      <WorstList title="Summary never opened" testId="worst-never-opened" empty="Every replying agent saw the summary." items={worst.summaryNeverOpened.map((w) => ({ conversationId: w.conversationId, figure: w.team }))} />
      <WorstList title="Abandoned" testId="worst-abandoned" empty="Nobody gave up waiting." items={worst.abandoned.map((w) => ({ conversationId: w.conversationId, figure: `waited ${duration(w.waitedSeconds)}` }))} />
    </div>
  );
}
