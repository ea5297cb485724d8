import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { AppConfig } from '../config';
import type { BackupFile } from './backup-files';
import { describeFile, listFiles } from './backup-files';

export const BACKUP_FORMAT = 'minsheng-backup/1';
const MANIFEST = 'manifest.json';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  dialect: 'sqlite' | 'postgres';
  /** PostgreSQL schema that was dumped (null: the database's default) */
  schema: string | null;
  /** the database file (minsheng.db) or dump (database.sql), then every attachment under uploads/ */
  files: BackupFile[];
}

/** A refusal the operator can act on (the CLI prints it and exits with 1). */
export class BackupError extends Error {}

type BackupConfig = Pick<AppConfig, 'dataDir' | 'databaseUrl' | 'databaseSchema'>;

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw new BackupError(`${what}失败：找不到 ${command}（请安装 PostgreSQL 客户端工具）。`);
  if (result.status !== 0) throw new BackupError(`${what}失败：${(result.stderr || result.stdout).trim().slice(0, 500)}`);
}

/**
 * `minsheng backup <folder>`: a consistent copy of the database while the app keeps running (SQLite's online backup
 * API; pg_dump for PostgreSQL) and of every attachment, with a manifest of sizes and SHA-256 sums. Returns the folder.
 */
export async function createBackup(config: BackupConfig, outDir: string, now = new Date()): Promise<{ dir: string; manifest: BackupManifest }> {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const dir = path.join(outDir, `minsheng-backup-${stamp}`);
  if (fs.existsSync(dir)) throw new BackupError(`备份目录 ${dir} 已存在，请稍后再试或换一个目录。`);
  fs.mkdirSync(dir, { recursive: true });
  const files: BackupFile[] = [];
  if (config.databaseUrl) {
    const target = path.join(dir, 'database.sql');
    const schemaArgs = config.databaseSchema ? [`--schema=${config.databaseSchema}`] : [];
    run('pg_dump', [`--dbname=${config.databaseUrl}`, ...schemaArgs, '--no-owner', '--no-privileges', `--file=${target}`], '导出 PostgreSQL 数据库');
    files.push(describeFile(target, 'database.sql'));
  } else {
    const source = path.join(config.dataDir, 'minsheng.db');
    if (!fs.existsSync(source)) throw new BackupError(`找不到数据库文件 ${source}，请检查 DATA_DIR。`);
    const db = new SQLite(source, { readonly: true, fileMustExist: true });
    try {
      await db.backup(path.join(dir, 'minsheng.db'));
    } finally {
      db.close();
    }
    files.push(describeFile(path.join(dir, 'minsheng.db'), 'minsheng.db'));
  }
  const uploads = path.join(config.dataDir, 'uploads');
  if (fs.existsSync(uploads)) fs.cpSync(uploads, path.join(dir, 'uploads'), { recursive: true });
  files.push(...listFiles(path.join(dir, 'uploads'), 'uploads'));
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    createdAt: now.toISOString(),
    dialect: config.databaseUrl ? 'postgres' : 'sqlite',
    schema: config.databaseUrl ? (config.databaseSchema ?? null) : null,
    files,
  };
  fs.writeFileSync(path.join(dir, MANIFEST), JSON.stringify(manifest, null, 2));
  return { dir, manifest };
}

/** The manifest of a backup folder, every file checked against its size and SHA-256. */
export function verifyBackup(dir: string): BackupManifest {
  const file = path.join(dir, MANIFEST);
  if (!fs.existsSync(file)) throw new BackupError(`${dir} 不是 Minsheng 备份：缺少 ${MANIFEST}。`);
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new BackupError(`无法识别的备份格式“${String(manifest.format)}”。`);
  const broken = manifest.files.filter((f) => {
    const full = path.join(dir, f.path);
    if (!fs.existsSync(full)) return true;
    const actual = describeFile(full, f.path);
    return actual.size !== f.size || actual.sha256 !== f.sha256;
  });
  if (broken.length) throw new BackupError(`备份已损坏，以下文件缺失或与清单不符：${broken.map((f) => f.path).join('、')}。`);
  return manifest;
}

async function schemaHasTables(url: string, schema: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const res = await client.query('select count(*)::int as n from information_schema.tables where table_schema = $1', [schema]);
    return Number(res.rows[0]?.n ?? 0) > 0;
  } finally {
    await client.end();
  }
}

/**
 * `minsheng restore <backup-folder>`: checks the backup, then puts the database and attachments back. Refuses to
 * overwrite existing data unless `force` (stop the app first). PostgreSQL: the dump is loaded into DATABASE_URL's
 * database with its own schema name.
 */
export async function restoreBackup(config: BackupConfig, dir: string, opts: { force?: boolean } = {}): Promise<BackupManifest> {
  const manifest = verifyBackup(dir);
  const isPostgres = Boolean(config.databaseUrl);
  if ((manifest.dialect === 'postgres') !== isPostgres)
    throw new BackupError(
      `这是 ${manifest.dialect === 'postgres' ? 'PostgreSQL' : 'SQLite'} 的备份，当前配置的是 ${isPostgres ? 'PostgreSQL' : 'SQLite'}，请检查 DATABASE_URL。`,
    );
  const uploads = path.join(config.dataDir, 'uploads');
  if (isPostgres) {
    const schema = manifest.schema ?? 'public';
    if ((await schemaHasTables(config.databaseUrl!, schema)) && !opts.force)
      throw new BackupError(`数据库中已有 ${schema} 的数据；确认要用备份覆盖时请加 --force（请先停止服务）。`);
    // an empty schema (made by a first start) is replaced as well; a schema with data only with --force
    run('psql', [`--dbname=${config.databaseUrl}`, '-v', 'ON_ERROR_STOP=1', '--quiet', '-c', `DROP SCHEMA IF EXISTS "${schema}" CASCADE`], '清空原有数据');
    run('psql', [`--dbname=${config.databaseUrl}`, '-v', 'ON_ERROR_STOP=1', '--quiet', `--file=${path.join(dir, 'database.sql')}`], '导入 PostgreSQL 数据库');
  } else {
    const target = path.join(config.dataDir, 'minsheng.db');
    if (fs.existsSync(target) && !opts.force) throw new BackupError(`${target} 已存在；确认要用备份覆盖时请加 --force（请先停止服务）。`);
    fs.mkdirSync(config.dataDir, { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
    fs.copyFileSync(path.join(dir, 'minsheng.db'), target);
  }
  if (opts.force) fs.rmSync(uploads, { recursive: true, force: true });
  if (fs.existsSync(path.join(dir, 'uploads'))) fs.cpSync(path.join(dir, 'uploads'), uploads, { recursive: true });
  return manifest;
}
