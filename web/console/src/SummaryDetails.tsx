import { humanize, triggerLabels, verifyLabels } from './format.ts';
import { SentimentTag } from './SentimentTag.tsx';
import { SummaryAccount } from './SummaryAccount.tsx';
import type { HandoffPacket } from './types.ts';

/**
 * The packet's parts, each under a heading: the sentiment strip, then the next step (what to
 * do, first, so it is never below the fold), what the customer wants, what the assistant
 * tried, the account, why it was escalated, and what to verify.
 */
export function SummaryDetails(props: { packet: HandoffPacket }) {
  const { sentiment, intent, attempts, escalation, nextStep, verify } = props.packet;
  const ids = [...intent.orderIds.map((id) => `Order #${id}`), ...intent.amounts, ...intent.accountNumbers.map((n) => `Account ${n}`)];
  return (
    <>
      <div className="summary-strip" data-testid="summary-sentiment">
        <span className="sr-only">Sentiment: </span>
        <SentimentTag tag={sentiment.tag} />
        {sentiment.signals.length > 0 && (
          <ul className="signals" aria-label="Signals">
            {sentiment.signals.map((signal, i) => (
              <li key={i}>
                <span className="signal-name">{humanize(signal.signal)}</span> <q>{signal.evidence}</q>
              </li>
            ))}
          </ul>
        )}
        {sentiment.signals.length === 0 && <span className="detail">No frustration signals.</span>}
      </div>
      <div className="summary-grid">
        <div className="summary-part part-wide next-step" data-testid="summary-next-step">
          <h4>Next step</h4>
          <p>{nextStep}</p>
        </div>
        <div className="summary-part" data-testid="summary-intent">
          <h4>Customer wants</h4>
          <p className="intent-line">{intent.line}</p>
          {ids.length > 0 && (
            <ul className="chips" aria-label="Ids and amounts">
              {ids.map((id) => (
                <li key={id} className="chip">
                  {id}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="summary-part" data-testid="summary-tried">
          <h4>AI tried</h4>
          {attempts.length === 0 ? (
            <p className="empty">Nothing yet.</p>
          ) : (
            <ul className="plain">
              {attempts.map((attempt, i) => (
                <li key={i}>
                  {attempt.label} <span className={`badge outcome-${attempt.outcome}`}>{humanize(attempt.outcome)}</span>
                  {attempt.evidence && <q className="evidence">{attempt.evidence}</q>}
                </li>
              ))}
            </ul>
          )}
        </div>
        <SummaryAccount account={props.packet.account} customer={props.packet.customer} />
        <div className="summary-part part-half" data-testid="summary-escalation">
          <h4>Why escalated</h4>
          <p className="meta">
            <span className="priority">Priority {escalation.priority}</span>
            {escalation.topic && <span className="badge topic">{humanize(escalation.topic)}</span>}
            <span className="badge">{escalation.language.toUpperCase()}</span>
          </p>
          <ul className="plain">
            {escalation.triggers.map((trigger, i) => (
              <li key={i}>
                <strong>{triggerLabels[trigger.type] ?? humanize(trigger.type)}</strong>
                {trigger.evidence && <> <q>{trigger.evidence}</q></>}
              </li>
            ))}
          </ul>
          <p>{escalation.explanation}</p>
        </div>
        <div className="summary-part part-half" data-testid="summary-verify">
          <h4>Verify</h4>
          {verify.length === 0 ? (
            <p className="empty">Nothing to check.</p>
          ) : (
            <ul className="plain">
              {verify.map((item, i) => (
                <li key={i}>
                  <span className="verify-value">{item.value}</span> <span className={`badge verify-${item.status}`}>{verifyLabels[item.status] ?? humanize(item.status)}</span>
                  {item.detail && <span className="detail"> {item.detail}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </>
  );
}
