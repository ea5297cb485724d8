import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNoticeText } from './notice-text.parser';
import { NoticeParseError } from './notice.types';

const numberedText = readFileSync(new URL('../../../fixtures/notice-2025-numbered.txt', import.meta.url), 'utf8');

function parseError(text: string): NoticeParseError {
  try {
    parseNoticeText(text);
  } catch (error) {
    if (error instanceof NoticeParseError) return error;
    throw error;
  }
  throw new Error('expected a NoticeParseError');
}

describe('parseNoticeText on the numbered-paragraph notice (fixtures/notice-2025-numbered.txt)', () => {
  const notice = parseNoticeText(numberedText);
  const bySeq = (seq: number) => notice.projects.find((project) => project.seq === seq);

  it('reads the header above the list', () => {
    expect(notice.plan).toEqual({
      title: '关于印发青阳区2025年民生实事项目的通知',
      docNumber: '青政办发〔2025〕4号',
      issuer: '青阳区人民政府办公室',
      year: 2025,
      issueDate: '2025-02-18',
    });
  });

  it('numbers the projects 1..15 although each section restarts at 1', () => {
    expect(notice.projects.map((project) => project.seq)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(notice.projects.map((project) => project.category)).toEqual([
      ...Array<string>(4).fill('教育文化体育'),
      ...Array<string>(3).fill('医疗卫生'),
      ...Array<string>(4).fill('社会保障'),
      ...Array<string>(4).fill('城乡建设'),
    ]);
  });

  it('takes the short title before the colon as name and the rest as content', () => {
    expect(bySeq(1)).toEqual({
      seq: 1,
      name: '扩充学前教育资源',
      content: '新建、改扩建公办幼儿园3所，新增公办学位1080个，其中普惠性托班学位120个。',
      leadUnits: ['区教育和体育局'],
      coUnits: ['区发展和改革局', '区财政局', '区自然资源局'],
      category: '教育文化体育',
      source: { line: 15 },
    });
    expect(bySeq(6)?.name).toBe('适龄妇女“两癌”免费筛查');
  });

  it('reads an item over several lines, its sub-items kept on their own lines', () => {
    expect(bySeq(7)?.content).toBe(
      '①完成8家村卫生室标准化建设；\n②建设县域医共体远程会诊中心，实现镇卫生院远程会诊全覆盖；\n③推进G237国道沿线3个镇卫生院发热门诊改造。',
    );
    expect(bySeq(7)?.coUnits).toEqual(['区财政局', '青阳镇人民政府', '白石镇人民政府']);
    expect(bySeq(15)?.content.split('\n')).toHaveLength(3);
  });

  it('reads 责任单位 as the lead unit and allows no co-units', () => {
    expect(bySeq(10)).toMatchObject({ leadUnits: ['区人力资源和社会保障局'], coUnits: [] });
  });

  it('warns about the lines after the list', () => {
    expect(notice.warnings.map((warning) => warning.message)).toEqual([
      expect.stringContaining('“抄送：区委各部门，区人大常委会办公室，区”不在项目清单内'),
      expect.stringContaining('“青阳区人民政府办公室2025年2月18日”不在项目清单内'),
    ]);
  });
});

describe('parseNoticeText on other numbered lists', () => {
  const header = '某某县人民政府办公室\n关于印发某某县2025年十件民生实事的通知\n\n各乡镇：\n现印发给你们。\n\n';

  it('keeps continuous numbers, names an item without title by its first clause, skips body paragraphs', () => {
    const text =
      header +
      '1. 加强组织领导。各单位要高度重视。\n' +
      '一、民生项目\n' +
      '1、新建公办幼儿园3所，新增学位1080个。（责任单位：县教育局）\n' +
      '2、城乡供水保障：\n①改造管网18公里；\n②新建水厂。\n（牵头单位：县水利局；协办单位：县财政局、甲镇、乙镇）\n' +
      '二、便民服务\n' +
      '3、开通公交线路3条。【牵头单位：县交通运输局；配合单位：县公安局】\n';
    const notice = parseNoticeText(text);
    expect(notice.projects.map(({ seq, name, leadUnits, coUnits, category }) => ({ seq, name, leadUnits, coUnits, category }))).toEqual([
      { seq: 1, name: '新建公办幼儿园3所', leadUnits: ['县教育局'], coUnits: [], category: '民生项目' },
      { seq: 2, name: '城乡供水保障', leadUnits: ['县水利局'], coUnits: ['县财政局', '甲镇', '乙镇'], category: '民生项目' },
      { seq: 3, name: '开通公交线路3条', leadUnits: ['县交通运输局'], coUnits: ['县公安局'], category: '便民服务' },
    ]);
    expect(notice.projects[0]?.content).toBe('新建公办幼儿园3所，新增学位1080个。');
    expect(notice.projects[1]?.content).toBe('①改造管网18公里；\n②新建水厂。');
    expect(notice.plan.title).toBe('关于印发某某县2025年十件民生实事的通知');
    expect(notice.warnings).toEqual([]);
  });

  it('warns about a gap in continuous numbering', () => {
    const text = `${header}1. 甲：新建2处。（牵头单位：县民政局）\n3. 乙：新建3处。（牵头单位：县民政局）\n`;
    expect(parseNoticeText(text).warnings.map((warning) => warning.message)).toEqual([expect.stringContaining('序号不连续，1 之后是 3')]);
  });

  it('refuses an item inside the list without a lead unit, naming its line', () => {
    const text = `${header}1. 甲：新建2处。（牵头单位：县民政局）\n2. 乙：新建3处。\n3. 丙：新建4处。（牵头单位：县民政局）\n`;
    const error = parseError(text);
    expect(error.message).toBe('第 8 行（第 2 项）：缺少牵头单位，请在该项末尾注明“（牵头单位：…；配合单位：…）”。');
    expect(error.location).toEqual({ line: 8, column: '牵头单位' });
  });

  it('says what layouts it accepts when the text has neither', () => {
    const error = parseError('会议纪要\n\n1. 各科室按时报送周报。\n2. 做好安全检查。\n');
    expect(error.message).toContain('未找到项目汇总表');
    expect(error.message).toContain('逐条编号的项目清单');
  });
});
