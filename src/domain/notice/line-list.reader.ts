import type { ListItem } from './numbered-list.reader';

/**
 * Lists without numbers where each line (or paragraph) is one project:
 *
 * - project names one per line, as a news page prints a vote's result
 *   ("中小学校舍建设工程项目 / 城市人居环境提升项目 / …");
 * - paragraphs after an announcement, each opening with its slogan title
 *   ("10件民生实事具体包括：加强教育基础设施建设，拓展优质教育资源。建成学校2所… / 加强公共设施建设，…").
 */

const MIN_ITEMS = 4;
const NAME_END = /(项目|工程|建设|改造|提升|行动|计划|中心|服务|整治|治理|设施|学校|公园|广场|场馆|站|馆|院|路|桥|所|园|室|点|网|系统|平台|保障|救助|补贴)$/;
const NOT_NAME = /[。；;：:，,!！?？|]|^[0-9０-９（(一二三四五六七八九十]+[、.．)）]|^(19|20)\d{2}[年/-]|^[（(【[].*[）)】\]]$/;
const INTRO_END = /(具体包括|主要包括|包括|具体是|分别是|分别为|如下)[:：]/;

interface Line {
  text: string;
  start: number;
}

function nonEmptyLines(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const trimmed = raw.trim();
    if (trimmed !== '') lines.push({ text: trimmed, start: at + raw.indexOf(trimmed) });
    at += raw.length + 1;
  }
  return lines;
}

const item = (line: Line, index: number): ListItem => ({ seq: index + 1, start: line.start, text: line.text, category: null, clause: null, isCutOff: false });

/** The longest run of four or more lines that are project names, or null. */
export function findNameLines(text: string): ListItem[] | null {
  const lines = nonEmptyLines(text);
  let best: Line[] = [];
  let run: Line[] = [];
  const close = () => {
    // a heading or note line at either end of the run is not a name
    while (run.length > 0 && !NAME_END.test(run[0]?.text ?? '')) run.shift();
    while (run.length > 0 && !NAME_END.test(run[run.length - 1]?.text ?? '')) run.pop();
    const named = run.filter((line) => NAME_END.test(line.text)).length;
    // names seldom carry amounts: lines that mostly do are the tasks of one block, not a list of names
    const withNumbers = run.filter((line) => /[0-9０-９]/.test(line.text)).length;
    if (run.length >= MIN_ITEMS && named * 5 >= run.length * 3 && withNumbers * 5 <= run.length && run.length > best.length) best = run;
    run = [];
  };
  for (const line of lines) {
    const isName = line.text.length >= 4 && line.text.length <= 30 && !NOT_NAME.test(line.text);
    if (isName) run.push(line);
    else close();
  }
  close();
  return best.length === 0 ? null : best.map(item);
}

/** Paragraphs that open alike ("聚焦“幸福民生”。由…负责的…项目，…" ×4), one project each, or null. */
export function findAlikeParagraphs(text: string): ListItem[] | null {
  const lines = nonEmptyLines(text);
  let best: Line[] = [];
  let run: Line[] = [];
  let opener = '';
  const close = () => {
    if (run.length >= 3 && run.length > best.length) best = run;
    run = [];
  };
  for (const line of lines) {
    const start = line.text.slice(0, 2);
    const isParagraph = line.text.length >= 30 && /[\u4e00-\u9fff]{2}/.test(start) && /[0-9０-９]|项目|工程/.test(line.text);
    if (isParagraph && start === opener) run.push(line);
    else {
      close();
      if (isParagraph) run = [line];
    }
    opener = isParagraph ? start : '';
  }
  close();
  return best.length === 0 ? null : best.map(item);
}

const FIELD_LINE = /^(主管领导|分管领导|牵头领导|责任领导|责任单位|牵头单位|主办单位|协办单位|配合单位|主要责任人|责任人|进度安排|完成时限|时间节点)\s*[:：]/;
const KEYWORD_LINE = /^(?:关键词|领域|类别)[ \u3000:：]+(.{1,10})$/;

/**
 * Task records as a news page prints a 任务分解表: the task's line(s), then its fields one per line
 * ("主管领导：… / 责任单位：市教育局 / 主要责任人：… / 进度安排：…"), record after record, or null.
 */
export function findFieldRecords(text: string): ListItem[] | null {
  const items: ListItem[] = [];
  let task: Line[] = [];
  let fields: Line[] = [];
  let category: string | null = null;
  const close = () => {
    if (task.length > 0 && fields.length >= 2) {
      const first = task[0] as Line;
      const body = [...task, ...fields].map((line) => line.text).join('\n');
      items.push({ seq: items.length + 1, start: first.start, text: body, category, clause: null, isCutOff: false });
    }
    task = [];
    fields = [];
  };
  for (const line of nonEmptyLines(text)) {
    const keyword = KEYWORD_LINE.exec(line.text);
    if (keyword !== null) {
      close();
      category = keyword[1]?.trim() ?? null;
    } else if (FIELD_LINE.test(line.text)) {
      if (task.length > 0) fields.push(line);
    } else {
      if (fields.length > 0) close();
      task.push(line);
      if (task.length > 3) task.shift();
    }
  }
  close();
  return items.length >= 2 ? items : null;
}

/** Paragraphs after "…具体包括：", each a project that opens with its title sentence, or null. */
export function findParagraphList(text: string): ListItem[] | null {
  const lines = nonEmptyLines(text);
  for (const [index, line] of lines.entries()) {
    const intro = INTRO_END.exec(line.text);
    if (intro === null) continue;
    const firstText = line.text.slice((intro.index ?? 0) + intro[0].length).trim();
    const items: Line[] = firstText === '' ? [] : [{ text: firstText, start: line.start + line.text.indexOf(firstText) }];
    for (const next of lines.slice(index + 1)) {
      const isParagraph = next.text.length >= 15 && /。/.test(next.text) && /^[^。]{4,40}[。，,]/.test(next.text);
      if (!isParagraph) break;
      items.push(next);
    }
    if (items.length >= MIN_ITEMS) return items.map(item);
  }
  return null;
}
