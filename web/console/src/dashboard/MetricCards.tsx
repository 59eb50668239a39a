import type { ReactNode } from 'react';
import { count, duration, none, percent, score, trend } from './format.ts';
import type { MetricsReport } from './types.ts';

/** One headline figure: what it is, the figure, and a line of context under it. */
function Card(props: { testId: string; title: string; figure: string; unit?: string; children?: ReactNode; hint: string; tone?: 'primary' }) {
  return (
    <li className={`db-card${props.tone ? ` db-card-${props.tone}` : ''}`} data-testid={props.testId}>
      <h3 className="db-card-title">{props.title}</h3>
      <p className="db-card-figure">
        <span className="db-figure" data-testid={`${props.testId}-value`}>{props.figure}</span>
        {props.unit && props.figure !== none && <span className="db-unit">{props.unit}</span>}
      </p>
      {props.children}
      <p className="db-card-hint">{props.hint}</p>
    </li>
  );
}

/**
 * The headline figures of the period: the handoff rate with its trend, CSAT after a handoff
 * beside the other kinds, acceptance and first-reply times, then what happened at the
 * handoffs (summary read, cold starts, repeats, wait promises, abandonment).
 *
 * @example
 *   <MetricCards report={report} />
 */
export function MetricCards({ report }: { report: MetricsReport }) {
  const { handoffRate, csat, handoffs: h, repeatEscalation } = report;
  const change = trend(handoffRate.rate, handoffRate.previous, report.period.days);
  const csatAfter = csat.afterHandoff;
  return (
    <>
      <ul className="db-cards db-cards-primary" aria-label="Headline figures">
        <Card testId="metric-handoff-rate" title="Handoff rate" figure={percent(handoffRate.rate)} tone="primary" hint="Conversations handed to a person.">
          <p className="db-card-line">
            {count(handoffRate.escalated, 'handoff')} in {count(handoffRate.conversations, 'conversation')}
          </p>
          {change ? (
            <p className={`db-trend db-trend-${change.direction}`} data-testid="handoff-rate-trend">
              <span aria-hidden="true">{change.short}</span>
              <span className="db-trend-text">{change.text}</span>
            </p>
          ) : (
            <p className="db-trend db-trend-flat">No earlier period to compare.</p>
          )}
        </Card>
        <Card testId="metric-csat" title="CSAT after handoff" figure={score(csatAfter.average)} unit="/ 5" hint="Customers the assistant tried to help before a person did.">
          <p className="db-card-line">
            {csatAfter.answers ? `${count(csatAfter.answers, 'answer')} · ${percent(csatAfter.satisfied)} satisfied` : 'No answers yet'}
          </p>
          <dl className="db-compare">
            <div>
              <dt>Assistant only</dt>
              <dd>{score(csat.assistantOnly.average)}</dd>
            </div>
            <div>
              <dt>Human only</dt>
              <dd>{score(csat.humanOnly.average)}</dd>
            </div>
          </dl>
        </Card>
        <Card testId="metric-acceptance" title="Time to accept" figure={duration(h.acceptanceSeconds.p50)} hint="From the handoff to an agent taking it (median).">
          <dl className="db-compare">
            <div>
              <dt>p90</dt>
              <dd>{duration(h.acceptanceSeconds.p90)}</dd>
            </div>
            <div>
              <dt>Accepted</dt>
              <dd>{h.acceptanceSeconds.accepted}</dd>
            </div>
          </dl>
        </Card>
        <Card testId="metric-first-reply" title="Time to first reply" figure={duration(h.firstReplySeconds.p50)} hint="From the handoff to the agent's first message (median).">
          <dl className="db-compare">
            <div>
              <dt>p90</dt>
              <dd>{duration(h.firstReplySeconds.p90)}</dd>
            </div>
            <div>
              <dt>Replied</dt>
              <dd>{h.firstReplySeconds.replied}</dd>
            </div>
          </dl>
        </Card>
      </ul>
      <ul className="db-cards db-cards-secondary" aria-label="At the handoff">
        <Card testId="metric-context" title="Summary read first" figure={percent(h.contextUtilization.opened)} hint="Agents who saw the summary before their first reply.">
          <p className="db-card-line">
            {h.contextUtilization.replied ? `Dismissed ${percent(h.contextUtilization.dismissed)} · never opened ${percent(h.contextUtilization.neverOpened)}` : 'No first replies yet'}
          </p>
        </Card>
        <Card testId="metric-cold-start" title="Cold starts" figure={percent(h.coldStart.rate)} hint="First replies that ignored the context handed over.">
          <p className="db-card-line">{h.coldStart.judged ? `${h.coldStart.cold} of ${count(h.coldStart.judged, 'first reply', 'first replies')}` : 'No first replies yet'}</p>
        </Card>
        <Card testId="metric-repeat" title="Repeat escalation" figure={percent(repeatEscalation.rate)} hint="Customers handed off again within 24 hours.">
          <p className="db-card-line">{repeatEscalation.customers ? `${repeatEscalation.repeated} of ${count(repeatEscalation.customers, 'customer')}` : 'No handoffs yet'}</p>
        </Card>
        <Card testId="metric-promises" title="Wait promises kept" figure={percent(h.waitPromises.kept)} hint="Handoffs taken within the wait the customer was told.">
          <p className="db-card-line">{h.waitPromises.promises ? `${count(h.waitPromises.promises, 'promise')}${h.waitPromises.quoteToActualP50 === null ? '' : ` · quoted ${h.waitPromises.quoteToActualP50}× the actual wait`}` : 'No waits quoted yet'}</p>
        </Card>
        <Card testId="metric-abandonment" title="Abandonment" figure={percent(h.abandonment.rate)} hint="Handoffs that ended with no agent and no email or callback.">
          <p className="db-card-line">{h.abandonment.ended ? `${h.abandonment.abandoned} of ${count(h.abandonment.ended, 'ended handoff')}` : 'No handoffs ended yet'}</p>
        </Card>
      </ul>
    </>
  );
}
