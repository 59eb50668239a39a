import type { CustomerIdentity } from './types.ts';

/** How this widget was embedded: where Baton is, which workspace, and who the customer is. */
export interface WidgetConfig {
  /** Baton's origin: the origin of the widget script's own `src`. */
  origin: string;
  workspace: string;
  customer?: CustomerIdentity;
  startOpen: boolean;
}

const customerFields = { externalId: 'customerId', signature: 'customerSignature', name: 'customerName', email: 'customerEmail' } as const;

/**
 * Read the configuration from the embedding `<script>` tag's `data-*` attributes; `undefined`
 * (and a console warning) when `data-workspace` is missing.
 *
 * @example
 *   readConfig(document.currentScript, location.origin) // { origin: 'https://baton.example', workspace: 'demo', startOpen: false }
 */
export function readConfig(script: Element | null, pageOrigin: string): WidgetConfig | undefined {
  const data = script instanceof HTMLElement ? script.dataset : {};
  const workspace = data.workspace?.trim();
  if (!workspace) {
    console.warn('Baton widget: add data-workspace="…" to the script tag.');
    return undefined;
  }
  const customer: CustomerIdentity = {};
  for (const [field, key] of Object.entries(customerFields)) {
    const value = data[key]?.trim();
    if (value) customer[field as keyof CustomerIdentity] = value;
  }
  return {
    origin: originOf(script, pageOrigin),
    workspace,
    ...(Object.keys(customer).length > 0 && { customer }),
    startOpen: data.open === 'true',
  };
}

function originOf(script: Element | null, pageOrigin: string): string {
  const src = script instanceof HTMLScriptElement ? script.src : '';
  try {
    return src ? new URL(src).origin : pageOrigin;
  } catch {
    return pageOrigin;
  }
}
