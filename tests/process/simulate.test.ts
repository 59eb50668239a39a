import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBaton } from '../helpers/batonProcess.ts';

const dir = mkdtempSync(join(tmpdir(), 'baton-simulate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npx baton simulate', { timeout: 120_000 }, () => {
  it('prints the report as JSON on stdout and one progress line per day on stderr', () => {
    const result = runBaton(['simulate', '--days', '2', '--seed', '7', '--json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['scenario', 'seed', 'days', 'timeZone', 'startDate', 'startsAt', 'endsAt', 'handoffs', 'routing', 'estimates']);
    expect(report).toMatchObject({ scenario: 'default', seed: 7, days: 2, timeZone: 'Europe/Berlin', startDate: '2026-03-02' });
    for (const mode of ['skills', 'general']) {
      expect(Object.keys(report.routing[mode])).toEqual(['handoffs', 'answered', 'abandoned', 'abandonedShare', 'waitP50Seconds', 'waitP90Seconds', 'skillMatchShare', 'utilization']);
      expect(report.routing[mode].handoffs).toBe(report.handoffs);
      expect(report.estimates[mode].map((s: { estimator: string }) => s.estimator)).toEqual(['baton', 'rocketchat', 'tiledesk', 'salesforce']);
      expect(Object.keys(report.estimates[mode][0])).toEqual(['estimator', 'label', 'quoted', 'judged', 'keptShare', 'ratioP50', 'ratioP90', 'meanAbsoluteErrorSeconds', 'meanQuoteSeconds']);
    }
    expect(report.routing.skills.skillMatchShare).toBeGreaterThan(report.routing.general.skillMatchShare);
    expect(result.stderr).toMatch(/^day 1\/2 \(2026-03-02\): [\d,]+ handoffs so far/m);
    expect(result.stderr).toMatch(/^day 2\/2 /m);
  });

  it('prints text tables, nothing on stderr with --quiet, and the same numbers for the same seed', () => {
    const text = runBaton(['simulate', '--days=2', '--seed=7', '--quiet']);
    expect(text.status).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout).toMatch(/^skills-based\s/m);
    expect(text.stdout).toContain('Wait estimates with general queue routing');
    const json = JSON.parse(runBaton(['simulate', '--days', '2', '--seed', '7', '--json', '--quiet']).stdout);
    expect(text.stdout).toContain(json.handoffs.toLocaleString('en-US'));
  });

  it('refuses bad flags with exit code 2 and an invalid scenario with 1', () => {
    const unknown = runBaton(['simulate', '--fast']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown argument "--fast"');
    expect(unknown.stderr).toContain('Usage: baton simulate');
    expect(runBaton(['simulate', '--days', 'ten']).stderr).toContain('--days must be a whole number from 1 to 366, got "ten"');
    expect(runBaton(['simulate', '--seed']).status).toBe(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ timeZone: 'Mars/Olympus', agents: [] }));
    const invalid = runBaton(['simulate', '--scenario', bad]);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain('/timeZone must be an IANA time zone');
    expect(invalid.stderr).toContain('/agents must be a non-empty list of agents');
    expect(runBaton(['simulate', '--scenario', join(dir, 'missing.json')]).status).toBe(1);
  });
});
