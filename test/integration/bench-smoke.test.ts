import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchReport } from '../../bench/harness.js';
import { OPERATIONS } from '../../bench/operations.js';
import { API_NODE_FLAGS } from '../../src/node-flags.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
let report: BenchReport;

/**
 * `npm run bench -- --smoke` as a child process (its own throwaway Neo4j store, tiny synthetic
 * data, half-second runs): the report must be complete and every contestant must have returned
 * the same results. Nothing here looks at a time.
 */
beforeAll(async () => {
  const out = join(dir, 'smoke.json');
  await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--smoke', '--out', out], {
    cwd: ROOT, env: { ...process.env, NEO4J_URI: '' }, maxBuffer: 16 * 1024 * 1024,
  });
  report = JSON.parse(readFileSync(out, 'utf8')) as BenchReport;
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run bench -- --smoke', () => {
  it('runs every operation, none left pending', () => {
    expect(report.operations.map((op) => op.name)).toEqual(OPERATIONS.map((op) => op.name));
    expect(report.pending).toEqual([]);
  });

  it('every contestant returned the same results for every operation', () => {
    for (const op of report.operations) expect({ op: op.name, same: op.sameResults, mismatch: op.mismatch }).toEqual({ op: op.name, same: true, mismatch: undefined });
  });

  it('reports each contestant at each concurrency: requests/s, p50, p99, errors, round trips, db hits, CPU per request', () => {
    for (const op of report.operations) {
      expect(Object.keys(op.contestants).sort()).toEqual(Object.keys(OPERATIONS.find((o) => o.name === op.name)!.plans).sort());
      for (const [name, figures] of Object.entries(op.contestants)) {
        expect(figures.runs.map((run) => run.concurrency), `${op.name} ${name}`).toEqual(report.meta.concurrencies);
        for (const run of figures.runs) {
          expect(run.errors, `${op.name} ${name} errors`).toBe(0);
          for (const key of ['requestsPerSecond', 'requests'] as const) expect(typeof run[key]).toBe('number');
          for (const key of ['p50Ms', 'p99Ms'] as const) expect(run[key] === null || typeof run[key] === 'number').toBe(true);
          for (const process of [name, 'neo4j']) expect(run.cpuMsPerRequest?.[process], `${op.name} ${name} CPU of ${process}`).toBeGreaterThanOrEqual(0);
        }
        expect(figures.roundTrips, `${op.name} ${name} round trips`).toBeGreaterThanOrEqual(1);
        expect(figures.dbHits, `${op.name} ${name} db hits`).toBeGreaterThan(0);
      }
    }
  });

  it('reports the memory of every contestant and checks the targets', () => {
    expect(Object.keys(report.memory).sort()).toEqual(['apollo-floor', 'floor', 'ours', 'reference']);
    for (const memory of Object.values(report.memory)) expect(memory.rssMb).toBeGreaterThan(0);
    expect(report.targets.some((t) => t.target === 'round trips ≤ depth')).toBe(true);
    expect(report.meta.machine.nproc).toBeGreaterThan(0);
  });

  it('records the Node flags of every child process: ours with the API\'s, as npm start runs it', () => {
    expect(Object.keys(report.meta.nodeFlags).sort()).toEqual(['apollo-floor', 'floor', 'load', 'ours', 'reference']);
    for (const flag of API_NODE_FLAGS) expect(report.meta.nodeFlags.ours).toContain(flag);
  });

  it('keeps our round trips within the nesting depth on the nested lists', () => {
    for (const name of ['nested3', 'nested5', 'connection']) {
      const op = report.operations.find((o) => o.name === name)!;
      expect(op.contestants.ours!.roundTrips, name).toBeLessThanOrEqual(op.maxRoundTrips);
    }
  });
});
