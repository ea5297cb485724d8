/**
 * `npm run demo`: on the configured database (DATA_DIR or DATABASE_URL) migrate, run the first start if needed
 * (sample import and admin), then seed the demo data unless it is there already, and print the demo accounts.
 */
import { runFirstStart, SAMPLE_NOTICE } from '../src/server/bootstrap/first-start';
import { seedDemoData } from '../src/server/bootstrap/demo-data';
import { formatDemoAccounts } from '../src/server/bootstrap/demo-data.users';
import { loadConfig } from '../src/server/config';
import { createContext } from '../src/server/context';
import { openDatabase } from '../src/server/db/dialect';
import { migrateToLatest } from '../src/server/db/migrate';

const log = { info: (message: string) => console.log(message), warn: (message: string) => console.warn(`警告：${message}`) };

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database.db, config.databaseUrl ? config.databaseSchema : undefined);
    const ctx = createContext(config, database);
    // The first start imports the sample (and, with MINSHENG_SAMPLE=demo, seeds already); seeding below is idempotent.
    const firstStart = await runFirstStart(ctx, config, log);
    if (firstStart.adminPassword) console.log(`管理员账号 admin 的初始密码：${firstStart.adminPassword}（已保存到 ${firstStart.passwordFile}）`);
    const result = await seedDemoData(ctx, config, log, SAMPLE_NOTICE);
    console.log(result.isNewlySeeded ? `\n已生成演示数据（${result.updateCount} 条周台账）。` : '\n演示数据已存在，未重复生成。');
    console.log(`\n${formatDemoAccounts(result.accounts, result.demoDate)}`);
    console.log(`以上账号已写入 ${result.accountsFile}（仅本人可读）。演示账号切勿用于生产环境。`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error('生成演示数据失败：', error instanceof Error ? error.message : error);
  process.exit(1);
});
