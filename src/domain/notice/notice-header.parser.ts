import type { NoticePlanHeader, NoticeWarning } from './notice.types';

/** 济开管发〔2024〕1号, also written with [], ［］, 【】 or （） around the year. */
const DOC_NUMBER = /([\u4e00-\u9fff]{1,12})[〔[［【(（]((?:19|20)\d{2})[〕\]］】)）]第?0*(\d{1,4})号/;
const TITLE_ENDING = /(通知|意见|方案|决定|通报|办法|计划|安排|函)$/;
const SENTENCE_PUNCTUATION = /[。，,：:；;]/;
const CAPTION_ENDING = /(汇总表|一览表|清单|任务表|计划表|明细表|分解表)$/;
const YEAR_IN_TEXT = /((?:19|20)\d{2})年/;
const CHINESE_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Removes whitespace, except a single space between two Latin letters or digits. */
export function compactText(text: string): string {
  return text.trim().replace(/\s+/g, (gap, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + gap.length] ?? '';
    return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : '';
  });
}

/** Doc number in canonical form (〔〕 brackets, no leading zeros), or null when the text has none. */
export function normaliseDocNumber(text: string): string | null {
  const match = DOC_NUMBER.exec(compactText(text));
  if (!match) return null;
  return `${match[1]}〔${match[2]}〕${Number(match[3])}号`;
}

function chineseNumber(text: string): number | null {
  if (/^[〇零○Ｏ一二三四五六七八九]{4}$/.test(text)) {
    return Number([...text].map((ch) => CHINESE_DIGITS[ch] ?? 0).join(''));
  }
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return null;
  const tens = match[2] ? (match[1] ? (CHINESE_DIGITS[match[1]] ?? 0) : 1) : 0;
  const ones = match[3] ? (CHINESE_DIGITS[match[3]] ?? 0) : match[2] ? 0 : (CHINESE_DIGITS[match[1] ?? ''] ?? 0);
  return tens * 10 + ones;
}

/** "2024年1月5日" or "二〇二四年一月五日" (alone on its line, optionally in parentheses) → "2024-01-05". */
export function parseIssueDate(line: string): string | null {
  const text = compactText(line)
    .replace(/^[（(]/, '')
    .replace(/[）)]$/, '');
  const match = /^([0-9〇零○Ｏ一二三四五六七八九]{4})年([0-9一二三四五六七八九十]{1,3})月([0-9一二三四五六七八九十]{1,3})日$/.exec(text);
  if (!match) return null;
  const toNumber = (part: string): number | null => (/^\d+$/.test(part) ? Number(part) : chineseNumber(part));
  const [year, month, day] = [toNumber(match[1] ?? ''), toNumber(match[2] ?? ''), toNumber(match[3] ?? '')];
  if (year === null || month === null || day === null) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function looksLikeIssuer(line: string): boolean {
  return (
    line.length >= 2 &&
    line.length <= 50 &&
    !SENTENCE_PUNCTUATION.test(line) &&
    !line.startsWith('附件') &&
    !line.includes('关于') &&
    !TITLE_ENDING.test(line) &&
    normaliseDocNumber(line) === null &&
    parseIssueDate(line) === null
  );
}

interface TitleMatch {
  title: string;
  issuer: string | null;
}

/** The notice title, possibly wrapped over up to three lines, with the issuer on the line before it. */
function findTitle(lines: string[]): TitleMatch | null {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const start = line.indexOf('关于');
    if (start < 0 || SENTENCE_PUNCTUATION.test(line) || line.startsWith('附件') || line.length > 100) continue;
    let joined = line;
    for (let extra = 1; extra <= 2 && !TITLE_ENDING.test(joined); extra += 1) {
      const next = lines[i + extra];
      if (next === undefined || SENTENCE_PUNCTUATION.test(next)) break;
      joined += next;
    }
    if (!TITLE_ENDING.test(joined)) continue;
    if (start > 0) return { title: joined.slice(start), issuer: joined.slice(0, start) };
    const previous = lines[i - 1];
    return { title: joined, issuer: previous !== undefined && looksLikeIssuer(previous) ? previous : null };
  }
  return null;
}

/**
 * Reads the header of a notice (文号, 发文机关, 标题, 成文日期) from the lines before the attachment table.
 * Only what is found is returned. When the file has no 关于…的通知 title (a bare spreadsheet), the table
 * caption (…项目汇总表) stands in as title.
 */
export function extractNoticeHeader(rawLines: string[]): Partial<NoticePlanHeader> {
  const lines = rawLines.map(compactText).filter((line) => line !== '');
  const header: Partial<NoticePlanHeader> = {};
  for (const line of lines) {
    if (line.length > 40) continue;
    const docNumber = normaliseDocNumber(line);
    if (docNumber !== null) {
      header.docNumber = docNumber;
      break;
    }
  }
  const title = findTitle(lines);
  if (title) {
    header.title = title.title;
    if (title.issuer !== null) header.issuer = title.issuer;
  }
  const dateAt = lines.map(parseIssueDate).findLastIndex((date) => date !== null);
  const issueDate = dateAt >= 0 ? parseIssueDate(lines[dateAt] ?? '') : null;
  if (issueDate !== null) header.issueDate = issueDate;
  if (header.issuer === undefined) {
    // A red-head file ("XX管理委员会文件") or the signature above the date also names the issuer.
    const redHead = lines.find((line) => /^.{2,40}文件$/.test(line) && looksLikeIssuer(line));
    const signature = dateAt > 0 ? lines[dateAt - 1] : undefined;
    if (redHead !== undefined) header.issuer = redHead.slice(0, -2);
    else if (signature !== undefined && looksLikeIssuer(signature)) header.issuer = signature;
  }
  const captions = lines.filter((line) => CAPTION_ENDING.test(line) && line.length <= 60 && !line.startsWith('附件'));
  const caption = captions[captions.length - 1];
  if (header.title === undefined && caption !== undefined) header.title = caption;
  const yearSource = [header.docNumber, title?.title, caption].find((text): text is string => typeof text === 'string' && /(?:19|20)\d{2}/.test(text));
  const year = yearSource ? (/〔(\d{4})〕/.exec(yearSource) ?? YEAR_IN_TEXT.exec(yearSource)) : null;
  if (year?.[1] !== undefined) header.year = Number(year[1]);
  return header;
}

/**
 * Merges header drafts (earlier ones win) into a complete header. A missing title becomes a generic one
 * and is reported as a warning, since the plan needs a name.
 */
export function completeNoticeHeader(...drafts: Array<Partial<NoticePlanHeader> | undefined>): {
  header: NoticePlanHeader;
  warnings: NoticeWarning[];
} {
  const pick = <K extends keyof NoticePlanHeader>(key: K): NoticePlanHeader[K] | undefined => {
    for (const draft of drafts) {
      const value = draft?.[key];
      if (value !== undefined && value !== null && value !== '') return value;
    }
    return undefined;
  };
  const year = pick('year') ?? null;
  const warnings: NoticeWarning[] = [];
  let title = pick('title');
  if (title === undefined) {
    title = year !== null ? `${year}年民生实事项目清单` : '民生实事项目清单';
    warnings.push({ line: null, message: `未找到通知标题（关于……的通知），已暂用“${title}”作为清单名称，可在导入后修改。` });
  }
  return {
    header: {
      title,
      docNumber: pick('docNumber') ?? null,
      issuer: pick('issuer') ?? null,
      year,
      issueDate: pick('issueDate') ?? null,
    },
    warnings,
  };
}
