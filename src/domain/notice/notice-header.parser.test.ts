import { describe, expect, it } from 'vitest';
import { completeNoticeHeader, extractNoticeHeader, normaliseDocNumber, parseIssueDate } from './notice-header.parser';

describe('normaliseDocNumber', () => {
  it.each(['济开管发〔2024〕1号', '济开管发[2024]1号', '济开管发［2024］1号', '济开管发【2024】01号', '济开管发 〔2024〕 1 号'])(
    '%s → 济开管发〔2024〕1号',
    (text) => {
      expect(normaliseDocNumber(text)).toBe('济开管发〔2024〕1号');
    },
  );

  it('returns null for text without a doc number', () => {
    expect(normaliseDocNumber('2024年“重点民生实事”')).toBeNull();
  });
});

describe('parseIssueDate', () => {
  it('reads Arabic and Chinese dates alone on a line', () => {
    expect(parseIssueDate('2024年1月5日')).toBe('2024-01-05');
    expect(parseIssueDate('  2024 年 12 月 31 日 ')).toBe('2024-12-31');
    expect(parseIssueDate('二〇二四年一月十五日')).toBe('2024-01-15');
    expect(parseIssueDate('（2024年2月20日）')).toBe('2024-02-20');
  });

  it('ignores sentences and impossible dates', () => {
    expect(parseIssueDate('2024年1月5日召开会议')).toBeNull();
    expect(parseIssueDate('2024年2月30日')).toBeNull();
  });
});

describe('extractNoticeHeader', () => {
  it('reads doc number, issuer on the line before the title, title and year', () => {
    const header = extractNoticeHeader([
      '济开管发[2024]1号',
      '',
      '济宁经济开发区管理委员会',
      '关于办好2024年“重点民生实事”的通知',
      '疃里镇、马集镇人民政府，区直各部门：',
      '济宁经济开发区管理委员会',
      '2024年1月5日',
    ]);
    expect(header).toEqual({
      docNumber: '济开管发〔2024〕1号',
      issuer: '济宁经济开发区管理委员会',
      title: '关于办好2024年“重点民生实事”的通知',
      year: 2024,
      issueDate: '2024-01-05',
    });
  });

  it('splits a one-line title "XX管理委员会关于…的通知"', () => {
    const header = extractNoticeHeader(['济宁经济开发区管理委员会关于办好2025年“重点民生实事”的通知']);
    expect(header.issuer).toBe('济宁经济开发区管理委员会');
    expect(header.title).toBe('关于办好2025年“重点民生实事”的通知');
    expect(header.year).toBe(2025);
  });

  it('takes the issuer from a red-head line or the signature above the date', () => {
    const redHead = extractNoticeHeader(['济宁经济开发区管理委员会文件', '济开管发〔2024〕1号', '关于办好2024年民生实事的通知']);
    expect(redHead.issuer).toBe('济宁经济开发区管理委员会');
    const signed = extractNoticeHeader(['济开管发〔2024〕1号', '关于办好2024年民生实事的通知', '正文。', '某某区人民政府', '2024年1月5日']);
    expect(signed).toMatchObject({ issuer: '某某区人民政府', issueDate: '2024-01-05' });
    expect(extractNoticeHeader(['关于办好2024年民生实事的通知', '（2024年1月5日）']).issuer).toBeUndefined();
  });

  it('joins a title wrapped over two lines', () => {
    const header = extractNoticeHeader(['某某区人民政府', '关于办好2024年“重点民生实事”', '的通知']);
    expect(header.title).toBe('关于办好2024年“重点民生实事”的通知');
    expect(header.issuer).toBe('某某区人民政府');
  });

  it('takes the year from the doc number first, then from the title or the table caption', () => {
    expect(extractNoticeHeader(['济开管发〔2023〕9号', '关于办好2024年民生实事的通知']).year).toBe(2023);
    expect(extractNoticeHeader(['济宁经济开发区2024年“重点民生实事”项目汇总表'])).toEqual({
      title: '济宁经济开发区2024年“重点民生实事”项目汇总表',
      year: 2024,
    });
  });
});

describe('completeNoticeHeader', () => {
  it('lets earlier drafts win and warns when there is no title at all', () => {
    const { header, warnings } = completeNoticeHeader({ issuer: '甲' }, { issuer: '乙', year: 2024 });
    expect(header).toEqual({ title: '2024年民生实事项目清单', docNumber: null, issuer: '甲', year: 2024, issueDate: null });
    expect(warnings[0]?.message).toContain('未找到通知标题');
  });
});
