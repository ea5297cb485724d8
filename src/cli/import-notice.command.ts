import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { systemActor } from '../server/auth/actor';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/dialect';
import { migrateToLatest } from '../server/db/migrate';
import { createContext } from '../server/context';
import { AppError } from '../server/errors';
import { commitNoticeImport, parseNoticeUpload, previewNoticeImport } from '../server/modules/imports/notice-import.service';
import { EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK } from './parse-notice.command';

const USAGE = `用法：minsheng import-notice <通知文件> [--yes | --dry-run]

把民生实事通知（.txt、.docx 或 .xlsx）导入数据库：先列出将新建或修改的清单、项目和单位，确认后在一个事务中写入。
同一通知重复导入不会产生变化；更正后的通知按序号原地更新，并记入审计日志。
数据库由环境变量决定（DATA_DIR 下的 SQLite，或 DATABASE_URL 指定的 PostgreSQL）。

选项：
  --dry-run  只预览，不写入
  --yes      不询问，直接导入
`;

const ACTION_LABELS: Record<string, string> = { create: '新建', update: '更新', unchanged: '无变化', remove: '撤销' };

type Preview = Awaited<ReturnType<typeof previewNoticeImport>>;

function describePreview(p: Preview): string {
  const lines = [
    `清单：${p.plan.title}（${p.plan.docNumber ?? '无文号'}，${p.plan.year}年）— ${ACTION_LABELS[p.plan.action]}`,
    `项目：新增 ${p.summary.projectsCreated}，修改 ${p.summary.projectsUpdated}，无变化 ${p.summary.projectsUnchanged}，撤销 ${p.summary.projectsRemoved}；新增单位 ${p.summary.unitsCreated}`,
  ];
  for (const change of p.plan.changes) lines.push(`  清单${change.label}：${change.before ?? '（空）'} → ${change.after ?? '（空）'}`);
  for (const project of p.projects.filter((x) => x.action !== 'unchanged')) {
    lines.push(`  [${ACTION_LABELS[project.action]}] ${project.seq}. ${project.name}`);
    for (const change of project.changes) lines.push(`      ${change.label}：${change.before ?? '（空）'} → ${change.after ?? '（空）'}`);
  }
  const newUnits = p.units.filter((u) => u.action === 'create').map((u) => u.name);
  if (newUnits.length) lines.push(`  新增单位：${newUnits.join('、')}`);
  for (const w of p.warnings) lines.push(`  提示${w.line ? `（第 ${w.line} 行）` : ''}：${w.message}`);
  return `${lines.join('\n')}\n`;
}

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^(y|yes|是)$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/** `minsheng import-notice FILE [--yes|--dry-run]`: preview, then commit in one transaction. */
export async function runImportNotice(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(USAGE);
    return EXIT_OK;
  }
  const file = args.find((a) => !a.startsWith('-'));
  const unknown = args.find((a) => a.startsWith('-') && a !== '--yes' && a !== '--dry-run');
  if (!file || unknown) {
    process.stderr.write(`${unknown ? `未知选项“${unknown}”。` : '缺少通知文件路径。'}\n\n${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch {
    process.stderr.write(`找不到或无法读取文件“${file}”，请检查路径。\n`);
    return EXIT_BAD_INPUT;
  }
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database.db, config.databaseUrl ? config.databaseSchema : undefined);
    const ctx = createContext(config, database);
    const fileName = basename(file);
    const notice = await parseNoticeUpload({ data, fileName });
    const preview = await previewNoticeImport(ctx, notice, fileName);
    process.stdout.write(describePreview(preview));
    if (args.includes('--dry-run')) return EXIT_OK;
    if (preview.plan.action === 'unchanged') {
      process.stdout.write('数据库中的清单与该通知一致，无需导入。\n');
      return EXIT_OK;
    }
    if (!args.includes('--yes') && !(await confirm('确认导入？(y/N) '))) {
      process.stdout.write('未导入。加 --yes 可直接导入。\n');
      return EXIT_OK;
    }
    const result = await commitNoticeImport(ctx, systemActor(`cli:${process.env.USER ?? 'unknown'}`), notice, fileName);
    process.stdout.write(`已导入，清单编号 ${result.planId}。\n`);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof AppError) {
      process.stderr.write(`${error.message}\n`);
      return error.code === 'NOTICE_INVALID' ? EXIT_BAD_INPUT : EXIT_FAILURE;
    }
    throw error;
  } finally {
    await database.close();
  }
}
