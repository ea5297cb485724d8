#!/usr/bin/env node
// `npm test`: typecheck, lint and format check, build the web app, then unit, integration (SQLite + PostgreSQL) and e2e suites.
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

run('dependency engines (Node 20 / 22 / 24)', 'node', ['scripts/check-engines.mjs']);
run('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('lint and format', 'npx', ['biome', 'check']);
run('web build', 'npx', ['vite', 'build', '--logLevel', 'warn']);

// The browser suite runs after the others, not beside them: on a small machine (CI has 2 cores) the integration
// suite's load would otherwise slow the browser enough to make its waits flaky.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minsheng-vitest-'));
const suites = [
  { label: 'unit and integration', projects: ['unit', 'integration'] },
  { label: 'e2e (Chromium)', projects: ['e2e'] },
];
const totals = { passed: 0, failed: 0, skipped: 0 };
let status = 0;
for (const [index, suite] of suites.entries()) {
  console.log(`\n▶ tests: ${suite.label}`);
  const report = path.join(dir, `report-${index}.json`);
  const args = ['vitest', 'run', ...suite.projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const result = spawnSync('npx', args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) status = result.status ?? 1;
  if (!fs.existsSync(report)) {
    console.error(`✗ ${suite.label}: no test report`);
    status = status || 1;
    continue;
  }
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + r.numTodoTests;
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(status);
