import { join } from 'node:path';

/** Where the test run keeps its migrated and seeded PGlite template (made once per run). */
export const templatePath = join(process.cwd(), 'node_modules', '.cache', 'baton-test', 'pglite-template.tar.gz');
