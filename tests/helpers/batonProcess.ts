import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const bin = join(process.cwd(), 'bin', 'baton.js');

/** A `baton serve` child process and the URL it printed. */
export interface BatonProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Start `baton serve` in a child process and wait for its start-up banner. */
export function startBatonProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<BatonProcess> {
  const child = spawn(process.execPath, [bin, 'serve'], {
    // No simulated history on a first start unless the test asks for it.
    env: { ...process.env, BATON_PORT: '0', BATON_HOST: '127.0.0.1', BATON_LOG_LEVEL: 'warn', BATON_SEED_HISTORY_DAYS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`baton did not start:\n${output}`)), timeoutMs);
    child.stdout!.on('data', () => {
      const match = /Baton is running on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output: () => output });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`baton exited with ${code}:\n${output}`));
    });
  });
}

/** Kill without a chance to clean up, and wait for the process to be gone. */
export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** Run the `baton` command to completion. */
export function runBaton(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 90_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
