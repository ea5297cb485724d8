/**
 * The real server (src/server/main.ts) as a child process of the crash test: started on a free loopback port,
 * waited for until /healthz answers, killed with SIGKILL. It runs as `node --import tsx`, not through the tsx CLI,
 * so the child is the server itself and the kill reaches it (the CLI would leave its own child running).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { projectRoot } from '../../src/server/config';

export interface ServerProcess {
  baseUrl: string;
  child: ChildProcess;
  /** resolves with the exit code or the signal that ended the process */
  exited: Promise<string>;
}

/** A port nobody listens on right now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Start the server with exactly `env` (plus the port) and wait until it serves; its output goes to `logFile`. */
export async function startServer(env: Record<string, string>, port: number, logFile: string): Promise<ServerProcess> {
  const log = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/server/main.ts')], {
    cwd: projectRoot,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? `exit ${code}`)));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (hasExited) throw new Error(`the server exited while starting (${await exited}); see ${logFile}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) return { baseUrl, child, exited };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not answer /healthz within 90 s; see ${logFile}`);
}

/** Stop a server that is still running (end of a run) and wait for it. */
export async function stopServer(server: ServerProcess): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGTERM');
  await server.exited;
}
