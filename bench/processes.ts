import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * A child process of the benchmark (a contestant server or the load generator) run with tsx,
 * spoken to over IPC with numbered requests. Started and stopped by the harness only.
 */
export class Child {
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (value: any) => void; reject: (error: Error) => void }>();
  private exited: Error | undefined;

  private constructor(readonly name: string, readonly nodeFlags: string[], private readonly child: ChildProcess) {
    child.on('message', (message: { id?: number; result?: unknown; error?: string }) => {
      if (message.id === undefined) return;
      const waiter = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.error) waiter?.reject(new Error(`${name}: ${message.error}`));
      else waiter?.resolve(message.result);
    });
    child.on('exit', (code, signal) => {
      this.exited = new Error(`${name} exited (code ${code}, signal ${signal})`);
      for (const waiter of this.waiting.values()) waiter.reject(this.exited);
      this.waiting.clear();
    });
  }

  /**
   * Forks `script` (relative to bench/) with `nodeFlags` (and any from BENCH_FLAGS_<NAME>) and waits
   * for its first `{type: 'ready'}` message.
   */
  static async start(name: string, script: string, args: string[], nodeFlags: readonly string[] = [], timeoutMs = 120_000): Promise<{ child: Child; ready: any }> {
    const path = fileURLToPath(new URL(script, import.meta.url));
    // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of every child (contestants, load) into <dir> when it exits.
    const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
    // Every contestant runs as in production: graphql-js, for one, skips its development-only checks then.
    const flags = [...nodeFlags, ...extraFlags(name)];
    const child = fork(path, args, { execArgv: ['--import', 'tsx', ...profile, ...flags], env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const ready = await new Promise<any>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name} did not start within ${timeoutMs / 1000} s`)), timeoutMs);
      child.on('message', (message: { type?: string }) => {
        if (message.type === 'ready') {
          clearTimeout(timer);
          resolve(message);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${name} exited before it was ready (code ${code})`));
      });
    });
    return { child: new Child(name, flags, child), ready };
  }

  /** The child's process id (for reading its CPU time from /proc). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  request<T = any>(message: Record<string, unknown>): Promise<T> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send({ ...message, id });
    });
  }

  /** Asks the child to stop; kills it (by its own pid) if it does not within a few seconds. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.request({ type: 'stop' }).catch(() => undefined);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/**
 * Node flags for one child from BENCH_FLAGS_<NAME> (OURS, REFERENCE, FLOOR, APOLLO_FLOOR, LOAD),
 * space-separated, after the child's own: for experiments such as `BENCH_FLAGS_OURS=--max-semi-space-size=128`
 * (a later V8 flag wins, so that one overrides ours' committed 64, and `--allocation-site-pretenuring` cancels
 * ours' committed `--no-allocation-site-pretenuring`).
 */
function extraFlags(name: string): string[] {
  return process.env[`BENCH_FLAGS_${name.replace(/-/g, '_').toUpperCase()}`]?.split(' ').filter(Boolean) ?? [];
}
