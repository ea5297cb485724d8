import type { ListItem, Marker } from './numbered-list.reader';

/**
 * Lists whose items have no numbers of their own, one per line under short category headings:
 *
 *   一、安居工程
 *   各类旧住房综合整治50万平方米。
 *   进一步扩大享受廉租住房政策受益面……
 *   二、为老服务
 *   新增养老床位100张。
 *
 * The headings are categories and every line under them is a project. This is told apart from a list of
 * numbered project names each followed by its content (一、加强学位宿位建设。 + one line) by the headings:
 * short noun phrases without a full stop, and at least one of them holding several lines. Lines after the
 * last item that close the notice (对以上实事项目…, 联系人, the signature, the date) are not items.
 */

const CLOSING_LINE =
  /^(对以上|以上|上述|如有意见|联系人|联系电话|联系地址|地址[:：]|邮编|电话[:：]|附件|抄送|印发|特此|[0-9〇零一二三四五六七八九]{4}年[0-9一二三四五六七八九十]{1,2}月|[\u4e00-\u9fff]{2,24}(人民政府|委员会|办公室|管委会|局)$)/;
const MAX_HEADING = 12;
const REPORT_SECTION = /问题|打算|措施|要求|原则|思想|保障|组织领导|工作安排|主要工作|基本情况|工作成效|总体目标|背景|意义|依据/;
const MAX_LINE = 90;
const MAX_PARAGRAPH = 400;

interface Group {
  heading: Marker;
  title: string;
  lines: Array<{ text: string; start: number }>;
}

function linesBetween(text: string, from: number, to: number): Array<{ text: string; start: number }> {
  const lines: Array<{ text: string; start: number }> = [];
  let at = from;
  for (const raw of text.slice(from, to).split('\n')) {
    const trimmed = raw.trim();
    if (trimmed !== '') lines.push({ text: trimmed, start: at + raw.indexOf(trimmed) });
    at += raw.length + 1;
  }
  return lines;
}

/** The items under headings, or null when the headings do not group unnumbered lines. */
export function findHeadingLines(text: string, headings: Marker[]): ListItem[] | null {
  const own = headings.filter((h) => h.isLineStart);
  if (own.length < 2) return null;
  const run: Marker[] = [];
  for (const heading of own) {
    if (run.length === 0 ? heading.value === 1 : heading.value === (run[run.length - 1]?.value ?? 0) + 1) run.push(heading);
  }
  if (run.length < 2) return null;
  const groups: Group[] = [];
  for (const [index, heading] of run.entries()) {
    const lineEnd = text.indexOf('\n', heading.end);
    if (lineEnd < 0) return null;
    const title = text.slice(heading.end, lineEnd).trim();
    if (title.length === 0 || title.length > MAX_HEADING || /[。；;，,：:0-9０-９]$/.test(title)) return null;
    const next = run[index + 1]?.start ?? text.length;
    groups.push({ heading, title, lines: linesBetween(text, lineEnd + 1, next) });
  }
  // a report's sections (主要工作, 存在问题, 下步打算, 保障措施) are no categories of projects
  if (groups.some((group) => REPORT_SECTION.test(group.title))) return null;
  const last = groups[groups.length - 1];
  if (last !== undefined) {
    const closing = last.lines.findIndex((line) => CLOSING_LINE.test(line.text));
    if (closing >= 0) last.lines = last.lines.slice(0, closing);
  }
  const lines = groups.flatMap((group) => group.lines);
  // one paragraph per heading groups too when the headings say they are fields (教育方面, 民生保障类)
  const isFieldHeading = groups.every((group) => /(方面|领域|类|板块)$/.test(group.title));
  const isGrouping = (groups.some((group) => group.lines.length >= 2) && lines.length > groups.length) || isFieldHeading;
  if (!isGrouping || groups.some((group) => group.lines.length === 0)) return null;
  if (isFieldHeading && groups.slice(0, -1).every((group) => group.lines.length === 1) && last !== undefined) last.lines = last.lines.slice(0, 1);
  const limit = isFieldHeading ? MAX_PARAGRAPH : MAX_LINE;
  if (lines.some((line) => line.text.length > limit || /^([0-9０-９]{1,3}[.．、]|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)])/.test(line.text))) return null;
  const items: ListItem[] = [];
  for (const group of groups) {
    for (const line of group.lines) {
      items.push({ seq: items.length + 1, start: line.start, text: line.text, category: group.title, clause: null, isCutOff: false });
    }
  }
  return items;
}
