import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildWeeklyFormWorkbook } from './weekly-form-workbook.builder';
import { readWeeklyFormWorkbook } from './weekly-form-workbook.reader';
import { WEEKLY_FORM_SAMPLE, loadWorkbook, saveWorkbook } from './xlsx-test.fixtures';

/** The exported form, loaded for editing as a unit would in Excel. */
async function exportedForm(form = WEEKLY_FORM_SAMPLE): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const workbook = await loadWorkbook(await buildWeeklyFormWorkbook(form));
  const sheet = workbook.getWorksheet('周报');
  if (sheet === undefined) throw new Error('no 周报 sheet');
  return { workbook, sheet };
}

/** Fills the sample form completely and validly. */
function fillValid(sheet: ExcelJS.Worksheet): void {
  sheet.getCell('F7').value = 46;
  sheet.getCell('G7').value = '本周新建6座';
  sheet.getCell('F8').value = '150';
  sheet.getCell('F13').value = '2024-06-05';
  sheet.getCell('B16').value = '新建充电桩6座，累计46座。\n完成2处选址。';
  sheet.getCell('B17').value = '电力增容审批慢。';
  sheet.getCell('B18').value = '协调供电中心。';
}

async function readEdited(edit: (sheet: ExcelJS.Worksheet) => void) {
  const { workbook, sheet } = await exportedForm();
  fillValid(sheet);
  edit(sheet);
  return readWeeklyFormWorkbook(await saveWorkbook(workbook));
}

describe('buildWeeklyFormWorkbook', () => {
  it('writes the key area, the target and milestone tables and the text cells', async () => {
    const { sheet } = await exportedForm();
    expect(sheet.getCell('A1').text).toContain('填写说明');
    expect([sheet.getCell('A2').value, sheet.getCell('B2').value]).toEqual(['项目编号', 101]);
    expect([sheet.getCell('A3').value, sheet.getCell('B3').value]).toEqual(['周次', '2024-W23']);
    expect(sheet.getCell('D2').value).toBe('1、方便群众新能源汽车充电');
    expect(sheet.getCell('D3').value).toBe('2024年第23周（2024年6月3日至2024年6月9日）');
    const header = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((column) => sheet.getCell(`${column}6`).value);
    expect(header).toEqual(['指标ID', '指标', '单位', '目标值', '上周累计', '本周累计（填写）', '说明（数值下降或异常时必填）']);
    expect(['A7', 'B7', 'C7', 'D7', 'E7', 'F7'].map((address) => sheet.getCell(address).value)).toEqual([11, '新改建充电桩', '座', 110, 40, null]);
    expect([sheet.getCell('E8').value, sheet.getCell('F8').value]).toEqual(['—', 30]);
    expect([sheet.getCell('A11').value, sheet.getCell('A12').value, sheet.getCell('F12').value]).toEqual(['节点ID', 5, '2024-05-02']);
    expect(sheet.getCell('B13').value).toBe('全部建成投用');
    expect(['A16', 'A17', 'A18'].map((address) => sheet.getCell(address).value)).toEqual(['本周进展（必填）', '存在问题', '下步计划']);
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['B16:G16', 'B12:E12', 'F12:G12']));
  });

  it('opens only the yellow fill cells and protects the rest', async () => {
    const { sheet } = await exportedForm();
    const fill = (address: string) => {
      const value = sheet.getCell(address).fill;
      return value?.type === 'pattern' ? value.fgColor?.argb : undefined;
    };
    for (const address of ['F7', 'G7', 'F13', 'B16']) {
      expect(fill(address)).toBe('FFFFFFCC');
      expect(sheet.getCell(address).protection?.locked).toBe(false);
    }
    for (const address of ['B2', 'B3', 'A7', 'D7']) {
      expect(fill(address)).toBe('FFF2F2F2');
      expect(sheet.getCell(address).protection?.locked).not.toBe(false);
    }
    // exceljs reads <sheetProtection> back but leaves it out of its typings.
    const { sheetProtection } = sheet as unknown as { sheetProtection?: { sheet?: boolean } };
    expect(sheetProtection).toMatchObject({ sheet: true });
    expect(sheet.getCell('F7').dataValidation).toMatchObject({ type: 'decimal' });
    expect(sheet.getCell('F13').numFmt).toBe('@');
  });
});

describe('readWeeklyFormWorkbook', () => {
  it('reads back what a unit filled in, with the cell of every value', async () => {
    const { forms, errors } = await readEdited(() => undefined);
    expect(errors).toEqual([]);
    expect(forms).toHaveLength(1);
    const [form] = forms;
    expect(form).toMatchObject({
      sheet: '周报',
      projectId: 101,
      week: '2024-W23',
      values: [
        { targetId: 11, actual: 46, reason: '本周新建6座' },
        { targetId: 12, actual: 150, reason: null },
      ],
      milestones: [
        { milestoneId: 5, completedOn: '2024-05-02' },
        { milestoneId: 6, completedOn: '2024-06-05' },
      ],
      progressText: '新建充电桩6座，累计46座。\n完成2处选址。',
      problemsText: '电力增容审批慢。',
      nextStepsText: '协调供电中心。',
    });
    expect(form?.locations.project).toEqual({ sheet: '周报', row: 2, column: 'B' });
    expect(form?.locations.week).toEqual({ sheet: '周报', row: 3, column: 'B' });
    expect(form?.locations.values[11]).toEqual({ sheet: '周报', row: 7, column: 'F' });
    expect(form?.locations.reasons[12]).toEqual({ sheet: '周报', row: 8, column: 'G' });
    expect(form?.locations.milestones[6]).toEqual({ sheet: '周报', row: 13, column: 'F' });
    expect(form?.locations.texts.progressText).toEqual({ sheet: '周报', row: 16, column: 'B' });
  });

  it('accepts an Excel date, 2024/6/5, full-width digits and thousands separators', async () => {
    const { forms, errors } = await readEdited((sheet) => {
      sheet.getCell('F12').value = new Date(Date.UTC(2024, 4, 3));
      sheet.getCell('F13').value = '2024/6/5';
      sheet.getCell('F7').value = '４６';
      sheet.getCell('F8').value = '1,150';
    });
    expect(errors).toEqual([]);
    expect(forms[0]?.milestones).toEqual([
      { milestoneId: 5, completedOn: '2024-05-03' },
      { milestoneId: 6, completedOn: '2024-06-05' },
    ]);
    expect(forms[0]?.values.map((value) => value.actual)).toEqual([46, 1150]);
  });

  it('reads every form sheet of a workbook that holds several projects', async () => {
    const { workbook, sheet } = await exportedForm();
    fillValid(sheet);
    const other = (await exportedForm({ ...WEEKLY_FORM_SAMPLE, projectId: 102, seq: 2, targets: [], milestones: [] })).sheet;
    const copy = workbook.addWorksheet('周报 (2)');
    other.eachRow((row, rowNumber) => row.eachCell((cell, column) => (copy.getCell(rowNumber, column).value = cell.value)));
    copy.getCell('B14').value = '项目2进展';
    workbook.addWorksheet('备注').getCell('A1').value = '其他内容';
    const { forms, errors } = await readWeeklyFormWorkbook(await saveWorkbook(workbook));
    expect(errors).toEqual([]);
    expect(forms.map((form) => [form.sheet, form.projectId, form.values.length, form.progressText])).toEqual([
      ['周报', 101, 2, '新建充电桩6座，累计46座。\n完成2处选址。'],
      ['周报 (2)', 102, 0, '项目2进展'],
    ]);
  });

  it('names the exact cell of text in a number cell', async () => {
    const { forms, errors } = await readEdited((sheet) => (sheet.getCell('F7').value = '四十六'));
    expect(forms).toEqual([]);
    expect(errors).toEqual([{ sheet: '周报', row: 7, column: 'F', message: '“本周累计”应为数字，现为“四十六”' }]);
  });

  it('names the cells of a malformed week, a malformed or impossible date and an empty required text', async () => {
    const { errors } = await readEdited((sheet) => {
      sheet.getCell('B3').value = '2024年23周';
      sheet.getCell('F12').value = '6月5日';
      sheet.getCell('F13').value = '2024-02-30';
      sheet.getCell('B16').value = '  ';
    });
    expect(errors.map((error) => `${error.sheet}!${error.column}${error.row}`)).toEqual(['周报!B3', '周报!F12', '周报!F13', '周报!B16']);
    expect(errors[0]?.message).toBe('“周次”格式不正确，应为 YYYY-Www（例如 2024-W23），现为“2024年23周”');
    expect(errors[1]?.message).toBe('“完成日期”应为 YYYY-MM-DD 格式的日期（例如 2024-06-05），现为“6月5日”');
    expect(errors[2]?.message).toBe('“完成日期”日期不存在：“2024-02-30”');
    expect(errors[3]?.message).toBe('“本周进展”不能为空');
  });

  it('refuses an empty or non-numeric project key and a week that does not exist', async () => {
    const empty = await readEdited((sheet) => (sheet.getCell('B2').value = null));
    expect(empty.errors).toEqual([{ sheet: '周报', row: 2, column: 'B', message: '“项目编号”不能为空，请使用平台导出的周报表，不要修改灰色单元格' }]);
    const text = await readEdited((sheet) => {
      sheet.getCell('B2').value = '充电桩';
      sheet.getCell('B3').value = '2025-W53';
    });
    expect(text.errors.map((error) => `${error.column}${error.row}`)).toEqual(['B2', 'B3']);
  });

  it('refuses a duplicated target row and the same project and week on two sheets', async () => {
    const duplicateRow = await readEdited((sheet) => (sheet.getCell('A8').value = 11));
    expect(duplicateRow.errors).toEqual([{ sheet: '周报', row: 8, column: 'A', message: '指标ID“11”重复出现，请勿复制行' }]);

    const { workbook, sheet } = await exportedForm();
    fillValid(sheet);
    const copy = workbook.addWorksheet('周报 (2)');
    sheet.eachRow((row, rowNumber) => row.eachCell((cell, column) => (copy.getCell(rowNumber, column).value = cell.value)));
    const { forms, errors } = await readWeeklyFormWorkbook(await saveWorkbook(workbook));
    expect(forms).toHaveLength(1);
    expect(errors).toEqual([{ sheet: '周报 (2)', row: 2, column: 'B', message: '项目编号 101 的 2024-W23 周报与工作表“周报”重复' }]);
  });

  it('gives one error for a file that is not an xlsx and for a workbook without a form sheet', async () => {
    const notXlsx = await readWeeklyFormWorkbook(Buffer.from('MZ this is an exe'));
    expect(notXlsx.forms).toEqual([]);
    expect(notXlsx.errors).toHaveLength(1);
    expect(notXlsx.errors[0]).toMatchObject({ sheet: '', row: 0, column: '' });
    expect(notXlsx.errors[0]?.message).toContain('.xlsx');

    const { workbook, sheet } = await exportedForm();
    sheet.getCell('A2').value = '编号';
    const noForm = await readWeeklyFormWorkbook(await saveWorkbook(workbook));
    expect(noForm.errors).toEqual([{ sheet: '周报', row: 2, column: 'A', message: expect.stringContaining('没有周报工作表') }]);
  });
});
