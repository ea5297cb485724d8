#!/usr/bin/env node
/**
 * Runs every test of the given files (or of the whole unit and integration projects) on its own, one vitest
 * process per `it` filtered by its full name, and lists those that fail alone — a test that only passes after
 * the test before it depends on shared state.
 *
 *   node scripts/tests-alone.mjs [--jobs N] [--project unit|integration] [paths...]
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';

const args = process.argv.slice(2);
const jobsAt = args.indexOf('--jobs');
const jobs = jobsAt >= 0 ? Number(args.splice(jobsAt, 2)[1]) : Math.max(1, Math.min(4, os.cpus().length));
const projectAt = args.indexOf('--project');
const projects = projectAt >= 0 ? [args.splice(projectAt, 2)[1]] : ['unit', 'integration'];
const paths = args;
const listed = JSON.parse(
  execFileSync('npx', ['vitest', 'list', '--json', ...projects.flatMap((p) => ['--project', p]), ...paths], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
);
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const failures = [];
const logFile = path.join(os.tmpdir(), 'tests-alone-failures.log');
fs.writeFileSync(logFile, '');
let next = 0;
let done = 0;
async function worker() {
  while (next < listed.length) {
    const test = listed[next++];
    const ok = await new Promise((resolve) => {
      const child = spawn('npx', ['vitest', 'run', '--project', test.projectName, test.file, '-t', `^${escapeRegex(test.name.replaceAll(' > ', ' '))}$`], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('close', (code) => resolve(code === 0 && /Tests\s+.*1 passed/.test(out) ? true : out));
    });
    done++;
    if (ok !== true) {
      failures.push(test);
      console.log(`✗ ${test.file.replace(`${process.cwd()}/`, '')} › ${test.name}`);
      fs.appendFileSync(logFile, `\n===== ${test.file} › ${test.name}\n${ok}\n`);
    }
    if (done % 10 === 0) console.log(`… ${done}/${listed.length}`);
  }
}
await Promise.all(Array.from({ length: jobs }, worker));
console.log(`${listed.length - failures.length}/${listed.length} tests pass alone${failures.length ? ` (output of each failure: ${logFile})` : ''}`);
process.exit(failures.length ? 1 : 0);
