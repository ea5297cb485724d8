import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { expect, it } from 'vitest';
import { loadConfig } from '../config';
import { openDatabase } from '../db/dialect';
import type { Database } from '../db/dialect';
import { describeEachDialect } from '../test-support/test-app';
import { listFiles } from './backup-files';
import { createBackup, restoreBackup, verifyBackup } from './backup.service';

/** Every row of every table, ordered, as JSON: two databases with equal dumps hold the same data. */
async function dumpTables(database: Database): Promise<Record<string, string>> {
  const tables =
    database.dialect === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(database.db)).rows
      : (
          await sql<{
            name: string;
          }>`select table_name as name from information_schema.tables where table_schema = current_schema() order by table_name`.execute(database.db)
        ).rows;
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(database.db)).rows;
    out[name] = JSON.stringify(rows.map((r) => JSON.stringify(r)).sort());
  }
  return out;
}

describeEachDialect(
  'backup and restore (the demo database round-trips)',
  (t) => {
    it('restores every table and every attachment identically, and refuses a damaged backup or an overwrite without --force', async () => {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'minsheng-backup-'));
      const target = fs.mkdtempSync(path.join(os.tmpdir(), 'minsheng-restore-'));
      const isPg = t().dialect === 'postgres';
      const restoreDb = `restore_${crypto.randomBytes(4).toString('hex')}`;
      const adminClient = isPg ? new pg.Client({ connectionString: process.env.TEST_PG_URL }) : null;
      let restored: Database | null = null;
      try {
        const { dir, manifest } = await createBackup(t().config, out);
        expect(manifest.files.some((f) => f.path.startsWith('uploads/'))).toBe(true);
        expect(verifyBackup(dir).files).toHaveLength(manifest.files.length);

        let restoreUrl: string | undefined;
        if (adminClient) {
          await adminClient.connect();
          await adminClient.query(`CREATE DATABASE "${restoreDb}"`);
          const url = new URL(process.env.TEST_PG_URL!);
          url.pathname = `/${restoreDb}`;
          restoreUrl = url.toString();
        }
        const config = loadConfig({ DATA_DIR: target, ...(restoreUrl ? { DATABASE_URL: restoreUrl, DATABASE_SCHEMA: t().schema } : {}) });
        await restoreBackup(config, dir);
        restored = await openDatabase(config);
        const original = await openDatabase(t().config);
        try {
          const [a, b] = [await dumpTables(original), await dumpTables(restored)];
          expect(Object.keys(b).length).toBeGreaterThan(40);
          expect(b).toEqual(a);
        } finally {
          await original.close();
        }
        expect(listFiles(path.join(target, 'uploads'))).toEqual(listFiles(path.join(t().dataDir, 'uploads')));

        // a second restore over the data is refused without --force
        await expect(restoreBackup(config, dir)).rejects.toThrow(/--force/);
        // a damaged backup is refused before anything is touched
        const victim = manifest.files.find((f) => f.path.startsWith('uploads/'))!;
        fs.appendFileSync(path.join(dir, victim.path), 'x');
        expect(() => verifyBackup(dir)).toThrow(`备份已损坏，以下文件缺失或与清单不符：${victim.path}`);
      } finally {
        await restored?.close();
        if (adminClient) {
          await adminClient.query(`DROP DATABASE IF EXISTS "${restoreDb}" WITH (FORCE)`);
          await adminClient.end();
        }
        fs.rmSync(out, { recursive: true, force: true });
        fs.rmSync(target, { recursive: true, force: true });
      }
    });
  },
  { MINSHENG_SAMPLE: 'demo' },
);
