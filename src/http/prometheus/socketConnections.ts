import { Gauge, type Registry } from 'prom-client';

/** Who is on the other end of a WebSocket, as the connections gauge counts it. */
export type SocketRole = 'agent' | 'customer' | 'anonymous';

/** One open socket in the count: `as` moves it to another role, `close` ends it (once). */
export interface CountedSocket {
  as(role: SocketRole): void;
  close(): void;
}

/** Counts open WebSockets by role; `socketRoute` opens one entry per socket, counted anonymous. */
export interface SocketCounter {
  open(): CountedSocket;
}

/** A counter that counts nothing (the default of `socketRoute`). */
export const uncountedSockets: SocketCounter = { open: () => ({ as() {}, close() {} }) };

const roles: readonly SocketRole[] = ['agent', 'customer', 'anonymous'];

/**
 * `baton_websocket_connections{role}`: sockets open now in this instance. A socket counts as
 * anonymous until it is known; a move after `close` (identification finishing late) changes nothing.
 *
 * @example
 *   const socket = socketConnections(registry).open(); // anonymous +1
 *   socket.as('agent'); // anonymous -1, agent +1
 *   socket.close(); // agent -1
 */
export function socketConnections(registry: Registry): SocketCounter {
  const gauge = new Gauge({ name: 'baton_websocket_connections', help: 'WebSocket connections open in this instance, by who is connected.', labelNames: ['role'] as const, registers: [registry] });
  for (const role of roles) gauge.set({ role }, 0);
  return {
    open() {
      let current: SocketRole | undefined = 'anonymous';
      gauge.inc({ role: current });
      return {
        as(role) {
          if (current === undefined || current === role) return;
          gauge.dec({ role: current });
          gauge.inc({ role });
          current = role;
        },
        close() {
          if (current !== undefined) gauge.dec({ role: current });
          current = undefined;
        },
      };
    },
  };
}
