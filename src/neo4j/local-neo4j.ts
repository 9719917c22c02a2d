import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * Starts Neo4j 5.26 Community locally when NEO4J_URI is not set.
 * Maven Central carries Neo4j's jars but not the standalone server tarball, so we resolve
 * org.neo4j:neo4j + org.neo4j:neo4j-bolt with Maven (neo4j/pom.xml; jars cached in ~/.m2, so a
 * second start downloads nothing) and run neo4j/Launcher.java: the embedded database with its
 * Bolt connector on, bound to 127.0.0.1 on a free port.
 */
const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));
const POM = join(PROJECT_DIR, 'neo4j', 'pom.xml');
const LAUNCHER = join(PROJECT_DIR, 'neo4j', 'Launcher.java');
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;
/** Written in the work dir while a local Neo4j runs. */
export const BOLT_URI_FILE = 'bolt.uri';

export function runningLocalUri(workDir: string): string | undefined {
  const file = join(resolve(PROJECT_DIR, workDir), BOLT_URI_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

export interface LocalNeo4j {
  uri: string;
  /** The Java process (the benchmark reads its CPU time). */
  pid: number | undefined;
  stop(): Promise<void>;
}

export async function startLocalNeo4j(workDir: string, log: (line: string) => void = console.log): Promise<LocalNeo4j> {
  const home = resolve(PROJECT_DIR, workDir);
  mkdirSync(home, { recursive: true });
  const classpath = await resolveClasspath(log);
  const port = await freePort();
  log(`Starting Neo4j Community on bolt://127.0.0.1:${port} (data in ${home})`);
  const child = spawn('java', ['-Xms256m', '-Xmx2g', '-cp', classpath, LAUNCHER, join(home, 'data'), String(port)], {
    // stdin stays open while we live: the launcher stops itself when it closes.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const uri = await waitForReady(child, port);
  // Lets `npm run cypher` reach this running instance instead of starting a second one on the same store.
  const uriFile = join(home, BOLT_URI_FILE);
  writeFileSync(uriFile, uri);
  return {
    uri,
    pid: child.pid,
    stop: async () => {
      rmSync(uriFile, { force: true });
      await stopProcess(child);
    },
  };
}

/** Resolves (downloading once) the jars and caches their classpath in .neo4j/, shared by every store. */
async function resolveClasspath(log: (line: string) => void): Promise<string> {
  const version = /<neo4j\.version>([^<]+)</.exec(readFileSync(POM, 'utf8'))?.[1] ?? 'unknown';
  mkdirSync(join(PROJECT_DIR, '.neo4j'), { recursive: true });
  const cacheFile = join(PROJECT_DIR, '.neo4j', `classpath-${version}.txt`);
  if (existsSync(cacheFile)) {
    const cached = readFileSync(cacheFile, 'utf8').trim();
    if (cached.split(':').every((jar) => existsSync(jar))) return cached;
  }
  log(`Resolving Neo4j ${version} through Maven (first start only)...`);
  try {
    await promisify(execFile)('mvn', ['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${cacheFile}`], {
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`Maven could not resolve Neo4j ${version} (is mvn on the PATH and Maven Central reachable?):\n${(stdout + stderr).slice(-2000)}`);
  }
  return readFileSync(cacheFile, 'utf8').trim();
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function waitForReady(child: ChildProcess, port: number): Promise<string> {
  return new Promise((resolveUri, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j did not start within ${START_TIMEOUT_MS / 1000}s:\n${output.slice(-2000)}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('NEO4J_READY')) {
        clearTimeout(timer);
        resolveUri(`bolt://127.0.0.1:${port}`);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited before it was ready (exit code ${code}):\n${output.slice(-2000)}`));
    });
  });
}

/** SIGTERM lets the launcher's shutdown hook close the store cleanly; SIGKILL only if it hangs. */
function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}
