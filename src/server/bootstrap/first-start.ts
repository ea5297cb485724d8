import fs from 'node:fs';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { generatePassword, hashPassword, passwordPolicyProblem } from '../auth/password';
import { systemActor } from '../auth/actor';
import { writeAudit } from '../audit/audit.writer';
import type { AppConfig } from '../config';
import { projectRoot } from '../config';
import type { AppContext } from '../context';
import { nowIso } from '../context';
import { readNoticeFile } from '../notice-files/read-notice-file';
import { commitNoticeImport } from '../modules/imports/notice-import.service';
import { countUsers } from '../modules/users/users.repo';
import { seedDemoData } from './demo-data';

/** The bundled sample: the 2024 notice of 济宁经济开发区 (济开管发〔2024〕1号). */
export const SAMPLE_NOTICE = path.join(projectRoot, 'fixtures/notice-2024-jingkai.txt');

export interface FirstStartResult {
  isFirstStart: boolean;
  adminPassword?: string;
  passwordFile?: string;
}

/**
 * On an empty database: import the sample notice (unless MINSHENG_SAMPLE=0) and create `admin`
 * with MINSHENG_ADMIN_PASSWORD or a random password written to DATA_DIR/admin-password.txt (mode 600).
 */
export async function runFirstStart(ctx: AppContext, config: AppConfig, log: Pick<FastifyBaseLogger, 'info' | 'warn'>): Promise<FirstStartResult> {
  if ((await countUsers(ctx.db)) > 0) return { isFirstStart: false };
  const fromEnv = config.adminPassword;
  if (fromEnv) {
    const problem = passwordPolicyProblem(fromEnv, 'admin');
    if (problem) throw new Error(`MINSHENG_ADMIN_PASSWORD 不符合密码要求：${problem}`);
  }
  const password = fromEnv ?? generatePassword();
  const hash = await hashPassword(password);
  const actor = systemActor('system');

  if (config.sample !== '0') {
    const notice = await readNoticeFile(fs.readFileSync(SAMPLE_NOTICE), path.basename(SAMPLE_NOTICE));
    const result = await commitNoticeImport(ctx, actor, notice, path.basename(SAMPLE_NOTICE));
    log.info(`首次启动：已导入示例清单（${result.summary.projectsCreated} 个项目）`);
  }

  const created = await ctx.db.transaction().execute(async (trx) => {
    // Another process may have won the race on a shared PostgreSQL; then there is nothing to do.
    const exists = await trx.selectFrom('user').select('id').where('username', '=', 'admin').executeTakeFirst();
    if (exists) return false;
    const now = nowIso();
    const row = await trx
      .insertInto('user')
      .values({
        username: 'admin',
        display_name: '系统管理员',
        password_hash: hash,
        role: 'admin',
        unit_id: null,
        is_disabled: 0,
        must_change_password: 0,
        locked_until: null,
        last_login_at: null,
        password_changed_at: now,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, { action: 'create', entity: 'user', entityId: row.id, summary: '首次启动：创建管理员账号 admin' });
    return true;
  });
  if (!created) return { isFirstStart: false };
  // MINSHENG_SAMPLE=demo: demo accounts and a simulated year of weekly ledgers (never on a production database)
  if (config.sample === 'demo') await seedDemoData(ctx, config, log, SAMPLE_NOTICE);

  if (fromEnv) {
    log.info('首次启动：已创建管理员账号 admin，密码为环境变量 MINSHENG_ADMIN_PASSWORD 的值');
    return { isFirstStart: true };
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const passwordFile = path.join(config.dataDir, 'admin-password.txt');
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  fs.chmodSync(passwordFile, 0o600);
  log.warn(`首次启动：已创建管理员账号 admin，初始密码已写入 ${passwordFile}（仅本人可读）`);
  return { isFirstStart: true, adminPassword: password, passwordFile };
}
