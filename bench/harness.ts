import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { buildSchema } from 'graphql';
import { isDeepStrictEqual } from 'node:util';
import { openBenchDatabase } from './data/load.js';
import { Child } from './processes.js';
import { CONTESTANTS, contestantNodeFlags, contestantPoolSize, type ContestantName } from './contestants/contestant.js';
import { OPERATIONS, PENDING_UNLESS_PRESENT, sendTo, type Operation, type Plan, type Send } from './operations.js';
import { summarize, type LoadResult, type LoadSlice } from './load/summarize.js';
import type { ProfileResult } from './contestants/profile.js';
import { checkTargets, type TargetCheck } from './targets.js';
import { sliceSchedule } from './slice-schedule.js';

export interface BenchOptions {
  scale: number;
  seed: number;
  smoke: boolean;
  /** Measured seconds per cell (operation, concurrency, contestant), split evenly over the rounds. */
  durationSeconds: number;
  /** Seconds of load before each measured slice, in the same run, whose answers are not counted. */
  warmupSeconds: number;
  /**
   * Seconds each contestant is loaded with an operation right before its first slice of it, in the
   * same autocannon run (added to that slice's warm-up).
   */
  prewarmSeconds: number;
  /**
   * Seconds of load per operation and contestant, all of them in turn, before anything is timed:
   * Neo4j's JVM needs about half a minute of load before its CPU per transaction settles.
   */
  neo4jWarmupSeconds: number;
  /**
   * Each cell is measured in this many slices, the contestants taking turns in the same order
   * every round, and the slices merged. The machine's speed drifts over minutes (it is shared):
   * measured in turns of a few seconds, every contestant sees the same drift. The same order means
   * every contestant waits as long between two of its slices. A different one first each round
   * left two of the four on the connection idle for six slices (about 40 s) once per cell: V8's
   * memory reducer shrank their heaps meanwhile, and that slice cost them 1.25× the median CPU per
   * request of their others (README, Performance).
   */
  rounds: number;
  concurrencies: number[];
  /** The benchmark's own Neo4j store (never the API's or the tests'). */
  dataDir: string;
  /** Remove the store afterwards (smoke runs). */
  removeData: boolean;
  /** Only these operations (default: all). */
  only?: string[];
  log: (line: string) => void;
}

export interface RunFigures extends LoadResult { concurrency: number }

export interface ContestantFigures {
  /** Database round trips per request, counted by a driver wrapper (transactions). */
  roundTrips: number;
  /** Ours only: what the API itself reported in extensions.dbRoundTrips. */
  reportedRoundTrips?: number;
  /** Db hits per request: PROFILE of every query the request ran, summed. */
  dbHits: number;
  queriesPerRequest: number;
  /** The transactions of the verified request(s), by the name each gave itself. */
  transactions: string[];
  runs: RunFigures[];
}

export interface OperationReport {
  name: string;
  title: string;
  maxRoundTrips: number;
  targets: Operation['targets'];
  /** Every contestant returned the same (canonical) result before timing. */
  sameResults: boolean;
  mismatch?: string;
  contestants: Partial<Record<ContestantName, ContestantFigures>>;
}

export interface BenchReport {
  meta: {
    startedAt: string;
    finishedAt: string;
    scale: number;
    seed: number;
    smoke: boolean;
    sizes: Record<string, number>;
    durationSeconds: number;
    warmupSeconds: number;
    prewarmSeconds: number;
    neo4jWarmupSeconds: number;
    rounds: number;
    concurrencies: number[];
    machine: { nproc: number; cpu: string; memory: string; node: string; loadAverageBefore: number[]; loadAverageAfter: number[] };
    /** The Node flags each child process ran with (contestants and the load generator), beyond `--import tsx`. */
    nodeFlags: Record<string, string[]>;
    /** Each contestant's driver pool (the same for all: contestantPoolSize). */
    connectionPoolSize: number;
  };
  operations: OperationReport[];
  pending: { name: string; title: string; reason: string }[];
  /** Each contestant's process memory after all its runs, in MB. */
  memory: Partial<Record<ContestantName, { rssMb: number; heapUsedMb: number }>>;
  targets: TargetCheck[];
}

const SCHEMA_FILE = new URL('../schema/schema.graphql', import.meta.url);

/**
 * The whole benchmark: the bench store (real seed + synthetic data), the three contestants in
 * their own processes, the load generator in another; per operation, a check that every
 * contestant returns the same result (with round trips and PROFILE db hits), then timed load at
 * each concurrency, contestants in turns (the same order) over several rounds; finally memory and the target checks.
 */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const startedAt = new Date().toISOString();
  const loadAverageBefore = os.loadavg();
  const database = await openBenchDatabase({ scale: options.scale, seed: options.seed, dataDir: options.dataDir, log: options.log });
  const children: Child[] = [];
  try {
    const queryFields = Object.keys(buildSchema(readFileSync(SCHEMA_FILE, 'utf8')).getQueryType()?.getFields() ?? {});
    const operations = OPERATIONS.filter((op) => !options.only || options.only.includes(op.name));
    const pending = PENDING_UNLESS_PRESENT
      .filter((p) => !options.only || options.only.includes(p.name))
      .map((p): BenchReport['pending'][number] => ({ name: p.name, title: p.title, reason: queryFields.includes(p.field) ? `Query.${p.field} exists, but its benchmark operation is not written yet` : `Query.${p.field} is not in the schema yet` }));
    const runnable = operations.filter((op) => op.requires.every((field) => queryFields.includes(field)));
    for (const op of operations.filter((o) => !runnable.includes(o))) pending.push({ name: op.name, title: op.title, reason: `needs Query.${op.requires.join(', Query.')}` });

    options.log('Starting the contestants and the load generator...');
    const started = await Promise.all([
      ...CONTESTANTS.map((name) => Child.start(name, './contestants/serve.ts', [name, database.uri], contestantNodeFlags(name))),
      Child.start('load', './load/worker.ts', []),
    ]);
    children.push(...started.map((s) => s.child));
    const servers = Object.fromEntries(CONTESTANTS.map((name, i) => [name, { child: started[i].child, url: started[i].ready.url as string }])) as Record<ContestantName, { child: Child; url: string }>;
    const load = started[CONTESTANTS.length].child;

    const reports: OperationReport[] = [];
    for (const op of runnable) reports.push(await verify(op, servers, options));
    for (const report of reports.filter((r) => !r.sameResults)) options.log(`  ${report.name}: results differ, not timed: ${report.mismatch}`);
    const timed = reports.filter((report) => report.sameResults);
    // Every window follows the CPU time of each contestant's process, of Neo4j and of the load
    // generator: what a request costs each, and whether an idle contestant was busy meanwhile.
    const processes: [string, number | undefined][] = [...CONTESTANTS.map((n) => [n, servers[n].child.pid] as [string, number | undefined]), ['neo4j', database.pid], ['load', load.pid]];
    const cpuPids = Object.fromEntries(processes.filter(([, pid]) => pid !== undefined)) as Record<string, number>;
    const job = (report: OperationReport, name: ContestantName, connections: number, durationSeconds: number, warmupSeconds: number) => ({
      url: servers[name].url, bodies: (report.contestants[name] as { bodies?: object[] }).bodies!.map((b) => JSON.stringify(b)),
      connections, durationSeconds, warmupSeconds, waitForConnections: true, cpuPids,
    });
    const contestantsOf = (report: OperationReport) => Object.keys(report.contestants) as ContestantName[];
    /** Untimed load: `seconds` of the operation on one contestant, then its backlog drained. */
    const warm = async (report: OperationReport, name: ContestantName, seconds: number) => {
      if (seconds <= 0) return;
      await load.request<LoadSlice>(job(report, name, Math.min(...options.concurrencies), seconds, 0));
      await servers[name].child.request({ type: 'idle' });
    };

    // Neo4j's JVM compiles its hot paths over the first half minute or so of load (measured with
    // one statement through the driver, 16 callers: Neo4j CPU per transaction fell from 4.7 ms in
    // the first seconds to 0.55 ms after 25–30 s). Whoever was timed in that stretch paid for it,
    // which may be why the first cell of a run was its least steady (nested3 at ×10: 1.03–1.39× the
    // reference at c=16, 1.37–1.65× at c=64, in three runs). So every contestant runs every operation
    // before anything is timed.
    if (options.neo4jWarmupSeconds > 0) options.log(`Warming Neo4j up: ${options.neo4jWarmupSeconds} s per operation and contestant...`);
    for (const report of timed) for (const name of contestantsOf(report)) await warm(report, name, options.neo4jWarmupSeconds);

    for (const report of timed) {
      const names = contestantsOf(report);
      // Neo4j plans and JIT-compiles each query shape on first use, and each contestant's V8 its own
      // code: every contestant is loaded with the operation for --prewarm seconds before its first
      // slice, in the same run as that slice (sliceSchedule), so that being timed first is no
      // handicap (measured: a contestant timed cold spent up to 3× the Neo4j CPU per request that it
      // spent warm; with 2 s each, every contestant still sped up by 17–68 % between the first and
      // second rounds of the first operation).
      const slices = new Map(options.concurrencies.map((c) => [c, new Map(names.map((name) => [name, [] as LoadSlice[]]))]));
      for (const turn of sliceSchedule(names, options)) {
        const slice = await load.request<LoadSlice>(job(report, turn.name, turn.concurrency, options.durationSeconds / options.rounds, turn.warmupSeconds));
        // Requests still queued when autocannon stopped are answered now, before anything else is measured.
        await servers[turn.name].child.request({ type: 'idle' });
        slices.get(turn.concurrency)!.get(turn.name)!.push(slice);
        const figures = summarize([slice]);
        options.log(`  ${report.name.padEnd(12)} c=${String(turn.concurrency).padEnd(3)} round ${turn.round + 1}/${options.rounds} ${turn.name.padEnd(9)} ${figures.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${figures.p50Ms?.toFixed(1)} ms  p99 ${figures.p99Ms?.toFixed(1)} ms  errors ${figures.errors}  window opened at ${slice.openedAtSeconds.toFixed(1)} s${cpuLine(turn.name, figures.cpuMsPerRequest)}`);
      }
      for (const concurrency of options.concurrencies) {
        for (const name of names) report.contestants[name]!.runs.push({ concurrency, ...summarize(slices.get(concurrency)!.get(name)!) });
      }
      for (const figures of Object.values(report.contestants)) delete (figures as { bodies?: object[] }).bodies;
    }

    const memory: BenchReport['memory'] = {};
    for (const name of CONTESTANTS) {
      const usage = await servers[name].child.request<NodeJS.MemoryUsage>({ type: 'memory' });
      memory[name] = { rssMb: mb(usage.rss), heapUsedMb: mb(usage.heapUsed) };
    }
    const report: BenchReport = {
      meta: {
        startedAt, finishedAt: new Date().toISOString(), scale: options.scale, seed: options.seed, smoke: options.smoke,
        sizes: { ...database.sizes }, durationSeconds: options.durationSeconds, warmupSeconds: options.warmupSeconds, prewarmSeconds: options.prewarmSeconds, neo4jWarmupSeconds: options.neo4jWarmupSeconds, rounds: options.rounds, concurrencies: options.concurrencies,
        machine: machine(loadAverageBefore),
        nodeFlags: Object.fromEntries(children.map((child) => [child.name, child.nodeFlags])),
        connectionPoolSize: contestantPoolSize(),
      },
      operations: reports,
      pending,
      memory,
      targets: [],
    };
    report.targets = checkTargets(report);
    return report;
  } finally {
    await Promise.all(children.map((child) => child.stop()));
    await database.close();
    if (options.removeData) rmSync(options.dataDir, { recursive: true, force: true });
  }
}

/** A slice's CPU per request, for the log: the contestant's process, Neo4j's, the idle contestants' together. */
function cpuLine(name: ContestantName, cpu: Record<string, number> | undefined): string {
  if (!cpu) return '';
  const idle = CONTESTANTS.filter((other) => other !== name).reduce((sum, other) => sum + (cpu[other] ?? 0), 0);
  return `  CPU ms/request: ${name} ${cpu[name]?.toFixed(2)}, neo4j ${cpu.neo4j?.toFixed(2)}, idle contestants ${idle.toFixed(2)}`;
}

/** Runs the operation once against each contestant: results, round trips, db hits. */
async function verify(op: Operation, servers: Record<ContestantName, { child: Child; url: string }>, options: BenchOptions): Promise<OperationReport> {
  const report: OperationReport = { name: op.name, title: op.title, maxRoundTrips: op.maxRoundTrips, targets: op.targets, sameResults: true, contestants: {} };
  const canonical: Partial<Record<ContestantName, unknown>> = {};
  for (const [name, plan] of Object.entries(op.plans) as [ContestantName, (send: Send) => Promise<Plan>][]) {
    const { child, url } = servers[name];
    const send = sendTo(url);
    await child.request({ type: 'idle' });
    await child.request({ type: 'record' });
    let result: Plan;
    try {
      result = await plan(send);
    } catch (error) {
      await child.request({ type: 'stop-record' });
      report.sameResults = false;
      report.mismatch = `${name} failed: ${(error as Error).message}`;
      return report;
    }
    const recorded = await child.request<{ roundTrips: number; queries: string[]; transactions: string[] }>({ type: 'stop-record' });
    const profile = await child.request<ProfileResult>({ type: 'profile' });
    const requests = result.bodies.length;
    canonical[name] = result.canonical;
    const figures: ContestantFigures & { bodies: object[] } = {
      roundTrips: recorded.roundTrips / requests,
      ...(result.reportedRoundTrips !== undefined && { reportedRoundTrips: result.reportedRoundTrips / requests }),
      dbHits: Math.round(profile.dbHits / requests),
      queriesPerRequest: recorded.queries.length / requests,
      transactions: recorded.transactions,
      runs: [],
      bodies: result.bodies,
    };
    report.contestants[name] = figures;
    options.log(`  ${op.name.padEnd(12)} ${name.padEnd(9)} verified: ${figures.roundTrips} round trip(s)/request, ${figures.dbHits} db hits/request`);
  }
  const [first, ...others] = Object.entries(canonical);
  for (const [name, value] of others) {
    if (!isDeepStrictEqual(value, first[1])) {
      report.sameResults = false;
      report.mismatch = `${name} differs from ${first[0]}: ${firstDifference(first[1], value)}`;
    }
  }
  // An empty answer would make every contestant "agree": the data must give each operation work.
  if (first && JSON.stringify(first[1]).length < 10) {
    report.sameResults = false;
    report.mismatch = `the result is empty (${JSON.stringify(first[1])}): nothing to compare`;
  }
  return report;
}

/** A short description of where two canonical results first differ. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string {
  if (isDeepStrictEqual(a, b)) return 'no difference';
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items vs ${b.length}`;
    const i = a.findIndex((item, index) => !isDeepStrictEqual(item, b[index]));
    return firstDifference(a[i], b[i], `${path}[${i}]`);
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    const key = keys.find((k) => !isDeepStrictEqual((a as any)[k], (b as any)[k]))!;
    return firstDifference((a as any)[key], (b as any)[key], `${path}.${key}`);
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
}

function mb(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

function machine(loadAverageBefore: number[]) {
  let memory = `${Math.round(os.totalmem() / 1024 ** 3)} GiB`;
  try {
    memory = execFileSync('free', ['-h'], { encoding: 'utf8' }).split('\n').find((line) => line.startsWith('Mem:'))?.replace(/\s+/g, ' ').trim() ?? memory;
  } catch {
    // `free` is not everywhere; the total from os is enough.
  }
  return { nproc: os.availableParallelism(), cpu: os.cpus()[0]?.model ?? 'unknown', memory, node: process.version, loadAverageBefore, loadAverageAfter: os.loadavg() };
}
