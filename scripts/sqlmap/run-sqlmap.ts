import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ScanDialect, ScanSession } from './server';
import type { ScanTarget } from './targets';

/**
 * sqlmap's settings for every target. Level 3 / risk 2 because below that sqlmap has no time-based or stacked-query
 * test for SQLite at all (its SQLite heavy-query payloads are level 3, risk 2); risk 3 (OR payloads, which can rewrite
 * whole tables through an UPDATE) stays off. --dbms skips the payloads of other databases. Only the marked places
 * (path, query, JSON body) are tested, not the session cookies or other headers. A 401 or 404 answer (sign-in with a
 * wrong password, a demo row that does not exist) must not stop the run.
 */
export const SQLMAP_SETTINGS = ['--batch', '--ignore-code=401,404', '--technique=BEUST', '--skip-waf', '--disable-coloring', '--timeout=30', '--retries=1'];
export const DEFAULT_LEVEL = { level: 3, risk: 2 };

export interface TargetResult {
  target: ScanTarget;
  session: string;
  baselineStatus: number;
  /** "place parameter" pairs sqlmap reports testing */
  tested: string[];
  /** injection points sqlmap confirmed */
  findings: string[];
  /** "appears to be injectable" lines sqlmap later dismissed as false positives */
  dismissed: string[];
  /** sqlmap could not scan (connection refused, crashed) */
  errors: string[];
  /** sqlmap's doubts that do not stop the scan (slow answers) */
  warnings: string[];
  httpCodes: string;
  seconds: number;
}

export async function runSqlmap(
  target: ScanTarget,
  baseUrl: string,
  session: ScanSession | null,
  baselineStatus: number,
  dialect: ScanDialect,
  outDir: string,
  strength = DEFAULT_LEVEL,
): Promise<TargetResult> {
  fs.mkdirSync(outDir, { recursive: true });
  const headers = [...(session ? [`X-CSRF-Token: ${session.csrfToken}`] : []), ...(target.markedBody ? ['Content-Type: application/json'] : [])];
  const args = [
    '-u',
    `${baseUrl}${target.markedUrl}`,
    `--method=${target.method}`,
    ...(target.markedBody ? [`--data=${target.markedBody}`] : []),
    ...(session ? [`--cookie=${session.cookie}`] : []),
    ...(headers.length ? [`--headers=${headers.join('\\n')}`] : []),
    `--dbms=${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`,
    // a random client address per payload request (the server trusts X-Forwarded-For for the scan)
    '--tamper=xforwardedfor',
    `--output-dir=${outDir}`,
    `--level=${strength.level}`,
    `--risk=${strength.risk}`,
    ...SQLMAP_SETTINGS,
  ];
  const started = Date.now();
  const output = await new Promise<string>((resolve) => {
    const child = spawn('sqlmap', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    child.on('error', (error) => resolve(`[CRITICAL] could not run sqlmap: ${error.message}`));
  });
  fs.writeFileSync(path.join(outDir, 'sqlmap-output.txt'), `sqlmap ${args.join(' ')}\n\n${output}`);
  return { target, session: session?.username ?? 'anonymous', baselineStatus, ...parseSqlmapOutput(output, outDir), seconds: (Date.now() - started) / 1000 };
}

/** What one sqlmap run found: its console output and the per-host log it writes only for injection points. */
export function parseSqlmapOutput(
  output: string,
  outDir: string,
): Pick<TargetResult, 'tested' | 'findings' | 'dismissed' | 'errors' | 'warnings' | 'httpCodes'> {
  const lines = output.split('\n');
  // one line per marked place (sqlmap may name a path marker and a body marker alike)
  const tested = [...output.matchAll(/testing for SQL injection on (.+?) parameter '([^']+)'/g)].map((m) => `${m[1]} ${m[2]}`);
  const findings = lines.filter((l) => /identified the following injection point|parameter '[^']+' is vulnerable|\bPayload: /.test(l)).map((l) => l.trim());
  for (const host of fs.existsSync(outDir) ? fs.readdirSync(outDir) : []) {
    const log = path.join(outDir, host, 'log');
    if (fs.existsSync(log) && fs.statSync(log).size > 0) findings.push(`injection log ${log}: ${fs.readFileSync(log, 'utf8').slice(0, 500)}`);
  }
  const dismissed = lines.filter((l) => /appears to be .* injectable|false positive or unexploitable/.test(l)).map((l) => l.trim());
  // sqlmap's doubts, not failures: slow answers (sign-in hashes every password on purpose) make time-based results
  // unsure; answers that change on every request (a fresh form token) make it retry
  const lagging = /considerable lagging has been detected|content appears to be heavily dynamic/;
  const errors = lines.filter((l) => /\[CRITICAL\]/.test(l) && !lagging.test(l)).map((l) => l.trim());
  const warnings = lines.filter((l) => lagging.test(l)).map((l) => l.trim());
  const codesAt = lines.findIndex((l) => l.includes('HTTP error codes detected during run'));
  const httpCodes = codesAt >= 0 ? (lines[codesAt + 1] ?? '').trim() : '';
  return { tested, findings, dismissed, errors, warnings, httpCodes };
}
