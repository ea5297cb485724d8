import { buildApp } from './app';
import { runFirstStart } from './bootstrap/first-start';
import { loadConfig } from './config';
import { openDatabase } from './db/dialect';
import { createContext } from './context';
import { migrateToLatest } from './db/migrate';
import { startJobs } from './jobs/job-scheduler';
import type { RunningJobs } from './jobs/job-scheduler';

/** Start the server: migrate, first-start setup, listen; close cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  await migrateToLatest(database.db, config.databaseUrl ? config.databaseSchema : undefined);
  const app = await buildApp(config, database);
  const firstStart = await runFirstStart(createContext(config, database), config, app.log);
  if (firstStart.adminPassword) {
    // Printed exactly once, on the first start; the file keeps it until the admin deletes it.
    console.log(
      `\n========================================\n 首次启动：管理员账号 admin\n 初始密码：${firstStart.adminPassword}\n （已保存到 ${firstStart.passwordFile}）\n========================================\n`,
    );
  }

  let jobs: RunningJobs | null = null;
  let isClosing = false;
  const shutdown = async (signal: string) => {
    if (isClosing) return;
    isClosing = true;
    app.log.info(`收到 ${signal}，正在停止服务…`);
    await jobs?.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    `民生实事督办平台已启动：http://localhost:${config.port}（数据库：${database.dialect === 'sqlite' ? `SQLite ${config.dataDir}` : 'PostgreSQL'}）`,
  );
  // Started here, not in buildApp, so tests never get timers; JOBS=0 leaves them to other instances.
  if (config.jobsEnabled) jobs = startJobs(createContext(config, database), app.log);
  else app.log.info('定时任务未启动（JOBS=0）');
}

main().catch((error: unknown) => {
  console.error('启动失败：', error instanceof Error ? error.message : error);
  process.exit(1);
});
