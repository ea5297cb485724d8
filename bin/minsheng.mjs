#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, without a build step, from any working directory.
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
const { runCli } = await tsImport('../src/cli/main.ts', { parentURL: import.meta.url, tsconfig });
process.exitCode = await runCli(process.argv.slice(2));
