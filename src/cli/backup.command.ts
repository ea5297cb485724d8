import { loadConfig } from '../server/config';
import { BackupError, createBackup, restoreBackup } from '../server/backup/backup.service';

const USAGE_BACKUP = '用法：minsheng backup <备份目录>   （读取与服务相同的环境变量：DATA_DIR、DATABASE_URL、DATABASE_SCHEMA）\n';
const USAGE_RESTORE = '用法：minsheng restore <备份文件夹> [--force]   （--force：覆盖已有数据，请先停止服务）\n';

async function guarded(work: () => Promise<void>): Promise<number> {
  try {
    await work();
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** `minsheng backup <dir>`: database (online) and attachments, with a checked manifest. */
export async function runBackup(args: string[]): Promise<number> {
  const [dir] = args.filter((a) => !a.startsWith('--'));
  if (!dir || args.includes('--help')) {
    process.stderr.write(USAGE_BACKUP);
    return dir ? 0 : 2;
  }
  return guarded(async () => {
    const { dir: folder, manifest } = await createBackup(loadConfig(), dir);
    const bytes = manifest.files.reduce((sum, f) => sum + f.size, 0);
    process.stdout.write(`已备份到 ${folder}：${manifest.files.length} 个文件，共 ${(bytes / 1024 / 1024).toFixed(1)} MB（${manifest.dialect}）。\n`);
  });
}

/** `minsheng restore <backup> [--force]`: verify, then put the database and attachments back. */
export async function runRestore(args: string[]): Promise<number> {
  const [dir] = args.filter((a) => !a.startsWith('--'));
  if (!dir || args.includes('--help')) {
    process.stderr.write(USAGE_RESTORE);
    return dir ? 0 : 2;
  }
  return guarded(async () => {
    const manifest = await restoreBackup(loadConfig(), dir, { force: args.includes('--force') });
    process.stdout.write(`已从 ${dir}（${manifest.createdAt}）恢复 ${manifest.files.length} 个文件。\n`);
  });
}
