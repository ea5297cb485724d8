import { columnKindOf } from './notice-columns';
import { compactText } from './notice-header.parser';
import { UNIT_SUFFIX, splitUnitList } from './unit-clause';

/** The columns a real project table may have; extra ones (地点, 时限, 投资) are kept as project fields. */
export type DraftColumnKind = 'seq' | 'name' | 'content' | 'lead' | 'co' | 'category' | 'location' | 'deadline' | 'investment' | 'other';

/**
 * The column a header cell names in any of the words districts use (事项名称/实事名称, 建设内容/主要内容,
 * 牵头单位/主办单位/责任单位, 协同单位/配合单位/共同责任单位, 建设地点, 完成时限, 年度投资金额（万元）…),
 * 'other' for a known column to ignore (备注, 牵头领导), null when the text is no column title.
 */
export function draftColumnKind(cell: string): DraftColumnKind | null {
  const text = compactText(cell).replace(/[*＊:：\s]/g, '');
  if (text === '' || text.length > 16) return null;
  if (/^(序號|序号|编号|序)$/.test(text)) return 'seq';
  if (/^(类别|分类|领域|类型|项目类别|所属领域|项目类型|类|板块)$/.test(text) || /^.{1,4}(分类|类别)$/.test(text)) return 'category';
  if (/^(事项名称|实事名称|任务名称|事项|实事项目名称|工程名称|项目名称|项目|民生实事|实事|工作任务|民生实事项目|主要任务|重点任务|任务|项目名)$/.test(text))
    return 'name';
  if (/^([一二三四1-4][季]度|上半年|下半年|[0-9０-９]{1,2}[-—~至到]?[0-9０-９]{0,2}月)/.test(text)) return 'other';
  if (/^((19|20)\d{2}年度?)?(年度)?(工作|进度|形象进度)?计划$/.test(text)) return 'other';
  if (/(牵头|责任|分管|包保)领导|备注|责任人|联系人|联系电话|资金来源|进展|进度|完成情况|推进情况|是否|说明|存在问题|下一步/.test(text)) return 'other';
  if (/协同|共同责任|配合|协办|参与|协助|协作/.test(text)) return 'co';
  if (/地点|位置|地址|实施区域|建设区域/.test(text)) return 'location';
  if (/时限|完成时间|建设时间|时间节点|完成期限|起止|建设期限|实施时间/.test(text)) return 'deadline';
  if (/投资|资金|金额|预算/.test(text)) return 'investment';
  const base = columnKindOf(text);
  if (base !== null) return base;
  if (/^(主要|建设|工作|实施|全年|年度|\d{4}年)?(内容|目标)/.test(text) || /内容$|目标任务$/.test(text)) return 'content';
  return null;
}

/** A header: the column kinds in order, when at least three cells are titles and it names a project and a unit. */
export function recogniseDraftHeader(cells: string[]): DraftColumnKind[] | null {
  const kinds = cells.map(draftColumnKind);
  const known = kinds.filter((kind): kind is DraftColumnKind => kind !== null);
  // 序号 | 项目名称 — a two-column list is a table too
  const isTwoColumn = cells.length === 2 && kinds[0] === 'seq' && (kinds[1] === 'name' || kinds[1] === 'content');
  if (!isTwoColumn && (known.length < 3 || known.length < cells.length - 1)) return null;
  const has = (kind: DraftColumnKind) => known.includes(kind);
  if (!(has('name') || has('content')) || !(has('lead') || has('co') || has('seq'))) return null;
  // 项目名称 | 工作任务: the second name-like column holds the tasks, i.e. the content
  const names = kinds.flatMap((kind, index) => (kind === 'name' ? [index] : []));
  if (names.length === 2 && !has('content')) kinds[names[1] ?? 0] = 'content';
  return kinds.map((kind) => kind ?? 'other');
}

/** A cell holding only a sequence number: 1, 1., （1）, 01, １. */
export function seqOfCell(cell: string): number | null {
  const text = compactText(cell).replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  const match = /^[（(]?(\d{1,3})[）)]?[.、．]?$/.exec(text);
  return match === null ? null : Number(match[1]);
}

/** True when a cell holds only unit names (or says there is none). */
export function isUnitCell(cell: string): boolean {
  const text = compactText(cell);
  if (/^(无|\/|／|-|—|——|暂无)$/.test(text)) return true;
  if (text.length > 120 || /[。；;]$/.test(text) || /\d{2,}/.test(text)) return false;
  const units = splitUnitList(cell);
  // 高新园(邹区镇): a bracket after the name says where it is
  return units.length > 0 && units.every((unit) => unit.length <= 30 && (UNIT_SUFFIX.test(unit.replace(/[（(][^（）()]{1,12}[）)]$/, '')) || /^各/.test(unit)));
}

/** "区新兴产业" + "服务中心": a unit name a narrow cell broke over two lines is joined back. */
export function joinBrokenUnits(lines: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const next = lines[i + 1];
    if (next !== undefined && line.length <= 12 && !isUnitCell(line) && isUnitCell(line + next)) {
      joined.push(line + next);
      i += 1;
    } else {
      joined.push(line);
    }
  }
  return joined;
}

/** 完成时限 as a date at the end of the named month (2024年6月底 → 2024-06-30), or null. */
export function deadlineOfCell(cell: string, year: number | null): string | null {
  const text = compactText(cell);
  const match = /(?:((?:19|20)\d{2})年)?(\d{1,2})月(?:(\d{1,2})日)?/.exec(text.split(/[-—~至到]/).pop() ?? text);
  const y = match?.[1] !== undefined ? Number(match[1]) : year;
  if (match === null || y === null) return /年底|年内|全年|12月底/.test(text) && year !== null ? `${year}-12-31` : null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(y, month, 0)).getUTCDate();
  const day = match[3] !== undefined ? Math.min(Number(match[3]), lastDay) : lastDay;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 年度投资金额 in 万元 (亿元 converted), or null. */
export function investmentOfCell(cell: string, header: string): number | null {
  const text = compactText(cell).replace(/,/g, '');
  const match = /(\d+(?:\.\d+)?)\s*(亿|万)?/.exec(text);
  if (match === null) return null;
  const value = Number(match[1]);
  if (match[2] === '亿' || /亿元/.test(header)) return value * 10000;
  if (match[2] === '万' || /万元/.test(header) || !/元/.test(text)) return value;
  return value / 10000;
}
