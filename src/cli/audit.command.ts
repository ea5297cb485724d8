import { sealAudit, verifyAuditChain } from '../server/audit/audit-chain';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/dialect';
import { migrateToLatest } from '../server/db/migrate';

const USAGE = '用法：minsheng audit verify   （先封存已落定的审计记录，再逐条核对哈希链；读取与服务相同的环境变量）\n';

/** `minsheng audit verify`: exit 0 when the chain holds, 1 when a row was changed (named), 2 on bad usage. */
export async function runAudit(args: string[]): Promise<number> {
  if (args[0] !== 'verify') {
    process.stderr.write(USAGE);
    return args.includes('--help') ? 0 : 2;
  }
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    // the same schema the server would bring the database to on start
    await migrateToLatest(database.db, config.databaseUrl ? config.databaseSchema : undefined);
    const sealedNow = await sealAudit(database.db);
    const result = await verifyAuditChain(database.db);
    if (result.broken) {
      process.stderr.write(
        `审计记录被篡改：第 ${result.broken.chainSeq} 条（审计编号 ${result.broken.id}）与哈希链不符，之前的 ${result.sealed} 条完好。请从备份核对并报告安全管理员。\n`,
      );
      return 1;
    }
    const warn = result.unsealedOld ? `；另有 ${result.unsealedOld} 条一小时前的记录未封存，请检查服务的定时任务` : '';
    process.stdout.write(`审计哈希链完好：共 ${result.sealed} 条（本次新封存 ${sealedNow} 条）${warn}。\n`);
    return 0;
  } finally {
    await database.close();
  }
}
