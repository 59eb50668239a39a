import { humanize } from './format.ts';
import type { HandoffPacket } from './types.ts';

const missing: Record<string, string> = {
  not_found: 'No CRM record for this customer.',
  anonymous: 'Anonymous visitor: no account to look up.',
  unavailable: 'Account data unavailable.',
};

/** The account part of the summary: who the customer is to the business, or why that is unknown. */
export function SummaryAccount(props: { account: HandoffPacket['account']; customer: HandoffPacket['customer'] }) {
  const { account, customer } = props;
  if (account.status !== 'found') {
    return (
      <div className="summary-part" data-testid="summary-account">
        <h4>Account</h4>
        <p>
          {customer.name && <strong>{customer.name} </strong>}
          {missing[account.status] ?? humanize(account.status)}
          {account.reason && <span className="detail"> ({account.reason})</span>}
        </p>
      </div>
    );
  }
  const tickets = account.previousTickets;
  return (
    <div className="summary-part" data-testid="summary-account">
      <h4>Account</h4>
      <p>
        <strong>{account.name ?? customer.name ?? 'Name not on record'}</strong>
        {account.tier && <span className="badge tier">{humanize(account.tier)}</span>}
        {account.externalId && <span className="detail"> {account.externalId}</span>}
      </p>
      <dl className="facts">
        {account.tenureMonths !== undefined && (
          <>
            <dt>Customer for</dt>
            <dd>{tenure(account.tenureMonths)}</dd>
          </>
        )}
        <dt>Open orders</dt>
        <dd>
          {account.orders.length === 0
            ? 'None'
            : account.orders.map((order) => (
                <span key={order.number} className={`order ${order.mentioned ? 'is-mentioned' : ''}`}>
                  #{order.number} · {humanize(order.status)} · {order.total}
                </span>
              ))}
        </dd>
        <dt>Subscriptions</dt>
        <dd>{account.subscriptions.length === 0 ? 'None' : account.subscriptions.map((s) => `${s.plan} (${s.status})`).join(', ')}</dd>
        <dt>Previous tickets</dt>
        <dd>
          {tickets.count}
          {tickets.last[0] && (
            <span className="detail">
              {' '}
              · last: {tickets.last[0].subject} ({tickets.last[0].status})
            </span>
          )}
        </dd>
      </dl>
    </div>
  );
}

function tenure(months: number): string {
  if (months < 12) return `${months} month${months === 1 ? '' : 's'}`;
  const years = Math.floor(months / 12);
  return `${years} year${years === 1 ? '' : 's'}${months % 12 ? `, ${months % 12} mo` : ''}`;
}
