import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The customer widget: one self-contained script (no framework, no chunks) that sites embed
// with a single <script> tag. Built to dist/web/widget.js; the server serves it at /widget.js.
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/web/widget', import.meta.url)),
    emptyOutDir: true,
    target: 'es2020',
    lib: { entry: fileURLToPath(new URL('src/main.ts', import.meta.url)), name: 'BatonWidget', formats: ['iife'], fileName: () => 'widget.js' },
  },
});
