import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { JINGKAI_2024_UNITS } from '../../domain/notice/jingkai-2024.expected';
import { NoticeParseError } from '../../domain/notice/notice.types';
import type { ParsedNotice } from '../../domain/notice/notice.types';
import { readHtmlBlocks } from './mammoth-html.reader';
import { MAX_NOTICE_FILE_BYTES, readNoticeFile } from './read-notice-file';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url));

const projectsOf = (notice: ParsedNotice) => notice.projects.map(({ seq, name, content, leadUnits, coUnits }) => ({ seq, name, content, leadUnits, coUnits }));

async function readError(data: Buffer, fileName: string): Promise<NoticeParseError> {
  try {
    await readNoticeFile(data, fileName);
  } catch (error) {
    if (error instanceof NoticeParseError) return error;
    throw error;
  }
  throw new Error('expected a NoticeParseError');
}

describe('readNoticeFile on the seed notice in every format', () => {
  let text: ParsedNotice;
  beforeAll(async () => {
    text = await readNoticeFile(fixture('notice-2024-jingkai.txt'), 'notice.txt');
  });

  it('reads the text notice', () => {
    expect(text.projects).toHaveLength(27);
    expect(text.projects.map(({ seq, leadUnits, coUnits }) => ({ seq, leadUnits, coUnits }))).toEqual(JINGKAI_2024_UNITS);
    expect(text.plan.docNumber).toBe('济开管发〔2024〕1号');
  });

  it('reads the same projects and header from the Word file', async () => {
    const docx = await readNoticeFile(fixture('notice-2024-jingkai.docx'), 'notice.docx');
    expect(projectsOf(docx)).toEqual(projectsOf(text));
    expect(docx.plan).toEqual(text.plan);
    expect(docx.projects[0]?.source).toEqual({ row: 2 });
    expect(docx.warnings).toEqual([]);
  });

  it('reads the same projects from the workbook (other column order, rich text, formula, half-width parentheses)', async () => {
    const xlsx = await readNoticeFile(fixture('notice-2024-jingkai.xlsx'), 'notice.xlsx');
    expect(projectsOf(xlsx)).toEqual(projectsOf(text));
    expect(xlsx.plan).toMatchObject({ title: '济宁经济开发区2024年“重点民生实事”项目汇总表', year: 2024 });
    expect(xlsx.projects[0]?.source).toEqual({ sheet: '汇总表', row: 3 });
    expect(xlsx.projects[26]?.source).toEqual({ sheet: '汇总表', row: 29 });
  });

  it('reads a GB18030 text file and ignores the file name extension', async () => {
    const gbk = await readNoticeFile(fixture('notice-2024-jingkai-gbk.txt'), 'notice.docx');
    expect(projectsOf(gbk)).toEqual(projectsOf(text));
  });

  it('reads UTF-16 text with a BOM', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixture('notice-2024-jingkai.txt').toString('utf8'), 'utf16le')]);
    expect(projectsOf(await readNoticeFile(utf16, 'notice.txt'))).toEqual(projectsOf(text));
  });

  it('reads the corrected notice with the changed target and the added co-unit', async () => {
    const corrected = await readNoticeFile(fixture('notice-2024-jingkai-corrected.txt'), 'corrected.txt');
    expect(corrected.projects[0]?.content).toBe('全区新改建充电桩120座。');
    expect(corrected.projects[0]?.coUnits).toEqual([...(JINGKAI_2024_UNITS[0]?.coUnits ?? []), '区财政局']);
    expect(projectsOf(corrected).slice(1)).toEqual(projectsOf(text).slice(1));
  });
});

describe('readNoticeFile rejects bad files with a Chinese message and location', () => {
  it.each([
    ['notice-empty.txt', '文件为空', {}],
    ['notice-not-a-notice.txt', '未找到项目汇总表：需要含有 序号、项目名称、项目内容及工作目标、主办单位 的表头', {}],
    ['notice-bad-seq.txt', '第 77 行：序号“六”不是数字', { line: 77, column: '序号' }],
    ['notice-duplicate-seq.txt', '第 62 行：序号 3 重复（第 50 行已有）', { line: 62, column: '序号' }],
    ['notice-missing-lead.txt', '第 70 行（序号 5）：缺少主办单位', { line: 70, column: '主办单位' }],
    ['notice-missing-lead-column.xlsx', '工作表“项目表”第 3 行：项目汇总表的表头缺少“主办单位”列', { sheet: '项目表', row: 3, column: '主办单位' }],
  ])('%s', async (name, message, location) => {
    const error = await readError(fixture(name), name);
    expect(error.message).toContain(message);
    expect(error.location).toEqual(location);
  });

  it('rejects binary garbage, PDF, old Office files and other ZIP archives', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect((await readError(garbage, 'x.txt')).message).toContain('“x.txt”不是可识别的文本或 Office 文件');
    expect((await readError(Buffer.from('%PDF-1.7\n...'), 'a.pdf')).message).toContain('PDF 文件暂不支持');
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await readError(ole, 'a.doc')).message).toContain('旧版 Word/Excel 格式');
    const emptyZip = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
    expect((await readError(emptyZip, 'a.zip')).message).toContain('无法识别为通知');
  });

  it('rejects a damaged Word file', async () => {
    const docx = fixture('notice-2024-jingkai.docx');
    const damaged = Buffer.concat([docx.subarray(0, 2000), Buffer.alloc(200), docx.subarray(docx.length - 1500)]);
    expect((await readError(damaged, 'a.docx')).message).toContain('无法读取 Word 文件');
  });

  it('rejects a file over 10 MB', async () => {
    const error = await readError(Buffer.alloc(MAX_NOTICE_FILE_BYTES + 1, 0x20), 'big.txt');
    expect(error.message).toContain('文件过大');
    expect(error.message).toContain('10 MB');
  });

  it('rejects a workbook whose sheets have no project table', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').getCell('A1').value = '会议纪要';
    workbook.addWorksheet('空表');
    const data = Buffer.from(await workbook.xlsx.writeBuffer());
    const error = await readError(data, 'a.xlsx');
    expect(error.message).toContain('工作表“说明”、“空表”中都未找到项目汇总表');
  });
});

describe('readHtmlBlocks', () => {
  it('splits paragraphs and tables, keeps cell paragraphs as lines and decodes entities', () => {
    const html =
      '<p>济开管发〔2024〕1号</p><p>A &amp; B</p><table><tr><th><p>序号</p></th><th><p>主办单位</p></th></tr>' +
      '<tr><td><p>1</p></td><td><p>区组织部</p><p>（人力资源部）&#x4E2D;</p></td></tr></table><p>尾</p>';
    expect(readHtmlBlocks(html)).toEqual([
      { kind: 'paragraph', text: '济开管发〔2024〕1号' },
      { kind: 'paragraph', text: 'A & B' },
      {
        kind: 'table',
        rows: [
          ['序号', '主办单位'],
          ['1', '区组织部\n（人力资源部）中'],
        ],
      },
      { kind: 'paragraph', text: '尾' },
    ]);
  });

  it('repeats merged cells so columns stay aligned', () => {
    const html =
      '<table><tr><td><p>1</p></td><td rowspan="2"><p>区财政局</p></td><td><p>a</p></td></tr>' +
      '<tr><td><p>2</p></td><td><p>b</p></td></tr><tr><td colspan="2"><p>x</p></td><td><p>c</p></td></tr></table>';
    expect(readHtmlBlocks(html)).toEqual([
      {
        kind: 'table',
        rows: [
          ['1', '区财政局', 'a'],
          ['2', '区财政局', 'b'],
          ['x', 'x', 'c'],
        ],
      },
    ]);
  });
});

describe('a numbered-paragraph notice saved as Word', () => {
  it('reads the same projects from the .docx paragraphs as from the text', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const text = fixture('notice-2025-numbered.txt').toString('utf8');
    const doc = new Document({ sections: [{ children: text.split('\n').map((line) => new Paragraph({ text: line })) }] });
    const fromWord = await readNoticeFile(Buffer.from(await Packer.toBuffer(doc)), 'numbered.docx');
    const fromText = await readNoticeFile(fixture('notice-2025-numbered.txt'), 'numbered.txt');
    expect(fromWord.projects.length).toBeGreaterThanOrEqual(12);
    const strip = (n: ParsedNotice) => n.projects.map(({ seq, name, content, leadUnits, coUnits }) => ({ seq, name, content, leadUnits, coUnits }));
    expect(strip(fromWord)).toEqual(strip(fromText));
    expect(fromWord.plan.docNumber).toBe(fromText.plan.docNumber);
  });
});
