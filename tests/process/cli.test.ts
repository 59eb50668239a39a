import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBaton } from '../helpers/batonProcess.ts';

const dir = mkdtempSync(join(tmpdir(), 'baton-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the baton command', { timeout: 120_000 }, () => {
  it('explains itself', () => {
    const main = runBaton(['--help']);
    expect(main.status).toBe(0);
    for (const command of ['serve', 'migrate', 'seed', 'DATABASE_URL', 'BATON_DATA_DIR', 'BATON_PORT']) expect(main.stdout).toContain(command);
    for (const command of ['serve', 'migrate', 'seed']) {
      const help = runBaton([command, '--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toContain(`Usage: baton ${command}`);
    }
  });

  it('runs as `npx baton` from the project', () => {
    const result = spawnSync('npx', ['--no-install', 'baton', 'seed', '--help'], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: baton seed');
  });

  it('refuses unknown commands and arguments with exit code 2', () => {
    const unknown = runBaton(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
    expect(runBaton(['migrate', '--force']).status).toBe(2);
  });

  it('lists every configuration problem and exits 1', () => {
    const result = runBaton(['migrate'], { BATON_PORT: 'x', BATON_LOG_LEVEL: 'loud' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('BATON_PORT');
    expect(result.stderr).toContain('BATON_LOG_LEVEL');
  });

  it('migrates and seeds an embedded database, once', () => {
    const env = { BATON_DATA_DIR: dir };
    expect(runBaton(['migrate'], env).stdout).toContain('Applied migrations: 1');
    expect(runBaton(['migrate'], env).stdout).toContain('Database is up to date.');
    expect(runBaton(['seed'], env).stdout).toContain('Seeded workspace "demo".');
    expect(runBaton(['seed'], env).stdout).toContain('already exists');
  });
});
