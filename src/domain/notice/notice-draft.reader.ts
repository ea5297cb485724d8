import type { DraftColumnKind } from './draft-columns';
import { deadlineOfCell, investmentOfCell, joinBrokenUnits } from './draft-columns';
import { compactText, completeNoticeHeader, extractNoticeHeader } from './notice-header.parser';
import { normaliseNoticeText, parseNoticeText } from './notice-text.parser';
import { NoticeParseError } from './notice.types';
import type { NoticeProject, NoticeWarning, ParsedNotice } from './notice.types';
import { findNumberedList } from './numbered-list.reader';
import type { ListItem, NumberedList } from './numbered-list.reader';
import { findTextTable } from './text-table.reader';
import type { TextTable } from './text-table.reader';
import { simplifyNoticeText } from './traditional-text';
import type { SimplifiedText } from './traditional-text';
import { splitUnitList } from './unit-clause';

/**
 * The layout-general reader behind the clerk's correction grid: it finds the list of projects whatever its
 * serialisation (tab table, web table one cell per line, `|` table, numbered paragraphs, run-on text, names
 * only, Traditional characters) and, instead of refusing what it is unsure of, returns every project with a
 * confidence and the reasons for doubt. It refuses only a text with no list of projects at all.
 */

const TITLE = /^([^：:。，,；;（(\n]{2,30})[：:。]\s*/;
const SLOGAN_TITLE = /^([^：:。；;（(\n0-9０-９]{4,30})[。]\s*/;
const QUOTED_TITLE = /^[“"]([^”"]{2,24})[”"](?:[：:，,。]\s*|\s+)/;

/** Whitespace a web page leaves (NBSP, zero-width) becomes plain; line endings are unified. */
export function cleanPastedText(text: string): string {
  const clean = normaliseNoticeText(text)
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\u00A0/g, ' ');
  // a page with ruby annotations copies as 區(qū)住建局: the pinyin after a character is not part of the text
  const pinyin = /(?<=[\u4e00-\u9fff])\((?=[a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ])[a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ]{1,7}\)/g;
  return (clean.match(pinyin) ?? []).length >= 3 ? clean.replace(pinyin, '') : clean;
}

interface DraftFields {
  seq: number;
  name: string;
  content: string;
  lead: string[];
  co: string[];
  category: string | null;
  line: number;
  doubts: string[];
  confidence: number;
  location?: string | null;
  deadline?: string | null;
  investment?: number | null;
}

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** Name and content of a numbered item: a short title before ：or 。, a title line, or the whole of a short item. */
function splitTitle(body: string, isNamesOnly = false): { name: string; content: string; isGuessed: boolean } {
  const lines = body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const quoted = QUOTED_TITLE.exec(body);
  if (quoted !== null && body.slice(quoted[0].length).trim() !== '') {
    return { name: quoted[1] ?? '', content: body.slice(quoted[0].length).trim(), isGuessed: false };
  }
  const first = lines[0] ?? '';
  if (lines.length > 1 && first.length <= 30 && !/[，,；;。]/.test(first.slice(0, -1))) {
    // a first line with a number ("新增就业9000人") is a task as well as the name: it stays in the content
    const content = /[0-9０-９]/.test(first) ? lines.join('\n') : lines.slice(1).join('\n');
    return { name: first.replace(/[：:。]$/, ''), content, isGuessed: false };
  }
  const title = TITLE.exec(body);
  if (title !== null && body.slice(title[0].length).trim() !== '') {
    // "新建中小学15所。完成校安工程23万平方米。": a first sentence with a number is a target, not only a name
    const content = /[0-9０-９]/.test(title[1] ?? '') ? body.trim() : body.slice(title[0].length).trim();
    return { name: title[1] ?? '', content, isGuessed: false };
  }
  // "加强教育基础设施建设，拓展优质教育资源。建成学校2所…": a slogan title with a comma, no number in it
  const slogan = SLOGAN_TITLE.exec(body);
  const afterSlogan = slogan === null ? '' : body.slice(slogan[0].length).trim();
  if (slogan !== null && (/[0-9０-９]/.test(afterSlogan) || afterSlogan.length > (slogan[1] ?? '').length)) {
    return { name: slogan[1] ?? '', content: body.slice(slogan[0].length).trim(), isGuessed: false };
  }
  const flat = compactText(body).replace(/[。；;]$/, '');
  if (flat.length <= 40 && !/[，,；;。]/.test(flat)) return { name: flat, content: body.trim(), isGuessed: false };
  // in a names-only list an item may hold a comma ("新增公办学位，落实“双减”政策"): it is all name
  if (isNamesOnly && flat.length <= 45) return { name: flat, content: body.trim(), isGuessed: false };
  // The first clause names the project ("新建幼儿园3所，新增学位…"); only a clause cut at 30 characters is a guess.
  // "投资9530万元，实施易地扶贫搬迁工程": the amount opens the item, the next clause names it
  const rest = flat.replace(/^(?:总|计划|年度)?投资[0-9０-９.]+(?:万|亿)?元[，,]/, '');
  const clause = /^[^，,；;。：:\n]{1,30}/.exec(rest)?.[0] ?? rest.slice(0, 30);
  return { name: clause, content: body.trim(), isGuessed: !/^[，,；;。：:\n]/.test(rest.slice(clause.length)) };
}

/** The item's text without its unit clauses (each sub-task may close with its own). */
function withoutClauses(text: string, parts: Array<{ start: number; end: number }>): string {
  let kept = '';
  let from = 0;
  for (const part of parts) {
    kept += text.slice(from, part.start);
    from = part.end;
  }
  return kept + text.slice(from);
}

/** Every item short and without a full stop, few with a number: a list of project names. */
function isNamesOnlyList(list: NumberedList): boolean {
  const texts = list.items.map((item) => compactText(item.text).replace(/[。；;]$/, ''));
  const withNumbers = texts.filter((text) => /[0-9０-９]/.test(text)).length;
  return texts.every((text) => text.length <= 45 && !/[；;。]/.test(text)) && withNumbers * 5 <= texts.length;
}

function fromListItem(item: ListItem, text: string, isListWithUnits: boolean, isNamesOnly = false): DraftFields {
  const clause = item.clause;
  const body = clause === null ? item.text : withoutClauses(item.text, clause.parts ?? [clause]).replace(/[（(]\s*[）)]/g, '');
  const { name, content, isGuessed } = splitTitle(body.replace(/[。；;，,\s]+$/, (end) => (end.includes('。') ? '。' : '')).trim(), isNamesOnly);
  const doubts: string[] = [];
  let confidence = 1;
  if (clause === null || clause.lead.length === 0) {
    doubts.push(isListWithUnits ? '未找到牵头单位：本项没有“（牵头单位：…）”之类的说明，请补填。' : '通知未写明牵头单位，请补填。');
    confidence = Math.min(confidence, 0.5);
  } else if (clause.isGuessed) {
    doubts.push('牵头单位是从括号中的单位名推断的，请核对。');
    confidence = Math.min(confidence, 0.8);
  }
  if (isGuessed) {
    doubts.push('项目名称取自内容的第一句，请核对或改短。');
    confidence = Math.min(confidence, 0.9);
  }
  if (item.isCutOff) {
    doubts.push('清单在此处中断，这一项可能不完整，请对照原文补全或删除。');
    confidence = Math.min(confidence, 0.4);
  }
  return {
    seq: item.seq,
    name,
    content,
    lead: clause?.lead ?? [],
    co: (clause?.co ?? []).filter((unit) => !(clause?.lead ?? []).includes(unit)),
    category: item.category,
    line: lineAt(text, item.start),
    doubts,
    confidence,
  };
}

function fromList(list: NumberedList, text: string): DraftFields[] {
  const isListWithUnits = list.items.filter((item) => item.clause !== null).length >= Math.max(1, list.items.length / 3);
  const isNamesOnly = isNamesOnlyList(list);
  return list.items.map((item) => fromListItem(item, text, isListWithUnits, isNamesOnly));
}

function fromTable(table: TextTable, year: number | null): DraftFields[] {
  const at = (kind: DraftColumnKind) => table.kinds.indexOf(kind);
  const hasName = at('name') >= 0;
  const drafts: DraftFields[] = [];
  table.rows.forEach((row, index) => {
    const cell = (kind: DraftColumnKind): string[] => (at(kind) >= 0 ? (row.columns[at(kind)] ?? []) : []);
    const numberedName = at('seq') < 0 ? /^[（(]?([0-9０-９]{1,3})[）)]?[.、．]?(?=[\u4e00-\u9fff“"])/.exec(compactText(cell('name').join(''))) : null;
    const seqText = numberedName?.[1] ?? compactText(cell('seq').join(''));
    const seq = /^\d+/.test(seqText.replace(/^[（(]/, '')) ? Number(/\d+/.exec(seqText)?.[0]) : index + 1;
    const content = [...cell('content'), ...(row.continued ?? [])].join('\n').trim();
    const guessed = hasName ? null : (/^[^，,；;。：:\n]{1,30}/.exec(compactText(content))?.[0] ?? '');
    const lead = [...new Set(splitUnitList(joinBrokenUnits(cell('lead')).join('\n')))];
    const co = [...new Set(splitUnitList(joinBrokenUnits(cell('co')).join('\n')))].filter((unit) => !lead.includes(unit));
    const doubts: string[] = [];
    let confidence = 1;
    const previous = drafts[drafts.length - 1];
    if (row.isCutOff === true) {
      doubts.push('清单在此处中断，这一项可能不完整，请对照原文补全或删除。');
      confidence = 0.4;
    } else if (lead.length === 0 && previous !== undefined && previous.lead.length > 0 && row.isUneven) {
      lead.push(...previous.lead);
      doubts.push('本行没有牵头单位，已沿用上一行的（表格中可能是合并单元格），请核对。');
      confidence = 0.7;
    } else if (lead.length === 0) {
      doubts.push('未找到牵头单位，请补填。');
      confidence = 0.5;
    }
    if (row.isUneven && confidence > 0.8) {
      doubts.push('本行单元格数与表头列数不一致，已按内容分配到各列，请核对。');
      confidence = 0.8;
    }
    if (guessed !== null) {
      doubts.push('表格没有项目名称列，名称取自内容的第一句，请核对。');
      confidence = Math.min(confidence, 0.9);
    }
    const fullName = compactText(cell('name').join('')).slice(numberedName?.[0].length ?? 0) || guessed || '';
    // "安康颐养项目：新改建互助颐养小院6个；…" in a table without a content column: name, then content
    const titled = at('content') < 0 ? /^([^：:，,。；;]{2,20})[：:](.+)$/s.exec(fullName) : null;
    const name = titled?.[1] ?? fullName;
    const ownContent = titled?.[2] ?? content;
    const draft: DraftFields = {
      seq,
      name,
      content: (row.continued !== undefined && cell('content').length === 0 ? `${fullName}\n${content}` : ownContent) || name,
      lead,
      co,
      category: row.category,
      line: row.line,
      doubts,
      confidence,
    };
    if (at('location') >= 0) draft.location = compactText(cell('location').join('')) || null;
    if (at('deadline') >= 0) draft.deadline = deadlineOfCell(cell('deadline').join(''), year);
    if (at('investment') >= 0) draft.investment = investmentOfCell(cell('investment').join(''), table.labels[at('investment')] ?? '');
    drafts.push(draft);
  });
  return drafts;
}

function toProject(draft: DraftFields, simple: SimplifiedText): NoticeProject {
  const restore = simple.restore;
  const project: NoticeProject = {
    seq: draft.seq,
    name: restore(draft.name),
    content: restore(draft.content),
    leadUnits: draft.lead.map(restore),
    coUnits: draft.co.map(restore),
    source: { line: draft.line },
    confidence: draft.confidence,
    doubts: draft.doubts,
  };
  if (draft.category !== null) project.category = restore(draft.category);
  if (draft.location !== undefined) project.location = draft.location === null ? null : restore(draft.location);
  if (draft.deadline !== undefined) project.deadline = draft.deadline;
  if (draft.investment !== undefined) project.investment = draft.investment;
  return project;
}

/** Running numbers when the list's own are repeated (numbering per section, or a misread number). */
function uniqueSeqs(drafts: DraftFields[]): void {
  const seen = new Set<number>();
  const hasDuplicates = drafts.some((draft) => (seen.has(draft.seq) ? true : (seen.add(draft.seq), false)));
  if (hasDuplicates)
    drafts.forEach((draft, index) => {
      draft.seq = index + 1;
    });
}

const LEDGER_HINT = /本周|周次|完成值|填报|本月进展|累计完成/;
const PROJECT_WORDS = /实事|民生|项目|工程|为民|惠民|办好/;

/**
 * A page's title repeated at every image or page break ("2019年崇明区政府实事项目安排" between the blocks) is
 * not part of the item above it: later copies of a line from the top of the text are dropped.
 */
function dropRepeatedCaption(text: string): string {
  const lines = text.split('\n');
  const top = new Set(
    lines
      .slice(0, 5)
      .map((line) => line.trim())
      .filter((line) => line.length >= 10),
  );
  const seen = new Set<string>();
  return lines
    .filter((line) => {
      const key = line.trim();
      if (!top.has(key)) return true;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .join('\n');
}

/** A list of projects speaks of 实事/项目/工程 somewhere, or its items name units or promise amounts. */
function looksLikeProjects(text: string, list: NumberedList): boolean {
  if (PROJECT_WORDS.test(text)) return true;
  const promising = list.items.filter(
    (item) => item.clause !== null || /[0-9０-９]+(?:\.[0-9]+)?\s*(?:万|亿)?[个所座处人户名家条项公里米元台辆套间张场床只亩吨件块%％]/.test(item.text),
  ).length;
  return promising * 2 >= list.items.length;
}

/** The first year the top of the text names (2023年…), when the header does not say. */
function yearNear(text: string): number | null {
  const year = /((?:19|20)\d{2})年/.exec(text.slice(0, 2000));
  return year?.[1] === undefined ? null : Number(year[1]);
}

/** Why a text is not a list of projects, in words the clerk can act on. */
export function notAListError(text: string, reason?: string): NoticeParseError {
  const sample = text.slice(0, 3000);
  const why =
    reason ??
    (LEDGER_HINT.test(sample)
      ? '这段内容像是进度台账或报表（含“本周进展”“完成情况”等），不是年度民生实事项目清单。'
      : '其中既没有“1. …”“一、…”这样逐条编号的项目，也没有带“序号、项目名称、牵头单位”等表头的项目表格。');
  return new NoticeParseError(`未找到项目汇总表，这不是一份民生实事项目清单：${why}请导入通知原文或其附件（项目清单），或直接粘贴清单文字。`);
}

/**
 * Reads any notice text into projects with confidences. The tab table of the sample notice (and every layout
 * the strict reader knows) is read exactly as before; other layouts go through the general readers.
 * Throws {@link NoticeParseError} only when no list of projects can be found at all.
 */
export function readNoticeDraft(raw: string): ParsedNotice {
  const original = cleanPastedText(raw);
  if (original.trim() === '') throw new NoticeParseError('内容为空：请粘贴或上传民生实事通知的文字。');
  const simple = simplifyNoticeText(dropRepeatedCaption(original));
  const text = simple.text;
  try {
    const strict = parseNoticeText(text);
    // The old numbered reader splits units on ；only: "区教育局 配合部门:各街道" is one unit there, so a unit
    // with a colon in it means the general reader should read the text instead.
    const isClean = strict.projects.every((p) => [...p.leadUnits, ...p.coUnits].every((unit) => !/[:：]/.test(unit) && unit.length <= 40));
    // It also drops a last item without units (a list cut off): the grid shows it, flagged, instead.
    const dropsItems = strict.warnings.some((warning) => warning.message.includes('没有牵头单位，不在项目清单内'));
    if (!isClean || dropsItems) throw new NoticeParseError('');
    if (strict.plan.year === null) strict.plan.year = yearNear(text);
    // "1.*改建…": the star marks a city-level item, it is not part of the name
    return {
      ...strict,
      projects: strict.projects.map((p) => ({
        ...p,
        name: simple.restore(p.name).replace(/^[*＊★※]+\s*/, ''),
        content: simple.restore(p.content),
        leadUnits: p.leadUnits.map(simple.restore),
        coUnits: p.coUnits.map(simple.restore),
        confidence: 1,
        doubts: [],
      })),
    };
  } catch (error) {
    if (!(error instanceof NoticeParseError)) throw error;
  }
  const table = findTextTable(text);
  const list = findNumberedList(text);
  const useTable = table !== null && table.rows.length >= 2 && (list === null || table.rows.length * 2 >= list.items.length);
  const startLine = useTable ? table.headerLine : list !== null ? lineAt(text, list.start) : 0;
  if (!useTable && list === null) throw notAListError(text);
  // a list in a text that never speaks of projects or 实事 is a report's or a meeting's points
  if (!useTable && list !== null && !looksLikeProjects(text, list)) {
    throw notAListError(text, '其中的编号条目不是项目：全文没有提到“民生实事”“项目”“工程”等字样，条目里也没有责任单位或数量目标，像是报告、纪要或其他材料。');
  }
  if (useTable && table.labels.some((label) => LEDGER_HINT.test(label))) throw notAListError(text);
  const lines = text.split('\n');
  const { header, warnings: headerWarnings } = completeNoticeHeader(extractNoticeHeader(lines.slice(0, Math.max(0, startLine - 1))));
  if (header.year === null) header.year = yearNear(text);
  const drafts = useTable ? fromTable(table, header.year) : fromList(list as NumberedList, text);
  uniqueSeqs(drafts);
  const warnings: NoticeWarning[] = [...headerWarnings];
  if (simple.isTraditional) warnings.push({ line: null, message: '通知使用繁体字：已按简体识别，导入时保留原文字形。' });
  if (header.year === null) warnings.push({ line: null, message: '未识别出清单年度，请在上方填写年度。' });
  const doubtful = drafts.filter((draft) => draft.confidence < 1).length;
  if (doubtful > 0) warnings.push({ line: null, message: `有 ${doubtful} 个项目需要核对（已标出），请逐行确认后再导入。` });
  return {
    plan: { ...header, title: simple.restore(header.title), issuer: header.issuer === null ? null : simple.restore(header.issuer) },
    projects: drafts.map((draft) => toProject(draft, simple)),
    warnings,
  };
}
