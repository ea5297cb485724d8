/**
 * Generates the notice fixtures from the seed text notice (fixtures/notice-2024-jingkai.txt), so that the
 * Word and Excel versions carry exactly the same projects. Run: npx tsx scripts/make-fixtures.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import { parseNoticeText, tokenizeNoticeText } from '../src/domain/notice/notice-text.parser';

const fixtures = new URL('../fixtures/', import.meta.url);
const fixture = (name: string): URL => new URL(name, fixtures);
const seedText = readFileSync(fixture('notice-2024-jingkai.txt'), 'utf8');
const seed = parseNoticeText(seedText);
if (seed.projects.length !== 27) throw new Error(`seed has ${seed.projects.length} projects, expected 27`);

/** Header and row cells of the seed's table, each cell as its raw lines (before any joining). */
const blocks = tokenizeNoticeText(seedText);
const headerAt = blocks.findIndex((block) => block.isTable);
const tableBlocks = blocks.slice(headerAt).filter((block) => block.isTable);
const tableCells: string[][][] = tableBlocks.map((block) => block.cells.map((cell) => cell.lines.map((l) => l.trim())));
const preamble = seedText
  .split('\n')
  .slice(0, (blocks[headerAt]?.line ?? 1) - 1)
  .map((line) => line.trim())
  .filter((line) => line !== '');

function replaceOnce(text: string, search: string, replacement: string): string {
  const at = text.indexOf(search);
  if (at < 0 || text.indexOf(search, at + 1) >= 0) throw new Error(`“${search}” must occur exactly once`);
  return text.slice(0, at) + replacement + text.slice(at + search.length);
}

async function writeDocx(): Promise<void> {
  const centred = new Set([preamble[0], preamble[1], preamble[2], preamble[preamble.length - 1]]);
  const paragraphs = preamble.map(
    (line) =>
      new Paragraph({
        alignment: centred.has(line) ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [new TextRun({ text: line, bold: centred.has(line) })],
      }),
  );
  const rows = tableCells.map(
    (cells, index) =>
      new TableRow({
        tableHeader: index === 0,
        children: cells.map((lines) => new TableCell({ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) })),
      }),
  );
  const table = new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
  const document = new Document({
    creator: 'Minsheng fixtures',
    title: seed.plan.title,
    sections: [{ children: [...paragraphs, table] }],
  });
  writeFileSync(fixture('notice-2024-jingkai.docx'), await Packer.toBuffer(document));
}

/** Columns in a different order than the notice, and a few spellings the parser must normalise. */
async function writeXlsx(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date('2024-01-05T00:00:00Z');
  workbook.modified = workbook.created;
  const note = workbook.addWorksheet('说明');
  note.getCell('A1').value = '本工作簿由通知附件整理，项目见“汇总表”工作表。';
  const sheet = workbook.addWorksheet('汇总表');
  sheet.columns = [{ width: 6 }, { width: 24 }, { width: 24 }, { width: 28 }, { width: 60 }];
  sheet.getCell('A1').value = '济宁经济开发区2024年“重点民生实事”项目汇总表';
  sheet.mergeCells('A1:E1');
  sheet.getRow(2).values = ['序号', '项目名称', '主办单位', '协办单位', '项目内容及工作目标'];
  tableCells.slice(1).forEach((cells, index) => {
    const [seq = [], name = [], content = [], lead = [], co = []] = cells;
    const rowNumber = index + 3;
    const seqNumber = Number(seq.join(''));
    const coText = co.join('\n').replace('区组织部（人力资源部）\n区财政局\n区金融', '区组织部(人力资源部)\n区财政局 \n区金融');
    let nameValue: CellValue = name.join('\n');
    if (seqNumber === 2) nameValue = { richText: [{ text: '免费开展', font: { bold: true } }, { text: name.join('').slice(4) }] };
    const seqValue: CellValue = seqNumber === 27 ? { formula: 'A28+1', result: 27 } : seqNumber;
    sheet.getRow(rowNumber).values = [seqValue, nameValue, lead.join('\n'), coText, content.join('\n')];
    sheet.getRow(rowNumber).alignment = { wrapText: true, vertical: 'top' };
  });
  await workbook.xlsx.writeFile(fileURLToPath(fixture('notice-2024-jingkai.xlsx')));
}

async function writeMissingLeadColumnXlsx(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date('2024-01-05T00:00:00Z');
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('项目表');
  sheet.getCell('A1').value = '2024年民生实事项目';
  sheet.getRow(3).values = ['序号', '项目名称', '项目内容及工作目标', '协办单位'];
  sheet.getRow(4).values = [1, '建设老年人食堂', '新建2处老年人食堂。', '区财政局'];
  sheet.getRow(5).values = [2, '举办群众文化活动', '全年举办140场文化活动。', '疃里镇\n马集镇'];
  await workbook.xlsx.writeFile(fileURLToPath(fixture('notice-missing-lead-column.xlsx')));
}

/** GB18030 encoder built from the platform decoder (Node has no GB18030 TextEncoder). */
function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const encoded = code < 0x80 ? [code] : table.get(char);
    if (encoded === undefined) throw new Error(`cannot encode “${char}” in GB18030 two-byte range`);
    bytes.push(...encoded);
  }
  return Buffer.from(bytes);
}

function writeTextVariants(): void {
  const write = (name: string, text: string | Buffer): void => writeFileSync(fixture(name), text);
  write('notice-empty.txt', '');
  write(
    'notice-not-a-notice.txt',
    '区党政办公室会议纪要\n\n2024年1月8日，区党政办公室召开周例会，听取各科室工作汇报。\n' +
      '会议要求各科室按时报送周报，做好春节前安全生产检查。\n\n出席：各科室负责人\n',
  );
  write('notice-duplicate-seq.txt', replaceOnce(seedText, '\n\t4\n', '\n\t3\n'));
  write('notice-bad-seq.txt', replaceOnce(seedText, '\n\t6\n', '\n\t六\n'));
  write('notice-missing-lead.txt', replaceOnce(seedText, '\t市卫健委经开区管理办公室\n\t\n', '\t\n\t\n'));
  const corrected = replaceOnce(
    replaceOnce(seedText, '全区新改建充电桩110座。', '全区新改建充电桩120座。'),
    '济宁祥城投资集团有限公司\n',
    '济宁祥城投资集团有限公司\n区财政局\n',
  );
  write('notice-2024-jingkai-corrected.txt', corrected);
  write('notice-2024-jingkai-gbk.txt', encodeGb18030(seedText));
}

writeTextVariants();
await writeDocx();
await writeXlsx();
await writeMissingLeadColumnXlsx();
console.log('fixtures written to', fileURLToPath(fixtures));
