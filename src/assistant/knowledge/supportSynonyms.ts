import { stemEnglish } from './englishTerms.ts';

/**
 * Words customers use for what help articles name otherwise ("parcel" for an order, "bill"
 * for an invoice, "locked out" for a password reset). Generic support vocabulary, not one
 * workspace's articles: each customer word adds the article words to the query, at a lower
 * weight than the customer's own words.
 */
const related: Record<string, string> = {
  forgot: 'password reset',
  forget: 'password reset',
  forgotten: 'password reset',
  login: 'password reset',
  log: 'password',
  signin: 'password',
  locked: 'password reset',
  lockout: 'password reset',
  credentials: 'password',
  reimburse: 'refund',
  reimbursement: 'refund',
  money: 'refund',
  return: 'refund',
  twice: 'refund charge duplicate',
  double: 'refund charge duplicate',
  overcharged: 'refund charge wrong',
  card: 'payment method',
  receipt: 'invoice',
  bill: 'invoice billing',
  statement: 'invoice',
  pdf: 'invoice',
  subscription: 'plan',
  subscribe: 'plan',
  tier: 'plan',
  switch: 'plan upgrade downgrade',
  premium: 'plan upgrade',
  cheaper: 'plan downgrade',
  package: 'order ship track',
  parcel: 'order ship track',
  shipment: 'order ship track',
  delivery: 'order ship track',
  deliver: 'order ship',
  arrive: 'order ship',
  courier: 'order track',
  purchase: 'order',
  blank: 'load app',
  spinning: 'load app',
  stuck: 'load',
  crash: 'load app',
  frozen: 'load app',
  freeze: 'load app',
  website: 'app load dashboard',
  site: 'app load dashboard',
  page: 'app load dashboard',
  open: 'load',
  outage: 'status outage',
  down: 'outage status',
  offline: 'outage status',
  disconnected: 'reconnect connection sync',
  disconnect: 'reconnect connection sync',
  synchronize: 'sync',
  synchronise: 'sync',
  integration: 'sync',
};

const byStem = new Map<string, string[]>(
  Object.entries(related).map(([word, targets]) => [stemEnglish(word), targets.split(' ').map(stemEnglish)]),
);

/**
 * The article words a customer's (stemmed) term stands for, stemmed; empty when none.
 *
 * @example
 *   supportSynonyms('parcel') // ['order', 'ship', 'track']
 */
export function supportSynonyms(term: string): readonly string[] {
  return byStem.get(term) ?? [];
}
