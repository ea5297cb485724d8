import { describe, expect, it } from 'vitest';
import { parseNoticeTable } from './notice-table.parser';
import type { NoticeTableContext } from './notice-table.parser';
import { NoticeParseError } from './notice.types';

function parseError(rows: string[][], ctx: NoticeTableContext = {}): NoticeParseError {
  try {
    parseNoticeTable(rows, ctx);
  } catch (error) {
    if (error instanceof NoticeParseError) return error;
    throw error;
  }
  throw new Error('expected a NoticeParseError');
}

const header = ['序号', '项目名称', '项目内容及工作目标', '主办单位', '协办单位'];

describe('parseNoticeTable', () => {
  it('skips the title row and empty rows and reads columns in any order', () => {
    const rows = [
      ['济宁经济开发区2024年“重点民生实事”项目汇总表', '', '', '', ''],
      ['', '', '', '', ''],
      ['序号', '项目名称', '主办单位', '协办单位', '项目内容及\n工作目标'],
      ['1', '方便群众新能源\n汽车充电', '区经济发展局', '疃里镇\n马集镇', '全区新改建充电桩110座。'],
      ['', '', '', '', ''],
      ['2', '深入推进居民长期\n护理保险', '区组织部\n（人力资源部）', '区财政局 ', '①甲；\n②乙。'],
    ];
    const notice = parseNoticeTable(rows);
    expect(notice.plan).toEqual({
      title: '济宁经济开发区2024年“重点民生实事”项目汇总表',
      docNumber: null,
      issuer: null,
      year: 2024,
      issueDate: null,
    });
    expect(notice.projects).toEqual([
      {
        seq: 1,
        name: '方便群众新能源汽车充电',
        content: '全区新改建充电桩110座。',
        leadUnits: ['区经济发展局'],
        coUnits: ['疃里镇', '马集镇'],
        source: { row: 4 },
      },
      {
        seq: 2,
        name: '深入推进居民长期护理保险',
        content: '①甲；\n②乙。',
        leadUnits: ['区组织部（人力资源部）'],
        coUnits: ['区财政局'],
        source: { row: 6 },
      },
    ]);
    expect(notice.warnings).toEqual([]);
  });

  it('accepts 牵头单位/配合单位 and a table without 协办单位', () => {
    const withAliases = parseNoticeTable([
      ['序号', '项目名称', '工作目标', '牵头单位', '配合单位'],
      ['1', '甲', '目标', '区财政局', '疃里镇'],
    ]);
    expect(withAliases.projects[0]?.coUnits).toEqual(['疃里镇']);
    const withoutCo = parseNoticeTable([
      ['序号', '项目名称', '项目内容', '责任单位'],
      ['1', '甲', '目标', '区财政局'],
    ]);
    expect(withoutCo.projects[0]).toMatchObject({ leadUnits: ['区财政局'], coUnits: [] });
  });

  it('uses the header given by the caller before the one of the title rows', () => {
    const notice = parseNoticeTable([['标题：某某区2023年民生实事清单'], header, ['1', '甲', '目标', '区财政局', '']], {
      header: { title: '关于办好2024年民生实事的通知', docNumber: '某发〔2024〕3号', year: 2024 },
    });
    expect(notice.plan).toMatchObject({ title: '关于办好2024年民生实事的通知', docNumber: '某发〔2024〕3号', year: 2024 });
  });

  it('skips a header row repeated on the next page', () => {
    const notice = parseNoticeTable([header, ['1', '甲', '目标', '区财政局', ''], header, ['2', '乙', '目标', '区财政局', '']]);
    expect(notice.projects.map((project) => project.seq)).toEqual([1, 2]);
  });

  it('drops a co-unit that is also the lead unit, with a warning', () => {
    const notice = parseNoticeTable([header, ['1', '甲', '目标', '区财政局', '区财政局\n疃里镇']]);
    expect(notice.projects[0]?.coUnits).toEqual(['疃里镇']);
    expect(notice.warnings.map((warning) => warning.message)).toContainEqual(expect.stringContaining('“区财政局”既是主办单位又是协办单位'));
  });

  it('accepts 序号 written as "1." or with full-width digits', () => {
    const notice = parseNoticeTable([header, ['1.', '甲', '目标', '区财政局', ''], ['２', '乙', '目标', '区财政局', '']]);
    expect(notice.projects.map((project) => project.seq)).toEqual([1, 2]);
  });

  it('warns about gaps, a start other than 1 and empty content', () => {
    const notice = parseNoticeTable([header, ['2', '甲', '', '区财政局', ''], ['5', '乙', '目标', '区财政局', '']]);
    expect(notice.warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [null, expect.stringContaining('未找到通知标题')],
      [2, expect.stringContaining('“项目内容及工作目标”为空')],
      [2, expect.stringContaining('序号从 2 开始')],
      [3, expect.stringContaining('序号不连续，2 之后是 5')],
    ]);
  });
});

describe('parseNoticeTable errors name the sheet, row and column', () => {
  const ctx = { sheet: '汇总表', rowNumbers: [1, 2, 3, 7, 8] };

  it('rejects an empty table', () => {
    expect(parseError([['', ''], []], { sheet: '汇总表' }).message).toContain('工作表“汇总表”为空');
  });

  it('rejects a table without a header row', () => {
    const error = parseError([['会议纪要'], ['出席', '各科室']], { sheet: 'Sheet1' });
    expect(error.message).toContain('工作表“Sheet1”中未找到项目汇总表');
    expect(error.location).toEqual({ sheet: 'Sheet1' });
  });

  it('names a missing required column', () => {
    const error = parseError([['标题'], ['序号', '项目名称', '主办单位', '协办单位']], ctx);
    expect(error.message).toContain('工作表“汇总表”第 2 行：项目汇总表的表头缺少“项目内容及工作目标”列');
    expect(error.location).toEqual({ sheet: '汇总表', row: 2, column: '项目内容及工作目标' });
  });

  it('rejects a non-numeric 序号', () => {
    const error = parseError([['标题'], header, ['一', '甲', '目标', '区财政局', '']], ctx);
    expect(error.message).toContain('工作表“汇总表”第 3 行：序号“一”不是数字');
    expect(error.location).toEqual({ sheet: '汇总表', row: 3, column: '序号' });
  });

  it('rejects a duplicate 序号 naming the earlier row', () => {
    const rows = [['标题'], header, ['1', '甲', '目标', '区财政局', ''], ['2', '乙', '目标', '区财政局', ''], ['2', '丙', '目标', '区财政局', '']];
    expect(parseError(rows, ctx).message).toContain('工作表“汇总表”第 8 行：序号 2 重复（第 7 行已有）');
  });

  it('rejects a row without lead unit or name', () => {
    const noLead = parseError([['标题'], header, ['1', '甲', '目标', ' ', '疃里镇']], ctx);
    expect(noLead.message).toContain('工作表“汇总表”第 3 行（序号 1）：缺少主办单位');
    expect(noLead.location).toEqual({ sheet: '汇总表', row: 3, column: '主办单位' });
    const noName = parseError([header, ['1', '', '目标', '区财政局', '']]);
    expect(noName.message).toContain('表格第 2 行（序号 1）：缺少项目名称');
  });

  it('rejects a row without 序号', () => {
    expect(parseError([header, ['', '甲', '目标', '区财政局', '']]).message).toContain('表格第 2 行：缺少序号');
  });
});

describe('parseNoticeTable with a task table of another layout', () => {
  it('reads 责任单位/目标任务/配合单位 in another order, ignores 完成时限 and takes section rows as categories', () => {
    const section = (title: string) => Array<string>(6).fill(title);
    const rows = [
      Array<string>(6).fill('临水区2025年为民办实事项目任务分解表'),
      ['序号', '责任单位', '项目名称', '目标任务', '配合单位', '完成时限'],
      section('一、就业和社会保障（2项）'),
      ['1', '区人力资源和社会保障局', '促进城乡居民就业', '全年城镇新增就业3800人以上。', '区财政局\n区金融服务中心', '2025年12月底'],
      ['2', '区民政局', '提升困难群体保障水平', '建设街道综合养老服务中心3处。', '', '2025年11月底'],
      ['二、教育和卫生健康（1项）', '', '', '', '', ''],
      ['3', '区教育局', '扩充义务教育学位', '新增学位2160个。', '区财政局', '2025年8月底'],
    ];
    const notice = parseNoticeTable(rows, { sheet: '任务分解表' });
    expect(notice.plan).toMatchObject({ title: '临水区2025年为民办实事项目任务分解表', year: 2025 });
    expect(notice.projects.map(({ seq, name, content, leadUnits, coUnits, category }) => ({ seq, name, content, leadUnits, coUnits, category }))).toEqual([
      {
        seq: 1,
        name: '促进城乡居民就业',
        content: '全年城镇新增就业3800人以上。',
        leadUnits: ['区人力资源和社会保障局'],
        coUnits: ['区财政局', '区金融服务中心'],
        category: '就业和社会保障',
      },
      { seq: 2, name: '提升困难群体保障水平', content: '建设街道综合养老服务中心3处。', leadUnits: ['区民政局'], coUnits: [], category: '就业和社会保障' },
      { seq: 3, name: '扩充义务教育学位', content: '新增学位2160个。', leadUnits: ['区教育局'], coUnits: ['区财政局'], category: '教育和卫生健康' },
    ]);
    expect(notice.warnings.filter((warning) => !warning.message.includes('未找到通知标题'))).toEqual([]);
  });

  it.each([
    ['工作目标', '牵头单位', '协办单位'],
    ['建设内容', '责任单位', '协助单位'],
    ['目标任务', '承办单位', '配合单位'],
  ])('recognises the header words %s / %s / %s', (content, lead, co) => {
    const notice = parseNoticeTable([
      ['序号', co, '项目名称', lead, content],
      ['1', '疃里镇', '甲', '区财政局', '新建2处。'],
    ]);
    expect(notice.projects[0]).toMatchObject({ content: '新建2处。', leadUnits: ['区财政局'], coUnits: ['疃里镇'] });
  });
});
