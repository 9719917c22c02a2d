import type { BenchReport, RunFigures } from './harness.js';
import type { ContestantName } from './contestants/contestant.js';

type Maybe = number | null | undefined;
const fixed = (n: Maybe, digits = 1) => (n === undefined || n === null || !Number.isFinite(n) ? '–' : n.toFixed(digits));
const times = (a: Maybe, b: Maybe) => (a === undefined || a === null || b === undefined || b === null || b === 0 ? '–' : `${(a / b).toFixed(2)}×`);

/** A run's CPU per request: the contestant's Node process and Neo4j, when the windows followed them. */
const cpu = (run: RunFigures | undefined, name: ContestantName) =>
  run?.cpuMsPerRequest ? `${fixed(run.cpuMsPerRequest[name], 2)} / ${fixed(run.cpuMsPerRequest.neo4j, 2)}` : '–';

/** The report as Markdown: machine, per-operation table with ratios, targets, pending operations. */
export function renderMarkdown(report: BenchReport): string {
  const { meta } = report;
  const lines: string[] = [];
  lines.push(`# Benchmark ×${meta.scale}${meta.smoke ? ' (smoke: tiny data, 1 s runs — figures mean nothing)' : ''}`, '');
  lines.push(`Run ${meta.startedAt} → ${meta.finishedAt}; seed ${meta.seed}; ${meta.durationSeconds} s per cell in ${meta.rounds} round(s), contestants in turns in the same order every round, each slice after at least ${meta.warmupSeconds} s of the same load and once every connection had been answered, every contestant loaded ${meta.neo4jWarmupSeconds} s with every operation before anything was timed (Neo4j's warm-up) and ${meta.prewarmSeconds} s more of the same load before its first slice of each operation; concurrency ${meta.concurrencies.join(' and ')}. CPU per request: each process's CPU time over the counted windows (/proc), divided by the requests answered in them.`);
  lines.push(`Machine: ${meta.machine.nproc} cores (${meta.machine.cpu}), memory \`${meta.machine.memory}\`, Node ${meta.machine.node}; load average before ${meta.machine.loadAverageBefore.map((n) => n.toFixed(2)).join(' ')}, after ${meta.machine.loadAverageAfter.map((n) => n.toFixed(2)).join(' ')}.`);
  lines.push(`Node flags: ${Object.entries(meta.nodeFlags).map(([name, flags]) => `${name} ${flags.length > 0 ? flags.map((flag) => `\`${flag}\``).join(' ') : 'none'}`).join('; ')}. Driver pool: at most ${meta.connectionPoolSize} connections per contestant, the same for all.`);
  lines.push(`Data: real seed + synthetic ${Object.entries(meta.sizes).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}.`, '');
  // The ratios are ours' (and apollo-floor's against the reference: the most an API on Apollo Server reaches).
  lines.push('| operation | c | contestant | req/s | p50 ms | p99 ms | errors | round trips | db hits | CPU ms/request: Node / Neo4j | req/s ÷ ref | p99 ÷ ref | req/s ÷ floor | p50 ÷ floor |');
  lines.push('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const op of report.operations) {
    if (!op.sameResults) {
      lines.push(`| ${op.name} | | | results differ: ${op.mismatch?.replace(/\|/g, '/')} | | | | | | | | | | |`);
      continue;
    }
    for (const concurrency of meta.concurrencies) {
      const run = (name: ContestantName): RunFigures | undefined => op.contestants[name]?.runs.find((r) => r.concurrency === concurrency);
      const reference = run('reference');
      const floor = run('floor');
      for (const name of Object.keys(op.contestants) as ContestantName[]) {
        const figures = op.contestants[name]!;
        const r = run(name);
        const isOurs = name === 'ours';
        const vsReference = isOurs || name === 'apollo-floor';
        lines.push(`| ${op.name} | ${concurrency} | ${name} | ${fixed(r?.requestsPerSecond)} | ${fixed(r?.p50Ms, 0)} | ${fixed(r?.p99Ms, 0)} | ${r?.errors ?? '–'} | ${fixed(figures.roundTrips, 0)}${isOurs && figures.reportedRoundTrips !== undefined ? ` (reported ${fixed(figures.reportedRoundTrips, 0)})` : ''} | ${figures.dbHits.toLocaleString('en')} | ${cpu(r, name)} | ${vsReference ? times(r?.requestsPerSecond, reference?.requestsPerSecond) : ''} | ${vsReference ? times(r?.p99Ms, reference?.p99Ms) : ''} | ${isOurs ? times(r?.requestsPerSecond, floor?.requestsPerSecond) : ''} | ${isOurs ? times(r?.p50Ms, floor?.p50Ms) : ''} |`);
      }
    }
  }
  lines.push('', `Memory at the end (RSS / heap used, MB): ${Object.entries(report.memory).map(([name, m]) => `${name} ${m.rssMb} / ${m.heapUsedMb}`).join('; ')}.`, '');
  if (report.targets.length > 0) {
    lines.push('| target | operation | c | value | limit | met |', '| --- | --- | ---: | ---: | ---: | --- |');
    for (const t of report.targets) lines.push(`| ${t.target} | ${t.operation} | ${t.concurrency ?? ''} | ${t.value} | ${t.limit} | ${t.met ? 'yes' : '**no**'} |`);
    lines.push('');
  }
  if (report.pending.length > 0) {
    lines.push('Pending operations:', ...report.pending.map((p) => `- ${p.name} (${p.title}): ${p.reason}`), '');
  }
  return `${lines.join('\n')}\n`;
}
