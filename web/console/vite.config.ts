import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The agent console and supervisor view (React 19): built to dist/web/console, served at /console/.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  publicDir: false,
  logLevel: 'warn',
  build: { outDir: fileURLToPath(new URL('../../dist/web/console', import.meta.url)), emptyOutDir: true, target: 'es2022' },
});
