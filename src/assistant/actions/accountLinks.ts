/** Where the self-service pages live under a workspace's site. */
export interface AccountPaths {
  refunds: string;
  passwordReset: string;
  plan: string;
  orders: string;
}

/** The paths used unless a workspace sets its own. */
export const defaultAccountPaths: AccountPaths = {
  refunds: '/account/refunds',
  passwordReset: '/account/password-reset',
  plan: '/account/plan',
  orders: '/account/orders',
};

/**
 * The self-service links of a workspace: its base URL joined with each path (one slash
 * between them, whatever the base ends with).
 *
 * @example
 *   accountLinks('https://example.com/').refunds // 'https://example.com/account/refunds'
 */
export function accountLinks(baseUrl: string, paths: Partial<AccountPaths> = {}): AccountPaths {
  const base = baseUrl.replace(/\/+$/, '');
  const join = (path: string): string => (/^https?:\/\//.test(path) ? path : `${base}/${path.replace(/^\/+/, '')}`);
  const all = { ...defaultAccountPaths, ...paths };
  return { refunds: join(all.refunds), passwordReset: join(all.passwordReset), plan: join(all.plan), orders: join(all.orders) };
}
