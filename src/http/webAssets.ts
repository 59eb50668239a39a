import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where `npm run build` puts the widget and the console. */
export const webDist = join(root, 'dist', 'web');
const publicDir = join(root, 'public');

/**
 * Pages may load scripts, styles and sockets from Baton's own origin only; no inline script,
 * no plugin, no framing by other sites. Stored text renders as text (S4); this header is the
 * second wall if a rendering bug ever slips through.
 */
const pagePolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  // 'self' covers ws: and wss: to this same host (CSP Level 3).
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The static web surfaces: the start page and sample host page (`public/`), the customer
 * widget (`/widget.js`, embeddable from any site) and the agent console (`/console/`). When the
 * build is missing, `/console/` says how to make it instead of a bare 404.
 */
export async function webAssets(app: FastifyInstance): Promise<void> {
  app.addHook('onSend', async (request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html')) {
      reply.header('content-security-policy', pagePolicy);
      reply.header('x-content-type-options', 'nosniff');
      reply.header('referrer-policy', 'same-origin');
    }
    return payload;
  });
  await app.register(fastifyStatic, { root: publicDir, prefix: '/', index: ['index.html'] });
  const consoleDir = join(webDist, 'console');
  if (existsSync(consoleDir)) {
    await app.register(fastifyStatic, { root: consoleDir, prefix: '/console/', decorateReply: false, index: ['index.html'] });
  } else {
    app.get('/console/', { schema: { hide: true } }, async (_request, reply) =>
      reply.code(503).type('text/plain').send('The console is not built. Run `npm run build` (npm start does it for you).'),
    );
  }
  app.get('/widget.js', { schema: { hide: true } }, async (_request, reply) => {
    const file = join(webDist, 'widget', 'widget.js');
    if (!existsSync(file)) return reply.code(503).type('text/plain').send('// The widget is not built. Run `npm run build`.');
    // Any site may load the widget; it talks to Baton with the conversation's bearer token only.
    reply.header('access-control-allow-origin', '*').header('cache-control', 'no-cache');
    return reply.sendFile('widget.js', join(webDist, 'widget'));
  });
  app.get('/console', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/console/'));
}
