#!/usr/bin/env node
// `npm test`: typecheck, build the web app, then unit, integration (SQLite + PostgreSQL) and e2e suites.
// Ends with one plain summary line "N passed, N failed" that CI can read.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const run = (label, cmd, args) => {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed`);
    process.exit(result.status ?? 1);
  }
};

run('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('web build', 'npx', ['vite', 'build', '--logLevel', 'warn']);

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'minsheng-vitest-')), 'report.json');
console.log('\n▶ tests (unit, integration, e2e)');
const tests = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
  stdio: 'inherit',
  env: process.env,
});
let summary = 'no test report';
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  summary = `${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`;
}
console.log(`\n${summary}`);
process.exit(tests.status ?? 1);
