import mammoth from 'mammoth';
import { findHeaderRowIndex, headerNotFoundError } from '../../domain/notice/notice-columns';
import { extractNoticeHeader } from '../../domain/notice/notice-header.parser';
import { parseNoticeTable } from '../../domain/notice/notice-table.parser';
import { looksLikeNumberedNotice, parseNumberedNotice } from '../../domain/notice/notice-numbered.parser';
import { NoticeParseError } from '../../domain/notice/notice.types';
import type { ParsedNotice } from '../../domain/notice/notice.types';
import { readHtmlBlocks } from './mammoth-html.reader';

async function convertToHtml(data: Buffer): Promise<string> {
  try {
    const result = await mammoth.convertToHtml({ buffer: data });
    return result.value;
  } catch {
    throw new NoticeParseError('无法读取 Word 文件：文件可能已损坏或受密码保护。请用 Word 或 WPS 打开后另存为 .docx 再导入。');
  }
}

/**
 * Reads a notice saved as Word (.docx): the paragraphs before the project table give the header
 * (文号, 发文机关, 标题, 日期); the first table with a 序号/项目名称/… header row gives the projects.
 * Tables after it with the same number of columns (a table split across pages) are appended.
 */
export async function readDocxNotice(data: Buffer): Promise<ParsedNotice> {
  const blocks = readHtmlBlocks(await convertToHtml(data));
  const tableAt = blocks.findIndex((block) => block.kind === 'table' && findHeaderRowIndex(block.rows) >= 0);
  const first = blocks[tableAt];
  if (first === undefined || first.kind !== 'table') {
    const hasText = blocks.some((block) => (block.kind === 'paragraph' ? block.text.trim() !== '' : block.rows.length > 0));
    if (!hasText) throw new NoticeParseError('文件为空：Word 文档中没有任何文字内容。请选择民生实事通知原文。');
    // A notice written as numbered paragraphs (一、… 1. …（牵头单位：…）) has no table: read its text.
    const text = blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : [])).join('\n');
    if (looksLikeNumberedNotice(text)) return parseNumberedNotice(text);
    throw headerNotFoundError();
  }
  const width = Math.max(...first.rows.map((row) => row.length));
  const rows = [...first.rows];
  let appendedTables = 0;
  for (const block of blocks.slice(tableAt + 1)) {
    if (block.kind !== 'table' || Math.max(0, ...block.rows.map((row) => row.length)) !== width) continue;
    rows.push(...block.rows);
    appendedTables += 1;
  }
  const preamble = blocks.slice(0, tableAt).flatMap((block) => (block.kind === 'paragraph' ? block.text.split('\n') : []));
  const parsed = parseNoticeTable(rows, { header: extractNoticeHeader(preamble) });
  if (appendedTables > 0) {
    parsed.warnings.unshift({
      line: null,
      message: `文档中的项目表分成了 ${appendedTables + 1} 个表格，已按顺序合并读取；错误提示中的“表格第 N 行”按合并后的行数计算。`,
    });
  }
  return parsed;
}
