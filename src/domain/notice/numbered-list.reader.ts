import { findHeadingLines } from './heading-lines.reader';
import { findAlikeParagraphs, findFieldRecords, findNameLines, findParagraphList } from './line-list.reader';
import { findSemicolonList } from './semicolon-list.reader';
import { findUnitClause } from './unit-clause';
import type { UnitClause } from './unit-clause';

/**
 * Finds a numbered list of projects anywhere in a text, whether each item has its own line or the whole list is
 * one run-on line where only the numbers separate the items ("1 .", "3,", "4完善" all occur in real files).
 * Items may be numbered 1. 1、 （1） 01 or 一、, grouped under category headings (一、促进就业（3项）,
 * （一）老有所享) and numbered per heading or straight through. A preamble with its own numbered points
 * (a 人大 announcement's 1.–3.) is not the list: of all the numbered runs, the one that looks most like a
 * list of projects wins.
 */

export type MarkerFamily = 'arabic' | 'paren-arabic' | 'chinese' | 'paren-chinese' | 'circled' | 'chinese-is';

export interface Marker {
  family: MarkerFamily;
  value: number;
  /** offset of the marker's first character */
  start: number;
  /** offset just after the marker (and its separator) */
  end: number;
  isLineStart: boolean;
}

/** One item of the list: its raw text and where it starts. */
export interface ListItem {
  seq: number;
  /** offset in the text where the item's marker starts */
  start: number;
  text: string;
  category: string | null;
  clause: UnitClause | null;
  /** the last item of a list that seems cut off */
  isCutOff: boolean;
}

export interface NumberedList {
  items: ListItem[];
  /** offset where the list (or its first heading) starts: the header of the notice is before it */
  start: number;
  family: MarkerFamily;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const BOUNDARY = '(?<=^|[\\n。；;！!？?）)」”"\\s\\u3000：:】])';
const MEASURE = /^[个所座处人户名家条项公里米万亿元%％台辆套间张次场床只栋幢亩吨期批件支块片年月日号岁级天小周倍]/;
const ARABIC = new RegExp(`${BOUNDARY}([0-9０-９]{1,3})[ \\t\\u3000]*([.．、,，。](?![0-9０-９])|(?=[\\u4e00-\\u9fff*＊★“"【]))`, 'g');
const PAREN_ARABIC = new RegExp(`${BOUNDARY}[（(]([0-9０-９]{1,2})[）)]`, 'g');
const CHINESE = new RegExp(`${BOUNDARY}([一二三四五六七八九十]{1,3})[ \\t\\u3000]*[、．.](?![0-9])`, 'g');
const PAREN_CHINESE = new RegExp(`${BOUNDARY}[（(]([一二三四五六七八九十]{1,3})[）)]`, 'g');

function chineseValue(text: string): number {
  if (text.length === 1) return CN_DIGITS[text] ?? 0;
  if (text.startsWith('十')) return 10 + (CN_DIGITS[text[1] ?? ''] ?? 0);
  return (CN_DIGITS[text[0] ?? ''] ?? 0) * 10 + (text.length > 2 ? (CN_DIGITS[text[2] ?? ''] ?? 0) : 0);
}

const toDigits = (text: string): number => Number(text.replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));

function isLineStart(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(lineStart, at).trim() === '';
}

/** Every number that could start an item or a heading. */
export function findMarkers(text: string): Marker[] {
  const markers: Marker[] = [];
  const add = (family: MarkerFamily, regex: RegExp, value: (m: RegExpExecArray) => number, isChecked = family === 'arabic') => {
    for (const match of text.matchAll(regex)) {
      const m = match as RegExpExecArray;
      const end = m.index + m[0].length;
      const lineStart = isLineStart(text, m.index);
      if (isChecked) {
        const separator = m[2] ?? '';
        const after = text.slice(end).replace(/^[ \t\u3000]+/, '');
        // "新建幼儿园 3所" is a number in a sentence, not an item; without a separator only a line start or a
        // sentence end may open an item.
        if (separator === '' && MEASURE.test(after)) continue;
        if (separator === '' && !lineStart && !/[。；;）)]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
        if ((separator === ',' || separator === '，') && !lineStart && MEASURE.test(after)) continue;
        if (/^[0-9０-９]/.test(after) || (separator === '.' && /^\d/.test(after))) continue;
      }
      markers.push({ family, value: value(m), start: m.index, end, isLineStart: lineStart });
    }
  };
  add('arabic', ARABIC, (m) => toDigits(m[1] ?? ''));
  // run-on text glues a number to the previous item's last word: "…饮水安全问题7.建设…"
  add('arabic', /(?<=[\u4e00-\u9fff])([0-9]{1,2})([.．、])(?=[\u4e00-\u9fff])/g, (m) => toDigits(m[1] ?? ''));
  // "2.50个小区新增…": at a line start, an item number glued to the item's first amount (kept only in a run)
  add('arabic', /^[ \t\u3000]*([0-9]{1,2})[.．](?=[0-9]+(?:\.[0-9]+)?[个所座处人户名家条项台辆套间张场万亿])/gm, (m) => toDigits(m[1] ?? ''), false);
  // "01" alone on its line, its item on the lines below (a web page's numbered blocks)
  add('arabic', /^[ \t\u3000]*([0-9０-９]{1,3})[ \t\u3000]*$/gm, (m) => toDigits(m[1] ?? ''));
  add('paren-arabic', PAREN_ARABIC, (m) => toDigits(m[1] ?? ''));
  // "一教育方面": a short heading line whose number has no 、 after it
  add('chinese', /^[ \t\u3000]*([一二三四五六七八九十]{1,3})(?=[\u4e00-\u9fff][^\n，,。；;：:、]{1,10}$)(?!是)/gm, (m) => chineseValue(m[1] ?? ''), false);
  add('chinese', CHINESE, (m) => chineseValue(m[1] ?? ''));
  add('paren-chinese', PAREN_CHINESE, (m) => chineseValue(m[1] ?? ''));
  // "一是实施…；二是…": a run-on list of a news report
  add('chinese-is', new RegExp(`${BOUNDARY}([一二三四五六七八九十]{1,3})是(?=[\\u4e00-\\u9fff“"])`, 'g'), (m) => chineseValue(m[1] ?? ''));
  add('circled', /[\u2460-\u2473]/g, (m) => (m[0].codePointAt(0) ?? 0x2460) - 0x2460 + 1);
  return markers.sort((a, b) => a.start - b.start);
}

/** Runs of one family numbered 1, 2, 3…; a run may restart at 1 after a heading of another family. */
function findRuns(markers: Marker[], family: MarkerFamily): Marker[][] {
  const own = markers.filter((m) => m.family === family);
  const runs: Marker[][] = [];
  for (const marker of own) {
    const extendable = runs.filter((run) => {
      const last = run[run.length - 1];
      return last !== undefined && last.value === marker.value - 1 && last.start < marker.start;
    });
    // The closest run wins (a number far from its run is more likely a number in a sentence).
    const run = extendable.sort((a, b) => (b[b.length - 1]?.start ?? 0) - (a[a.length - 1]?.start ?? 0))[0];
    if (run !== undefined) run.push(marker);
    else if (marker.value === 1 || marker.isLineStart) runs.push([marker]);
  }
  return runs.filter((run) => run.length >= 2 || (run.length === 1 && run[0]?.isLineStart === true));
}

function headingsOf(markers: Marker[], family: MarkerFamily): Marker[] {
  const headingFamilies: MarkerFamily[] =
    family === 'arabic' || family === 'paren-arabic' ? ['chinese', 'paren-chinese'] : family === 'paren-chinese' ? ['chinese'] : [];
  return markers.filter((m) => headingFamilies.includes(m.family));
}

/** Joins runs that restart at 1 after a heading into one list (numbering per category). */
function joinRestartedRuns(text: string, runs: Marker[][], headings: Marker[]): Marker[][] {
  const sorted = [...runs].sort((a, b) => (a[0]?.start ?? 0) - (b[0]?.start ?? 0));
  const joined: Marker[][] = [];
  for (const run of sorted) {
    const previous = joined[joined.length - 1];
    const previousEnd = previous?.[previous.length - 1]?.start ?? -1;
    const runStart = run[0]?.start ?? 0;
    const hasHeadingBetween = headings.some((h) => h.start > previousEnd && h.start < runStart);
    // the notice's own points and the attached list are two lists, whatever their numbering
    const hasAttachmentBetween = previousEnd >= 0 && /\n\s*附件/.test(text.slice(previousEnd, runStart));
    if (previous !== undefined && run[0]?.value === 1 && hasHeadingBetween && !hasAttachmentBetween && previousEnd < runStart) {
      previous.push(...run);
    } else {
      joined.push([...run]);
    }
  }
  return joined;
}

/** The category heading text at a marker: up to the line end or the first item, without (3项). */
function headingText(text: string, heading: Marker, limit: number): string {
  const lineEnd = text.indexOf('\n', heading.end);
  const end = Math.min(lineEnd < 0 ? text.length : lineEnd, limit);
  const raw = text.slice(heading.end, end).trim();
  const short = raw.split(/[：:。，,；;]/)[0] ?? raw;
  return short
    .replace(/[（(][0-9０-９一二三四五六七八九十]+(?:项|件|个)[）)]\s*$/, '')
    .replace(/(?:共)?[0-9０-９一二三四五六七八九十]+(?:项|件)$/, '')
    .trim()
    .slice(0, 30);
}

/** Lines after the last item that end the list: the signature, the date, 附件, 抄送, a new paragraph. */
const TRAILER =
  /^(附件|抄送|印发|[（(]?此件|[0-9〇零一二三四五六七八九]{4}年[0-9一二三四五六七八九十]{1,2}月|各[级单位部门]|以上|上述|请|要求|为确保|为进一步|为了|本通知|特此|[\u4e00-\u9fff]{2,20}(人民政府|委员会|办公室|管委会)$)/;

function trimLastItem(body: string, others: string[]): { text: string; isCutOff: boolean } {
  const otherLines = others.map((text) => text.trim().split('\n').length);
  const maxLines = Math.max(1, ...otherLines);
  const lines = body.split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    if (kept.length > 0 && (TRAILER.test(line.trim()) || kept.length >= maxLines)) break;
    kept.push(line);
  }
  let text = kept.join('\n').trim();
  const clause = findUnitClause(text);
  const othersHaveClauses = others.filter((other) => findUnitClause(other) !== null).length >= others.length / 2;
  if (clause !== null && clause.end < text.length) text = text.slice(0, clause.end).trim();
  if (clause === null && others.length > 0) {
    // A run-on list: the last item takes as many sentences as the others have at most.
    const maxSentences = Math.max(1, ...others.map((other) => other.split(/。(?!$)/).length));
    const sentences = text.split(/(?<=。)/);
    if (sentences.length > maxSentences) text = sentences.slice(0, maxSentences).join('').trim();
  }
  const endsOpen = !/[。.；;）)】”"」!！]$/.test(text) && text.length > 0;
  const averageLength = others.reduce((sum, other) => sum + other.length, 0) / Math.max(1, others.length);
  const isCutOff = (othersHaveClauses && clause === null && (endsOpen || text.length < averageLength / 3)) || (endsOpen && text.length < averageLength / 3);
  return { text, isCutOff };
}

interface Candidate {
  list: NumberedList;
  score: number;
}

function buildList(text: string, run: Marker[], family: MarkerFamily, headings: Marker[]): Candidate {
  const first = run[0];
  const boundaries = [...run, ...headings].sort((a, b) => a.start - b.start);
  const items: ListItem[] = [];
  let seq = 0;
  const isRestarted = run.some((m, i) => i > 0 && m.value <= (run[i - 1]?.value ?? 0));
  const isRunOn = run.filter((m) => m.isLineStart).length < run.length / 2;
  run.forEach((marker, index) => {
    const next = boundaries.find((b) => b.start > marker.start && (run.includes(b) || headings.includes(b)));
    const isLast = index === run.length - 1;
    const end = next?.start ?? text.length;
    const raw = text
      .slice(marker.end, end)
      .replace(/^[\s*＊★·]+/, '')
      .trim();
    // in a run-on list a line break inside an item is where the page wrapped, not a new line of the item
    const body = isRunOn ? raw.replace(/\s*\n\s*/g, '') : raw;
    const heading = headings.filter((h) => h.start < marker.start && (first === undefined || h.start >= firstHeadingStart(headings, first))).pop();
    const headingLimit = heading ? (boundaries.find((b) => b.start > heading.start)?.start ?? text.length) : 0;
    seq = isRestarted ? seq + 1 : marker.value;
    items.push({
      seq,
      start: marker.start,
      text: isLast && next === undefined ? body : body,
      category: heading ? headingText(text, heading, headingLimit) || null : null,
      clause: null,
      isCutOff: false,
    });
  });
  const last = items[items.length - 1];
  if (last !== undefined && boundaries.every((b) => b.start <= (run[run.length - 1]?.start ?? 0))) {
    const trimmed = trimLastItem(
      last.text,
      items.slice(0, -1).map((item) => item.text),
    );
    last.text = trimmed.text;
    last.isCutOff = trimmed.isCutOff;
  }
  if (isRestarted) addHeadingOnlyItems(text, items, run, headings);
  for (const item of items) item.clause = findUnitClause(item.text);
  const lineStarts = run.filter((m) => m.isLineStart).length;
  const start = Math.min(
    first?.start ?? 0,
    ...headings
      .filter((h) => first !== undefined && h.start < first.start)
      .slice(-1)
      .map((h) => h.start),
  );
  return { list: { items, start, family }, score: scoreOf(items) + lineStarts * 0.2 };
}

/**
 * "二、实施城区连片棚户区改造" with one unnumbered line under it and no (一)(二): in a list numbered per heading,
 * such a heading holds a single project. Items are renumbered in order.
 */
function addHeadingOnlyItems(text: string, items: ListItem[], run: Marker[], headings: Marker[]): void {
  const firstItem = run[0]?.start ?? 0;
  const lastItem = run[run.length - 1]?.start ?? 0;
  headings.forEach((heading, index) => {
    if (heading.start < firstItem || heading.start > lastItem) return;
    const next = Math.min(headings[index + 1]?.start ?? text.length, ...run.filter((m) => m.start > heading.start).map((m) => m.start));
    if (run.some((m) => m.start > heading.start && m.start < (headings[index + 1]?.start ?? text.length))) return;
    const lineEnd = text.indexOf('\n', heading.end);
    if (lineEnd < 0 || lineEnd >= next) return;
    const body = text.slice(lineEnd + 1, next).trim();
    if (body === '' || body.length > 300) return;
    items.push({ seq: 0, start: lineEnd + 1, text: body, category: headingText(text, heading, lineEnd), clause: null, isCutOff: false });
  });
  items.sort((a, b) => a.start - b.start);
  items.forEach((item, index) => {
    item.seq = index + 1;
  });
}

/** "（一）责任领导：… （二）责任单位：…": numbered fields of one project, not projects. */
const FIELD_ITEM =
  /^(责任领导|主管领导|分管领导|牵头领导|责任单位|协办单位|牵头单位|配合单位|主办单位|项目内容|建设内容|任务分解|资金筹措|资金来源|完成时限|进度安排|主要责任人|责任人|工作目标|实施主体)/;

function scoreOf(items: ListItem[]): number {
  const fields = items.filter((item) => FIELD_ITEM.test(item.text.trim())).length;
  if (fields * 2 >= items.length) return items.length * 0.1;
  const withClause = items.filter((item) => item.clause !== null).length;
  const projectLike = items.filter((item) => /建|改造|新增|提升|实施|开展|完成|推进|打造|增加|提供|免费|补贴|[0-9０-９]/.test(item.text)).length;
  return items.length + withClause * 3 + projectLike * 0.5;
}

/** Unnumbered lines under 一、二、 headings, as a candidate list. */
function headingLinesCandidate(text: string, markers: Marker[]): Candidate | null {
  const items = findHeadingLines(
    text,
    markers.filter((m) => m.family === 'chinese'),
  );
  if (items === null) return null;
  for (const item of items) item.clause = findUnitClause(item.text);
  const start = markers.find((m) => m.family === 'chinese' && m.isLineStart)?.start ?? 0;
  return { list: { items, start, family: 'chinese' }, score: scoreOf(items) + items.length * 0.2 };
}

function firstHeadingStart(headings: Marker[], first: Marker): number {
  const before = headings.filter((h) => h.start < first.start);
  return before[before.length - 1]?.start ?? first.start;
}

/**
 * The numbered list of projects in the text, or null when there is none (fewer than two items).
 * The text should already be in Simplified characters (see simplifyNoticeText).
 */
export function findNumberedList(text: string): NumberedList | null {
  const markers = findMarkers(text);
  const candidates: Candidate[] = [];
  for (const family of ['arabic', 'paren-arabic', 'chinese', 'paren-chinese', 'circled', 'chinese-is'] as MarkerFamily[]) {
    const headings = headingsOf(markers, family);
    const runs = joinRestartedRuns(text, findRuns(markers, family), headings);
    for (const run of runs) {
      if (run.length < 2) continue;
      const [first, last] = [run[0]?.start ?? 0, run[run.length - 1]?.start ?? 0];
      // Headings are categories only when they group the list: one sits between its items, or says (3项).
      const isGrouped =
        headings.some((h) => h.start > first && h.start < last) ||
        headings.some((h) => h.start < first && /^[^\n]{0,30}[（(][0-9０-９一二三四五六七八九十]+项[）)]/.test(text.slice(h.end, h.end + 40)));
      const inRange = isGrouped ? headings.filter((h) => h.start < last) : [];
      candidates.push(buildList(text, run, family, inRange));
    }
  }
  const grouped = headingLinesCandidate(text, markers);
  if (grouped !== null) candidates.push(grouped);
  // lists without numbers: ；- or 、-separated after an announcement, names one per line, paragraphs
  for (const unnumbered of [findSemicolonList(text), findNameLines(text), findParagraphList(text), findAlikeParagraphs(text), findFieldRecords(text)]) {
    if (unnumbered === null) continue;
    for (const item of unnumbered) item.clause = findUnitClause(item.text);
    candidates.push({ list: { items: unnumbered, start: unnumbered[0]?.start ?? 0, family: 'arabic' }, score: scoreOf(unnumbered) });
  }
  const best = candidates.sort((a, b) => b.score - a.score || b.list.start - a.list.start)[0];
  return best?.list ?? null;
}
