#!/usr/bin/env node
/**
 * Every installed package whose `engines.node` rules out a Node.js line we support (20, 22, 24) is listed; exit 1 if
 * any. Run by `npm test` so a dependency bump that drops a supported Node line is caught before it lands.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const semver = createRequire(path.join(root, 'package.json'))('semver');
/** the oldest release of each supported line that we promise (README) */
const supported = ['20.19.0', '22.12.0', '24.0.0'];

function* packageFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === '.bin' || entry.name === '.cache') continue;
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith('@')) {
      yield* packageFiles(full);
      continue;
    }
    const manifest = path.join(full, 'package.json');
    if (fs.existsSync(manifest)) yield manifest;
    const nested = path.join(full, 'node_modules');
    if (fs.existsSync(nested)) yield* packageFiles(nested);
  }
}

const problems = [];
for (const file of packageFiles(path.join(root, 'node_modules'))) {
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  const range = manifest.engines?.node;
  if (typeof range !== 'string' || !semver.validRange(range)) continue;
  const excluded = supported.filter((v) => !semver.satisfies(v, range));
  if (excluded.length > 0) problems.push(`${manifest.name}@${manifest.version} engines.node "${range}" 不支持 Node ${excluded.join(', ')}`);
}
if (problems.length > 0) {
  console.error(`以下依赖声明的 Node 版本范围排除了受支持的版本（${supported.join(' / ')}）：\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`依赖的 engines 检查通过：所有已安装的包都支持 Node ${supported.join(' / ')}`);
