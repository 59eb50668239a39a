import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBaton } from '../helpers/batonProcess.ts';

const dir = mkdtempSync(join(tmpdir(), 'baton-assess-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('npx baton assess', { timeout: 120_000 }, () => {
  it('prints one decision per line, in order, with errors for malformed lines', () => {
    const input = file(
      'small.jsonl',
      [
        JSON.stringify({ id: 'c1', channel: 'chat', customer: { name: 'A', tier: 'gold' }, turns: [{ role: 'customer', text: 'I was charged twice for order #8821, $189.99 billed twice' }] }),
        '{"id":"broken", "turns": [',
        JSON.stringify({ id: 'c3', turns: [{ role: 'customer', text: 'how do I reset my password' }, { role: 'bot', text: 'Settings > Security.', confidence: 0.91 }] }),
        '',
        JSON.stringify({ id: 'c4', turns: [{ role: 'customer', text: 'change my address' }, { role: 'bot', text: 'Not sure.', confidence: 0.3 }] }),
      ].join('\n'),
    );
    const result = runBaton(['assess', input]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['c1', undefined, 'c3', 'c4']);
    expect(lines[0]).toMatchObject({ escalate: true, turn: 0, triggers: ['topic'], topic: 'billing_dispute', language: 'en' });
    expect(Object.keys(lines[0])).toEqual(['id', 'escalate', 'turn', 'triggers', 'sentiment', 'topic', 'language', 'priority', 'intent']);
    expect(lines[1]).toHaveProperty('error');
    expect(lines[2]).toMatchObject({ escalate: false, turn: null, triggers: [], topic: null });
    expect(lines[3]).toMatchObject({ escalate: true, turn: 1, triggers: ['confidence'] });
  });

  it('applies a policy file, and refuses an invalid one', () => {
    const input = file('one.jsonl', JSON.stringify({ id: 'c', turns: [{ role: 'customer', text: 'hi' }, { role: 'bot', text: 'Hello', confidence: 0.62 }] }));
    expect(JSON.parse(runBaton(['assess', input]).stdout).escalate).toBe(true);
    const lenient = file('lenient.json', JSON.stringify({ confidenceThreshold: 0.6 }));
    expect(JSON.parse(runBaton(['assess', input, '--policy', lenient]).stdout).escalate).toBe(false);
    const bad = runBaton(['assess', input, '--policy', file('bad.json', '{"confidenceThreshold": 3}')]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/confidenceThreshold/);
  });

  it('fails clearly on an unreadable file and on wrong arguments', () => {
    const missing = runBaton(['assess', join(dir, 'nope.jsonl')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read/);
    expect(runBaton(['assess']).status).toBe(2);
    const folder = runBaton(['assess', dir]);
    expect(folder.status).toBe(1);
    expect(folder.stderr).toMatch(/Cannot read .*not a file/);
  });

  it('reads a file that starts with a byte-order mark, and prints nothing but results on stdout', () => {
    const bom = file('bom.jsonl', `\uFEFF${JSON.stringify({ id: 'b', turns: [{ role: 'customer', text: 'I need a human' }] })}\n`);
    const result = runBaton(['assess', bom]);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: 'b', escalate: true });
    expect(result.stderr).not.toMatch(/strict mode/);
  });

  it('shows progress on stderr for files over 1,000 lines', () => {
    const line = JSON.stringify({ id: 'x', turns: [{ role: 'customer', text: 'where is my order' }] });
    const big = file('big.jsonl', Array.from({ length: 1200 }, () => line).join('\n'));
    const result = runBaton(['assess', big]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1200);
    expect(result.stderr).toMatch(/100% 1200 conversations/);
  });
});
