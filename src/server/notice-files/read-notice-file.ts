import { parseNoticeText } from '../../domain/notice/notice-text.parser';
import { NoticeParseError } from '../../domain/notice/notice.types';
import type { ParsedNotice } from '../../domain/notice/notice.types';
import { isZip, listZipEntries, zipBombRefusal } from './zip-entries';

/** Largest notice file accepted (10 MB), as the import API documents. */
export const MAX_NOTICE_FILE_BYTES = 10 * 1024 * 1024;

/** The kinds of notice file Minsheng reads, detected from the content, never from the name. */
export type NoticeFileKind = 'docx' | 'xlsx' | 'text';

const SUPPORTED_HINT = '请上传 Word（.docx）、Excel（.xlsx）或纯文本（.txt）格式的通知。';

const KNOWN_BINARY: Array<{ magic: number[]; message: string }> = [
  { magic: [0x25, 0x50, 0x44, 0x46], message: 'PDF 文件暂不支持导入，请使用通知的 Word 原文，或另存为 .docx/.txt 后再导入。' },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0],
    message: '这是旧版 Word/Excel 格式（.doc/.xls）或加密的文件，请在 Word、Excel 或 WPS 中另存为 .docx 或 .xlsx 后再导入。',
  },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], message: 'RTF 格式暂不支持，请在 Word 或 WPS 中另存为 .docx 后再导入。' },
  { magic: [0x89, 0x50, 0x4e, 0x47], message: '这是图片文件（PNG），无法读取其中的文字。' },
  { magic: [0xff, 0xd8, 0xff], message: '这是图片文件（JPEG），无法读取其中的文字。' },
  { magic: [0x1f, 0x8b], message: '这是压缩文件（gzip），请解压后上传其中的通知文件。' },
  { magic: [0x52, 0x61, 0x72, 0x21], message: '这是压缩文件（RAR），请解压后上传其中的通知文件。' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], message: '这是压缩文件（7z），请解压后上传其中的通知文件。' },
];

function startsWith(data: Buffer, magic: number[]): boolean {
  return data.length >= magic.length && magic.every((byte, i) => data[i] === byte);
}

/** Detects the kind of a notice file from its bytes; throws for anything that is not a notice format. */
export function detectNoticeFileKind(data: Buffer, fileName: string): NoticeFileKind {
  if (isZip(data)) {
    const entries = listZipEntries(data);
    if (entries.includes('word/document.xml')) return 'docx';
    if (entries.includes('xl/workbook.xml')) return 'xlsx';
    throw new NoticeParseError(`“${fileName}”是压缩包或其他 Office 格式（如 .pptx、.odt），无法识别为通知。${SUPPORTED_HINT}`);
  }
  const known = KNOWN_BINARY.find((entry) => startsWith(data, entry.magic));
  if (known !== undefined) throw new NoticeParseError(`“${fileName}”：${known.message}`);
  return 'text';
}

function isBinary(data: Buffer): boolean {
  const sample = data.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control += 1;
  }
  return control > sample.length * 0.01;
}

/**
 * Text of a plain-text notice: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 (covers GBK/GB2312,
 * which Chinese Windows editors write) when the bytes are not valid UTF-8.
 */
export function decodeNoticeText(data: Buffer, fileName: string): string {
  const notText = new NoticeParseError(`“${fileName}”不是可识别的文本或 Office 文件，无法读取。${SUPPORTED_HINT}`);
  if (startsWith(data, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(data);
  if (startsWith(data, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(data);
  if (isBinary(data)) throw notText;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    const text = new TextDecoder('gb18030').decode(data);
    const replaced = (text.match(/\uFFFD/g) ?? []).length;
    if (replaced > text.length * 0.01) throw notText;
    return text;
  }
}

/**
 * Reads an uploaded notice (.docx, .xlsx or text, detected by content) into a parsed plan.
 * Every problem is a {@link NoticeParseError} with a Chinese message naming the place and the fix.
 */
export async function readNoticeFile(data: Buffer, fileName: string): Promise<ParsedNotice> {
  if (data.length > MAX_NOTICE_FILE_BYTES) {
    const megabytes = (data.length / 1024 / 1024).toFixed(1);
    throw new NoticeParseError(`文件过大（${megabytes} MB）：通知文件不能超过 10 MB。${SUPPORTED_HINT}`);
  }
  if (data.length === 0) {
    throw new NoticeParseError('文件为空：没有任何内容。请选择民生实事通知原文（.txt、.docx 或 .xlsx 文件）。');
  }
  const kind = detectNoticeFileKind(data, fileName);
  const bomb = kind === 'text' ? null : zipBombRefusal(data);
  if (bomb) throw new NoticeParseError(`“${fileName}”无法读取：${bomb}，不是正常的 Word/Excel 文件。请用 Word、Excel 或 WPS 重新保存后上传。`);
  // mammoth and exceljs load lazily: a text notice (and CLI start-up) does not pay for them.
  if (kind === 'docx') return (await import('./read-docx-notice')).readDocxNotice(data);
  if (kind === 'xlsx') return (await import('./read-xlsx-notice')).readXlsxNotice(data);
  return parseNoticeText(decodeNoticeText(data, fileName));
}
