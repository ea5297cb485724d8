#!/usr/bin/env node
/**
 * `npm start`: build the web app when it is missing or older than its sources — only if vite (a devDependency) is
 * installed — then run the server. A production install (`npm ci && npm run build && npm prune --omit=dev`) starts
 * without any devDependency: the built web in dist/web is served as it is.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const built = path.join(root, 'dist/web/index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const sources = ['src/web', 'src/public', 'src/contract', 'src/domain'].map((d) => path.join(root, d)).filter((d) => fs.existsSync(d));
const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
const isStale = builtAt === 0 || sources.some((d) => newestMtime(d) > builtAt);
let hasVite = true;
try {
  createRequire(path.join(root, 'package.json')).resolve('vite');
} catch {
  hasVite = false;
}
if (isStale && hasVite) {
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else if (builtAt === 0) {
  console.error('网页尚未构建，且未安装构建工具：请先运行 npm run build（生产环境可在构建后执行 npm prune --omit=dev）。服务器仍会启动并提供接口。');
}

// the server runs as a child; a process manager's SIGTERM/SIGINT reaches it, and its exit code is ours
const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/server/main.ts')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
