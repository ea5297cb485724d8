import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLedgerWorkbook } from './ledger-workbook.builder';
import { buildWeeklyExportWorkbook } from './weekly-export-workbook.builder';
import { keepBlocksOnOnePage } from './xlsx-style.helpers';
import { LEDGER_SAMPLE, WEEKLY_EXPORT_SAMPLE, loadWorkbook } from './xlsx-test.fixtures';

const mergesOf = (sheet: Worksheet): string[] => sheet.model.merges;
const fillOf = (sheet: Worksheet, address: string): string | undefined => {
  const fill = sheet.getCell(address).fill;
  return fill?.type === 'pattern' ? fill.fgColor?.argb : undefined;
};

describe('buildLedgerWorkbook', () => {
  let sheet: Worksheet;
  beforeAll(async () => {
    const workbook = await loadWorkbook(await buildLedgerWorkbook(LEDGER_SAMPLE));
    const first = workbook.worksheets[0];
    if (first === undefined) throw new Error('no sheet');
    sheet = first;
  });

  it('writes the title row and the 文号 / 截至 row', () => {
    expect(sheet.name).toBe('专项工作台账');
    expect(sheet.getCell('A1').value).toBe('济宁经济开发区2024年重点民生实事专项工作台账');
    expect(sheet.getCell('A1').font).toMatchObject({ name: '宋体', size: 20, bold: true });
    expect(sheet.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(sheet.getCell('A2').value).toBe('济开管发〔2024〕1号');
    expect(sheet.getCell('G2').value).toBe('截至2024年6月7日');
    expect(sheet.getCell('G2').alignment).toMatchObject({ horizontal: 'right' });
    expect(mergesOf(sheet)).toEqual(expect.arrayContaining(['A1:O1', 'A2:F2', 'G2:O2']));
  });

  it('writes a two-row header with merged group and single cells', () => {
    expect(mergesOf(sheet)).toEqual(expect.arrayContaining(['A3:A4', 'B3:B4', 'L3:L4', 'O3:O4', 'E3:I3', 'J3:K3']));
    expect(sheet.getCell('E3').value).toBe('目标指标');
    expect(['E4', 'F4', 'G4', 'H4', 'I4'].map((a) => sheet.getCell(a).value)).toEqual(['指标', '目标值', '单位', '累计完成', '完成率']);
    expect(sheet.getCell('J3').value).toBe('总体进度');
    expect([sheet.getCell('J4').value, sheet.getCell('K4').value]).toEqual(['计划进度', '实际进度']);
    expect(sheet.getCell('M3').value).toBe('本周进展');
    expect(sheet.getCell('A3').font).toMatchObject({ name: '黑体', bold: true });
    expect(fillOf(sheet, 'E4')).toBe('FFD9D9D9');
  });

  it('puts one row per target and merges the project cells across them', () => {
    expect(sheet.getCell('A5').value).toBe(1);
    expect(sheet.getCell('E5').value).toBe('新改建充电桩');
    expect(sheet.getCell('E6').value).toBe('新增充电车位');
    expect(sheet.getCell('F5').value).toBe(110);
    expect(sheet.getCell('H5').value).toBe(46);
    expect(sheet.getCell('I5').numFmt).toBe('0.0%');
    expect(sheet.getCell('I5').value).toBeCloseTo(46 / 110);
    for (const column of ['A', 'B', 'C', 'D', 'J', 'K', 'L', 'M', 'N', 'O']) expect(mergesOf(sheet)).toContain(`${column}5:${column}6`);
    expect(mergesOf(sheet)).not.toContain('E5:E6');
    expect(sheet.getCell('C5').value).toBe('区经济发展局');
    expect(sheet.getCell('D5').value).toBe('区城乡建设和交通局、区供电中心');
    expect(sheet.getCell('K5').numFmt).toBe('0.0%');
    expect(sheet.getCell('M5').value).toBe('新建充电桩6座，累计46座。');
  });

  it('shows a project without targets on one row with 指标 “—”', () => {
    expect(sheet.getCell('A7').value).toBe(2);
    expect(sheet.getCell('E7').value).toBe('—');
    expect(sheet.getCell('A8').value).toBe(3);
    expect(mergesOf(sheet).some((range) => range.startsWith('A7:'))).toBe(false);
  });

  it('fills the status cell with the status colour and marks 未报送', () => {
    expect(sheet.getCell('L5').value).toBe('序时推进');
    expect(fillOf(sheet, 'L5')).toBe('FF52C41A');
    expect(sheet.getCell('L7').value).toBe('已完成');
    expect(fillOf(sheet, 'L7')).toBe('FF1677FF');
    expect(sheet.getCell('L7').font.color?.argb).toBe('FFFFFFFF');
    expect(fillOf(sheet, 'L8')).toBe('FFFF4D4F');
    expect(sheet.getCell('L8').text).toBe('严重滞后（未报送）');
    expect(sheet.getCell('M8').font.color?.argb).toBe('FF8C8C8C');
    expect(sheet.getCell('H8').value).toBe('—');
  });

  it('uses 仿宋 11 pt with thin borders and wrapping on every body cell, merged ones included', () => {
    for (const address of ['A5', 'B6', 'E6', 'O6', 'I8']) {
      const cell = sheet.getCell(address);
      expect(cell.font).toMatchObject({ name: '仿宋', size: 11 });
      expect(cell.border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
      expect(cell.alignment.wrapText).toBe(true);
    }
  });

  it('freezes the header and prints A4 landscape one page wide with the header repeated', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:4' });
    expect(sheet.pageSetup.printArea).toMatch(/^\$?A\$?1:\$?O\$?9$/);
    expect(sheet.pageSetup.margins?.left).toBe(0.5);
    expect(sheet.headerFooter.oddFooter).toContain('第 &P 页 共 &N 页');
    expect(sheet.getCell('A9').text).toContain('共3项');
  });

  it('gives the columns widths that fit A4 landscape and rows heights for their text', () => {
    const widths = sheet.columns.map((column) => column.width ?? 0);
    expect(widths).toHaveLength(15);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeGreaterThan(150);
    expect(sheet.getRow(5).height).toBeGreaterThan(15);
  });
});

describe('keepBlocksOnOnePage', () => {
  it('breaks pages between blocks, never inside a block of merged rows', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('台账');
    sheet.columns = Array.from({ length: 15 }, () => ({ width: 12 }));
    for (let row = 1; row <= 4; row += 1) sheet.getRow(row).height = 22;
    // 40 blocks of three 20-pt rows: about nine fit an A4 landscape page scaled to this width.
    const blocks = Array.from({ length: 40 }, (_, index) => ({ first: 5 + index * 3, last: 7 + index * 3 }));
    for (const block of blocks) for (let row = block.first; row <= block.last; row += 1) sheet.getRow(row).height = 20;
    keepBlocksOnOnePage(sheet, blocks, [3, 4]);
    const breaks = sheet.model.rowBreaks.map((rowBreak) => rowBreak.id);
    expect(breaks.length).toBeGreaterThanOrEqual(3);
    expect(breaks.length).toBeLessThanOrEqual(6);
    for (const row of breaks) expect(blocks.some((block) => block.last === row)).toBe(true);
  });
});

describe('buildWeeklyExportWorkbook', () => {
  let sheet: Worksheet;
  beforeAll(async () => {
    const workbook = await loadWorkbook(await buildWeeklyExportWorkbook(WEEKLY_EXPORT_SAMPLE));
    const first = workbook.worksheets[0];
    if (first === undefined) throw new Error('no sheet');
    sheet = first;
  });

  it('writes the title, the summary and the period', () => {
    expect(sheet.getCell('A1').value).toBe('济宁经济开发区2024年重点民生实事 2024年第23周 周台账汇总');
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['A1:I1']));
    expect(sheet.getCell('A2').value).toBe('应报3项，已报送2项，未报送1项，逾期1项');
    expect(sheet.getCell('F2').value).toBe('报送周期：2024年6月3日至2024年6月9日');
    const headers = Array.from({ length: 9 }, (_, index) => sheet.getCell(3, index + 1).value);
    expect(headers).toEqual(['序号', '项目名称', '主办单位', '报送状态', '报送时间', '指标完成情况', '本周进展', '存在问题', '下步计划']);
  });

  it('writes one row per project with status, Beijing time and one line per target', () => {
    expect(sheet.getCell('D4').value).toBe('已通过');
    expect(sheet.getCell('E4').value).toBe('2024-06-07 17:30');
    expect(sheet.getCell('F4').value).toBe('新改建充电桩：46/110座\n新增充电车位：未填/300个');
    expect(sheet.getCell('D5').value).toBe('已报送（逾期）');
    expect(sheet.getCell('D5').font.color?.argb).toBe('FFCF1322');
    expect(sheet.getCell('F5').value).toBe('—');
    expect(sheet.getCell('D6').value).toBe('未报送');
    expect(sheet.getCell('E6').value).toBe('—');
    expect(fillOf(sheet, 'D6')).toBe('FFFFCCC7');
    expect(sheet.getCell('G4').font).toMatchObject({ name: '仿宋', size: 11 });
    expect(sheet.getCell('G4').border).toMatchObject({ top: { style: 'thin' } });
  });

  it('freezes the header and prints A4 landscape', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    expect(sheet.pageSetup.printArea).toMatch(/^\$?A\$?1:\$?I\$?6$/);
  });
});
