/**
 * The real server (src/server/main.ts) as a child process of a script (crash test, load benchmark, sqlmap scan):
 * started on a loopback port, waited for until /healthz answers. It runs as `node --import tsx`, not through the tsx
 * CLI, so the child is the server itself and a kill reaches it (the CLI would leave its own child running).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { projectRoot } from '../../src/server/config';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** resolves with the signal or the exit code that ended the process */
  exited: Promise<string>;
  /** SIGTERM (SIGKILL after 10 s) and wait for the exit; nothing when it has ended already */
  stop(): Promise<void>;
}

/** A port nobody listens on right now, on the loopback interface (closed again before the server takes it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Start the server with exactly `env` (plus PORT and HOST) and wait until it serves. Its output goes to `logFile`,
 * or is kept (the last 4,000 characters) for the error when it does not start. `nodeArgs` go before the script
 * (e.g. --cpu-prof for a profile under load).
 */
export async function startServer(opts: {
  env: Record<string, string>;
  port?: number;
  logFile?: string;
  nodeArgs?: string[];
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const port = opts.port ?? (await freePort());
  const log = opts.logFile ? fs.openSync(opts.logFile, 'a') : null;
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', path.join(projectRoot, 'src/server/main.ts')], {
    cwd: projectRoot,
    env: { ...opts.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: log === null ? ['ignore', 'pipe', 'pipe'] : ['ignore', log, log],
  });
  if (log !== null) fs.closeSync(log);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const shown = () => (opts.logFile ? `see ${opts.logFile}` : `output:\n${output}`);
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? `exit ${code}`)));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });
  const url = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    url,
    child,
    exited,
    async stop() {
      if (hasExited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + (opts.timeoutMs ?? 300_000);
  while (Date.now() < deadline) {
    if (hasExited) throw new Error(`the server exited while starting (${await exited}); ${shown()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not answer /healthz within ${(opts.timeoutMs ?? 300_000) / 1000} s; ${shown()}`);
}
