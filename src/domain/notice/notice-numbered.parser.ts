import { positionalColumns } from './notice-columns';
import { compactText, completeNoticeHeader, extractNoticeHeader } from './notice-header.parser';
import { buildNoticeProjects } from './notice-project.builder';
import type { NoticeTableRow } from './notice-project.builder';
import { NoticeParseError } from './notice.types';
import type { NoticeWarning, ParsedNotice } from './notice.types';

/**
 * The numbered-paragraph layout of a notice: sections "一、教育（3项）" and items
 * "1. 扩充学前教育资源：新建…。（牵头单位：区教育局；配合单位：区财政局、各镇）", numbered
 * continuously or per section. An item may continue on the following lines (sub-items ①②, the unit line).
 */

const SECTION = /^[ \t\u3000]*([一二三四五六七八九十]{1,3})[、．.][ \t\u3000]*(.+)$/;
const ITEM = /^[ \t\u3000]*([0-9０-９]{1,3})[ \t\u3000]*[.．、](?![0-9０-９])[ \t\u3000]*(.*)$/;
const LEAD_KEY = '(?:牵头单位|牵头部门|责任单位|责任部门|主办单位|主责单位)';
const CO_KEY = '(?:配合单位|配合部门|协办单位|协办部门|参与单位|协助单位)';
const LEAD_MARK = new RegExp(`${LEAD_KEY}[:：]`);
/** The unit note at the end of an item, with its optional opening bracket. */
const UNIT_NOTE = new RegExp(`[（(【\\[]?[ \\t\\u3000]*${LEAD_KEY}[:：][^\\n]*$`);
const TITLE = /^([^：:。，,；;（(]{2,24})[：:。]/;
const COLUMNS = positionalColumns({ seq: '序号', name: '项目名称', content: '项目内容', lead: '牵头单位', co: '配合单位' });

interface NumberedItem {
  number: number;
  line: number;
  lines: string[];
  category: string | null;
  /** the unit note has been read: further lines are no longer part of the item */
  isClosed: boolean;
}

function toNumber(digits: string): number {
  return Number(digits.replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

function sectionCategory(title: string): string {
  return title
    .replace(/[（(][0-9０-９一二三四五六七八九十]+项[）)]\s*$/, '')
    .replace(/[：:。]$/, '')
    .trim();
}

/** The items of a numbered list and the lines outside any item (1-based line numbers). */
function readItems(lines: string[]): { items: NumberedItem[]; outside: Array<{ line: number; text: string }>; sections: number[] } {
  const items: NumberedItem[] = [];
  const outside: Array<{ line: number; text: string }> = [];
  const sections: number[] = [];
  let category: string | null = null;
  let current: NumberedItem | null = null;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const item = ITEM.exec(raw);
    const section = item === null ? SECTION.exec(raw) : null;
    if (item !== null) {
      current = { number: toNumber(item[1] ?? ''), line, lines: [item[2] ?? ''], category, isClosed: false };
      current.isClosed = LEAD_MARK.test(item[2] ?? '');
      items.push(current);
    } else if (section !== null && !LEAD_MARK.test(raw)) {
      current = null;
      category = sectionCategory(section[2] ?? '');
      sections.push(line);
    } else if (current !== null && !current.isClosed) {
      current.lines.push(raw.trim());
      current.isClosed = LEAD_MARK.test(raw);
    } else {
      outside.push({ line, text: raw.trim() });
    }
  });
  return { items, outside, sections };
}

function splitUnits(text: string): { lead: string[]; co: string[] } {
  const note = text.replace(/^[（(【[]\s*/, '').replace(/[）)】\]]?[。.；;\s]*$/, '');
  const lead: string[] = [];
  const co: string[] = [];
  for (const part of note.split(/[；;]/)) {
    const match = new RegExp(`^\\s*(${LEAD_KEY}|${CO_KEY})[:：]\\s*(.*)$`).exec(part);
    if (match === null) continue;
    const target = new RegExp(`^${LEAD_KEY}$`).test(match[1] ?? '') ? lead : co;
    target.push(match[2] ?? '');
  }
  return { lead, co };
}

/** One item as a table row: 序号, name (its short title), content, lead and co-units. */
function itemRow(item: NumberedItem, seq: number): NoticeTableRow {
  const text = item.lines.join('\n');
  const note = UNIT_NOTE.exec(text);
  const body = (note === null ? text : text.slice(0, note.index)).trim();
  const units = note === null ? { lead: [], co: [] } : splitUnits(note[0]);
  const title = TITLE.exec(body);
  const hasTitle = title !== null && body.slice(title[0].length).trim() !== '';
  const name = hasTitle ? (title[1] ?? '') : (/^[^，,；;。：:\n]{1,30}/.exec(body)?.[0] ?? '');
  // "新建中小学15所。完成校安工程…": a first sentence with a number is a target, so it stays in the content
  const content = hasTitle && !/[0-9０-９]/.test(title[1] ?? '') ? body.slice(title[0].length).trim() : body;
  const row: NoticeTableRow = {
    cells: [[String(seq)], [name], content.split('\n'), units.lead, units.co],
    location: { line: item.line },
  };
  if (item.category !== null) row.category = item.category;
  return row;
}

/** True when the text has at least one numbered item carrying a 牵头单位/责任单位 note. */
export function looksLikeNumberedNotice(text: string): boolean {
  return readItems(text.split('\n')).items.some((item) => LEAD_MARK.test(item.lines.join('\n')));
}

/**
 * Parses a notice whose projects are numbered paragraphs (see the layout above). Items before the first one
 * with a unit note (e.g. "1. 加强组织领导" in the body) are part of the preamble; an item inside the list
 * without one is refused with its line. Per-section numbering becomes one running 序号.
 */
export function parseNumberedNotice(text: string): ParsedNotice {
  const lines = text.split('\n');
  const { items, outside, sections } = readItems(lines);
  const first = items.findIndex((item) => LEAD_MARK.test(item.lines.join('\n')));
  const lastWithUnits = items.findLastIndex((item) => LEAD_MARK.test(item.lines.join('\n')));
  const listItems = first < 0 ? [] : items.slice(first, lastWithUnits + 1);
  const firstItem = listItems[0];
  if (firstItem === undefined) throw new NoticeParseError('未找到编号的项目清单。');
  for (const item of listItems) {
    if (!LEAD_MARK.test(item.lines.join('\n'))) {
      throw new NoticeParseError(`第 ${item.line} 行（第 ${item.number} 项）：缺少牵头单位，请在该项末尾注明“（牵头单位：…；配合单位：…）”。`, {
        line: item.line,
        column: '牵头单位',
      });
    }
  }
  const isRestarted = listItems.some((item, i) => i > 0 && item.number <= (listItems[i - 1]?.number ?? 0));
  const rows = listItems.map((item, i) => itemRow(item, isRestarted ? i + 1 : item.number));

  const listStart = Math.min(firstItem.line, ...sections.filter((line) => line < firstItem.line).slice(-1));
  const { header, warnings: headerWarnings } = completeNoticeHeader(extractNoticeHeader(lines.slice(0, listStart - 1)));
  const warnings: NoticeWarning[] = outside
    .filter((entry) => entry.line > firstItem.line)
    .map((entry) => ({
      line: entry.line,
      message: `第 ${entry.line} 行：“${compactText(entry.text).slice(0, 20)}”不在项目清单内，已忽略。`,
    }));
  const built = buildNoticeProjects(rows, COLUMNS, { line: firstItem.line });
  const trailing = items.slice(lastWithUnits + 1).map((item) => ({
    line: item.line,
    message: `第 ${item.line} 行：第 ${item.number} 条没有牵头单位，不在项目清单内，已忽略。`,
  }));
  return { plan: header, projects: built.projects, warnings: [...headerWarnings, ...warnings, ...trailing, ...built.warnings] };
}
