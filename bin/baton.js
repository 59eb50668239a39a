#!/usr/bin/env node
// The `baton` command. Baton is TypeScript run by tsx; this shim registers it and hands over.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/runCli.ts');
process.exitCode = await runCli(process.argv.slice(2));
