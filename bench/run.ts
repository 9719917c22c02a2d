/**
 * npm run bench [-- --scale 1|10|100] [--seed 42] [--duration 12] [--rounds 3] [--warmup 2] [--prewarm 8] [--neo4j-warmup 3] [--concurrency 16,64] [--only nested3,connection] [--smoke] [--out FILE.json]
 *
 * Runs the benchmark (see bench/harness.ts) on the benchmark's own Neo4j store `.neo4j/bench-x<scale>`
 * (loaded once, reused afterwards), prints the Markdown table and writes bench/results/bench-x<scale>.json
 * and .md, plus bench/results/growth.md across the scales run so far. Each cell is measured for
 * --duration seconds in --rounds slices, the contestants in turns (the same order every round), each slice after --warmup seconds
 * of the same load, and once every connection has been answered; a contestant's first slice of an operation comes after
 * --prewarm seconds more of that load; before anything is timed, every contestant runs every operation for
 * --neo4j-warmup seconds (Neo4j's JVM warms up over about half a minute of load). `--smoke` runs
 * every part briefly on tiny data in a throwaway store and writes bench/results/smoke.json (or --out).
 * `--out FILE.json` keeps a run apart: its JSON there and its Markdown beside it (FILE.md), with
 * bench/results/bench-x<scale>.* and growth.md left as they are (for instance extra runs of `--only connection`).
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { runBench } from './harness.js';
import { renderMarkdown } from './report.js';
import { renderGrowth } from './growth.js';

const RESULTS = new URL('./results/', import.meta.url);

async function main(): Promise<void> {
  const started = Date.now();
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '42' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      prewarm: { type: 'string' },
      'neo4j-warmup': { type: 'string' },
      rounds: { type: 'string' },
      concurrency: { type: 'string' },
      only: { type: 'string' },
      smoke: { type: 'boolean', default: false },
      out: { type: 'string' },
    },
  });
  const smoke = values.smoke ?? false;
  const scale = smoke ? 0.1 : Number(values.scale);
  if (!smoke && ![1, 10, 100].includes(scale)) throw new Error(`--scale: expected 1, 10 or 100, received "${values.scale}"`);
  const number = (text: string | undefined, fallback: number, name: string) => {
    const n = text === undefined ? fallback : Number(text);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name}: expected a number of seconds, received "${text}"`);
    return n;
  };
  const rounds = (text: string | undefined, fallback: number) => {
    const n = text === undefined ? fallback : Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--rounds: expected a whole number ≥ 1, received "${text}"`);
    return n;
  };
  const report = await runBench({
    scale,
    seed: Number(values.seed),
    smoke,
    durationSeconds: number(values.duration, smoke ? 0.5 : 12, 'duration'),
    warmupSeconds: number(values.warmup, smoke ? 0.25 : 2, 'warmup'),
    prewarmSeconds: number(values.prewarm, smoke ? 0.25 : 8, 'prewarm'),
    neo4jWarmupSeconds: number(values['neo4j-warmup'], smoke ? 0.25 : 3, 'neo4j-warmup'),
    rounds: rounds(values.rounds, smoke ? 2 : 3),
    // Smoke runs use low concurrency: the point is to exercise every part, and a deep backlog only takes long to drain.
    concurrencies: (values.concurrency ?? (smoke ? '2,4' : '16,64')).split(',').map(Number),
    dataDir: smoke ? `.neo4j/bench-smoke-${process.pid}` : `.neo4j/bench-x${scale}`,
    removeData: smoke,
    only: values.only?.split(','),
    log: (line) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`),
  });
  const markdown = renderMarkdown(report);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (values.out) {
    // A run kept apart (a smoke run, or an extra run of some operations): the scale's results and growth.md stay as they are.
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, json);
    if (!smoke) writeFileSync(values.out.replace(/(\.json)?$/, '.md'), markdown);
    console.log(markdown);
    return;
  }
  mkdirSync(RESULTS, { recursive: true });
  const name = smoke ? 'smoke' : `bench-x${scale}`;
  writeFileSync(new URL(`${name}.json`, RESULTS), json);
  console.log(markdown);
  if (smoke) return;
  writeFileSync(new URL(`${name}.md`, RESULTS), markdown);
  const growth = renderGrowth(RESULTS);
  writeFileSync(new URL('growth.md', RESULTS), growth);
  console.log(growth);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
