import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JINGKAI_2024_NAMES, JINGKAI_2024_UNITS } from './jingkai-2024.expected';
import { parseNoticeText, tokenizeNoticeText } from './notice-text.parser';
import { NoticeParseError } from './notice.types';

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');
const seedText = fixture('notice-2024-jingkai.txt');

function parseError(text: string): NoticeParseError {
  try {
    parseNoticeText(text);
  } catch (error) {
    if (error instanceof NoticeParseError) return error;
    throw error;
  }
  throw new Error('expected a NoticeParseError');
}

describe('parseNoticeText on the 2024 Jingkai notice', () => {
  const notice = parseNoticeText(seedText);
  const bySeq = (seq: number) => notice.projects.find((project) => project.seq === seq);

  it('reads the header', () => {
    expect(notice.plan).toEqual({
      title: '关于办好2024年“重点民生实事”的通知',
      docNumber: '济开管发〔2024〕1号',
      issuer: '济宁经济开发区管理委员会',
      year: 2024,
      issueDate: null,
    });
  });

  it('finds exactly 27 projects numbered 1..27, without warnings', () => {
    expect(notice.projects.map((project) => project.seq)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
    expect(notice.warnings).toEqual([]);
  });

  it('reads the lead and co-units of every project', () => {
    expect(notice.projects.map(({ seq, leadUnits, coUnits }) => ({ seq, leadUnits, coUnits }))).toEqual(JINGKAI_2024_UNITS);
  });

  it('joins wrapped names without a separator', () => {
    for (const [seq, name] of Object.entries(JINGKAI_2024_NAMES)) expect(bySeq(Number(seq))?.name).toBe(name);
  });

  it('keeps sub-items of the content on their own lines', () => {
    expect(bySeq(3)?.content).toBe('①全区新增托位113个，其中社区托位32个；\n②建设“乡村安心托”项目2处。');
    expect(bySeq(18)?.content.split('\n')).toHaveLength(4);
    expect(bySeq(1)?.content).toBe('全区新改建充电桩110座。');
  });

  it('writes a unit split over two lines the same way as on one line', () => {
    expect(bySeq(7)?.leadUnits).toEqual(['区组织部（人力资源部）']);
    expect(bySeq(8)?.leadUnits).toEqual(['区组织部（人力资源部）']);
    expect(bySeq(3)?.coUnits[0]).toBe(bySeq(7)?.leadUnits[0]);
  });

  it('handles an empty co-unit cell, two lead units and the double blank line after project 23', () => {
    expect(bySeq(5)?.coUnits).toEqual([]);
    expect(bySeq(25)?.leadUnits).toEqual(['区社会事业中心', '市消防救援支队济东大队']);
    expect(bySeq(24)?.name).toBe('实施政府灾害民生综合保险项目');
  });

  it('records the line where each row starts', () => {
    expect(bySeq(1)?.source).toEqual({ line: 32 });
    expect(seedText.split('\n')[(bySeq(27)?.source.line ?? 0) - 1]).toBe('\t27');
  });
});

describe('parseNoticeText tolerances', () => {
  it('reads the same projects with CRLF line endings and a BOM', () => {
    const crlf = parseNoticeText(`\uFEFF${seedText.replace(/\n/g, '\r\n')}`);
    expect(crlf).toEqual(parseNoticeText(seedText));
  });

  it('accepts the header columns in another order and no 协办单位 column', () => {
    const text = '\t序号\n\t主办单位\n\t项目名称\n\t工作目标\n\n\t1\n\t区财政局\n\t测试项目\n\t目标①\n②\n';
    const notice = parseNoticeText(text);
    expect(notice.projects).toEqual([{ seq: 1, name: '测试项目', content: '目标①\n②', leadUnits: ['区财政局'], coUnits: [], source: { line: 6 } }]);
  });

  it('splits rows written without blank lines between them', () => {
    const text = '\t序号\n\t项目名称\n\t项目内容\n\t主办单位\n\t1\n\t甲\n\t内容\n\t区财政局\n\t2\n\t乙\n\t内容\n\t疃里镇\n';
    expect(parseNoticeText(text).projects.map((project) => [project.seq, project.leadUnits])).toEqual([
      [1, ['区财政局']],
      [2, ['疃里镇']],
    ]);
  });

  it('reads the issue date after the body', () => {
    const text = seedText.replace('附件：', '济宁经济开发区管理委员会\n2024年1月5日\n\n附件：');
    expect(parseNoticeText(text).plan.issueDate).toBe('2024-01-05');
  });

  it('warns about a gap in the numbering and about text outside the table', () => {
    const withGap = seedText.replace('\n\t27\n', '\n\t29\n') + '\n抄送：区党工委各部门\n';
    const notice = parseNoticeText(withGap);
    expect(notice.warnings.map((warning) => warning.message)).toEqual([
      expect.stringContaining('“抄送：区党工委各部门”不在项目表格内'),
      expect.stringContaining('序号不连续，26 之后是 29'),
    ]);
  });
});

describe('parseNoticeText errors', () => {
  it('rejects an empty file', () => {
    expect(parseError('').message).toContain('文件为空');
    expect(parseError(fixture('notice-empty.txt')).message).toContain('文件为空');
    expect(parseError('\uFEFF \r\n\t\n').message).toContain('文件为空');
  });

  it('rejects a text that is not a notice', () => {
    const error = parseError(fixture('notice-not-a-notice.txt'));
    expect(error.message).toContain('未找到项目汇总表：需要含有 序号、项目名称、项目内容及工作目标、主办单位 的表头');
  });

  it('names the missing column', () => {
    const error = parseError('\t序号\n\t项目名称\n\t项目内容及工作目标\n\t协办单位\n\n\t1\n\t甲\n\t内容\n\t区财政局\n');
    expect(error.message).toContain('第 1 行：项目汇总表的表头缺少“主办单位”列');
    expect(error.location).toEqual({ line: 1, column: '主办单位' });
  });

  it('rejects a non-numeric 序号 with its line', () => {
    const error = parseError(fixture('notice-bad-seq.txt'));
    expect(error.message).toContain('第 77 行：序号“六”不是数字');
    expect(error.location.line).toBe(77);
  });

  it('rejects a duplicate 序号 naming both lines', () => {
    const error = parseError(fixture('notice-duplicate-seq.txt'));
    expect(error.message).toContain('第 62 行：序号 3 重复（第 50 行已有）');
  });

  it('rejects a row without a lead unit', () => {
    const error = parseError(fixture('notice-missing-lead.txt'));
    expect(error.message).toContain('第 70 行（序号 5）：缺少主办单位');
    expect(error.location).toEqual({ line: 70, column: '主办单位' });
  });

  it('rejects a row without a name', () => {
    const text = seedText.replace('\t强化食品安全监管\n', '\t\n');
    expect(parseError(text).message).toContain('第 77 行（序号 6）：缺少项目名称');
  });

  it('rejects a row with more cells than the header', () => {
    const text = seedText.replace('\t区市场监管中心\n', '\t区市场监管中心\n\t多余\n');
    expect(parseError(text).message).toContain('第 77 行：这一行有 6 个单元格，比表头的 5 列多');
  });

  it('rejects a header without rows', () => {
    expect(parseError('\t序号\n\t项目名称\n\t项目内容\n\t主办单位\n').message).toContain('只有表头，没有项目行');
  });
});

describe('tokenizeNoticeText', () => {
  it('keeps a lone tab as an empty cell and continues cells on lines without a tab', () => {
    const [block] = tokenizeNoticeText('\t5\n\t名称\n续\n\t\n');
    expect(block?.cells.map((cell) => cell.lines)).toEqual([['5'], ['名称', '续'], ['']]);
  });
});
