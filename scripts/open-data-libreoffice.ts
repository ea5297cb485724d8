/**
 * Manual check (not in CI; needs LibreOffice: apt-get install -y libreoffice-calc): the open data CSV of the demo
 * opens in LibreOffice Calc with the Chinese intact. Builds the demo in a temporary folder, reads projects.csv and
 * targets.csv through the app, converts each with headless LibreOffice to .xlsx and reads the cells back.
 *
 *   npx tsx scripts/open-data-libreoffice.ts [--keep]
 *
 * Headless LibreOffice does not show the import dialog, so the CSV filter is given UTF-8 explicitly (token 76, as a
 * user picks "Unicode (UTF-8)" there); the run also converts once with the filter's defaults and reports what it read
 * (headless defaults read Latin-1 whatever the BOM). The desktop dialog itself preselects "Unicode (UTF-8)" and shows
 * the Chinese intact: checked with LibreOffice 7.4 (Debian 12) under Xvfb, in a zh_CN.UTF-8 and in a C locale.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { buildApp } from '../src/server/app';
import { runFirstStart } from '../src/server/bootstrap/first-start';
import { loadConfig } from '../src/server/config';
import { createContext } from '../src/server/context';
import { openDatabase } from '../src/server/db/dialect';
import { migrateToLatest } from '../src/server/db/migrate';
import { PROJECTS_CSV_HEADER, TARGETS_CSV_HEADER } from '../src/server/modules/open-data/open-data.csv';
import { publishPlan } from '../src/server/modules/portal/publication.service';

const UTF8_FILTER = 'CSV:44,34,76,1';

function convert(csvFile: string, outDir: string, filter: string | null): string {
  fs.mkdirSync(outDir, { recursive: true });
  const args = ['--headless', ...(filter ? [`--infilter=${filter}`] : []), '--convert-to', 'xlsx', '--outdir', outDir, csvFile];
  execFileSync('soffice', args, { stdio: 'pipe', env: { ...process.env, HOME: path.join(os.tmpdir(), 'ms-lo-home') } });
  return path.join(outDir, `${path.basename(csvFile, '.csv')}.xlsx`);
}

/** Every row of the first sheet as plain strings (rich text joined). */
async function readCells(xlsxFile: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsxFile);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error(`${xlsxFile}: no sheet`);
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const cell = row.getCell(c);
      // LibreOffice turns 2024-12-31 into a date cell
      cells.push(cell.value instanceof Date ? `${cell.value.toISOString().slice(0, 10)}（日期）` : cell.text);
    }
    rows.push(cells);
  });
  return rows;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ms-open-data-'));
  const config = loadConfig({
    DATA_DIR: dir,
    MINSHENG_SAMPLE: 'demo',
    MINSHENG_ADMIN_PASSWORD: 'Check#2024lo',
    LOG_LEVEL: 'silent',
    OPEN_DATA_RATE_LIMIT: '1000',
  });
  const database = await openDatabase(config);
  let failures = 0;
  try {
    await migrateToLatest(database.db, undefined);
    const ctx = createContext(config, database);
    await runFirstStart(ctx, config, { info: () => {}, warn: (m: string) => console.warn(m) });
    let plans = await ctx.db.selectFrom('plan').select(['id', 'title', 'version', 'published_at']).execute();
    if (!plans.some((p) => p.published_at)) {
      console.log('演示清单尚未公开发布：本检查以管理员身份发布它（仅在临时数据库中）。');
      const admin = await ctx.db.selectFrom('user').select(['id', 'username', 'display_name']).where('username', '=', 'admin').executeTakeFirstOrThrow();
      const actor = { id: admin.id, username: admin.username, displayName: admin.display_name, role: 'admin' as const, unitId: null, ip: null };
      for (const p of plans) await publishPlan(ctx, actor, p.id, { isPublished: true, version: p.version });
      plans = await ctx.db.selectFrom('plan').select(['id', 'title', 'version', 'published_at']).execute();
    }
    const app = await buildApp(config, database, { logger: false });
    const plan = plans[0]!;
    for (const [file, header] of [
      ['projects', PROJECTS_CSV_HEADER],
      ['targets', TARGETS_CSV_HEADER],
    ] as const) {
      const res = await app.inject({ method: 'GET', url: `/open/v1/plans/${plan.id}/${file}.csv` });
      const json = (await app.inject({ method: 'GET', url: `/open/v1/plans/${plan.id}/${file}.json` })).json();
      const expectedRows = (json.projects ?? json.targets).length as number;
      const csvFile = path.join(dir, `${file}.csv`);
      fs.writeFileSync(csvFile, res.rawPayload);
      console.log(`\n== ${file}.csv：${res.rawPayload.length} 字节，${expectedRows} 行数据（${plan.title}，截至 ${json.asOf}）`);

      const utf8 = await readCells(convert(csvFile, path.join(dir, 'utf8'), UTF8_FILTER));
      const headerOk = header.every((h, i) => utf8[0]?.[i] === h);
      const rowsOk = utf8.length - 1 === expectedRows;
      const firstName = file === 'projects' ? json.projects[0].name : json.targets[0].projectName;
      const nameOk = utf8[1]?.[1] === firstName;
      console.log(
        `LibreOffice（字符集 UTF-8）：表头 ${headerOk ? '一致' : '不一致'}，行数 ${utf8.length - 1}${rowsOk ? ' 一致' : ' 不一致'}，首行名称 ${nameOk ? '一致' : '不一致'}`,
      );
      for (const row of utf8.slice(0, 3)) console.log(`  | ${row.join(' | ')}`);
      if (!headerOk || !rowsOk || !nameOk) failures++;

      const plain = await readCells(convert(csvFile, path.join(dir, 'default'), null));
      const plainOk = header.every((h, i) => plain[0]?.[i] === h);
      console.log(`LibreOffice（过滤器默认值，不指定字符集）：表头 ${plainOk ? '中文完好' : `读成 ${JSON.stringify(plain[0]?.slice(0, 3))}`}`);
    }
    await app.close();
  } finally {
    await database.close();
    if (!process.argv.includes('--keep')) fs.rmSync(dir, { recursive: true, force: true });
    else console.log(`\n文件保留在 ${dir}`);
  }
  if (failures > 0) {
    console.error(`\n${failures} 个文件未能在 LibreOffice 中完整读出。`);
    process.exit(1);
  }
  console.log('\nLibreOffice 读出的中文表头、行数和项目名称与接口数据一致。');
}

main().catch((error: unknown) => {
  console.error('检查失败：', error instanceof Error ? error.message : error);
  process.exit(1);
});
