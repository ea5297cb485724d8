import type { ListItem } from './numbered-list.reader';

/**
 * A list without numbers, one paragraph where items are separated by ；after an announcement
 * ("这十大民生实事项目分别是：低保暖心工程，为辖区…；交通惠民工程，新建停车位200个以上；…").
 * Each item usually opens with a short name before its first comma or colon; the paragraph ends the list.
 */

const INTRO = /(分别是|分别为|具体是|具体为|主要有|包括|包含|如下|即|是)[:：]?/g;
const MIN_ITEMS = 4;
const MAX_ITEM = 260;

/** Splits on ；; outside brackets and quotes. */
function splitTopLevel(text: string): Array<{ text: string; offset: number }> {
  const parts: Array<{ text: string; offset: number }> = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if ('（(“'.includes(ch)) depth += 1;
    if ('）)”'.includes(ch) && depth > 0) depth -= 1;
    if (depth === 0 && (ch === '；' || ch === ';')) {
      parts.push({ text: text.slice(start, i), offset: start });
      start = i + 1;
    }
  }
  parts.push({ text: text.slice(start), offset: start });
  return parts.filter((part) => part.text.trim() !== '');
}

const CN_COUNT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** The count the text announces just before the list: 这十件民生实事分别是 / 共15项，分别是 → 10 / 15. */
function announcedCount(before: string): number | null {
  // the count nearest the list: "11件惠民实事包含18个子项目，即…" announces 18
  const match =
    /.*(?<![0-9一二两三四五六七八九十])(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:件|项|大|个)[^，,。：:]{0,12}[，,]?\s*(?:分别|具体|主要|包括|如下|即)?[^，,。]{0,4}$/.exec(
      before,
    );
  // else a count the same sentence announces further back ("这十件实事涉及住房、交通…等领域，即…")
  const word =
    match?.[1] ??
    [
      ...(before
        .split(/[。\n]/)
        .pop()
        ?.matchAll(/(?<![0-9一二两三四五六七八九十每])(\d{1,2}|[二两三四五六七八九十][一二两三四五六七八九十]{0,2})\s*(?:件|项)/g) ?? []),
    ].pop()?.[1];
  if (word === undefined) return null;
  if (/^\d+$/.test(word)) return Number(word);
  if (word.length === 1) return CN_COUNT[word] ?? null;
  if (word.startsWith('十')) return 10 + (CN_COUNT[word[1] ?? ''] ?? 0);
  return (CN_COUNT[word[0] ?? ''] ?? 0) * 10 + (word.length > 2 ? (CN_COUNT[word[2] ?? ''] ?? 0) : 0);
}

function toItems(parts: Array<{ text: string; offset: number }>, from: number): ListItem[] {
  return parts.map((part, index) => {
    let body = part.text.trim();
    // the last item ends at the paragraph's first full stop: what follows is a closing remark
    if (index === parts.length - 1) body = /^[^。]*。?/.exec(body)?.[0] ?? body;
    return { seq: index + 1, start: from + part.offset, text: body, category: null, clause: null, isCutOff: false } satisfies ListItem;
  });
}

/**
 * The items of the first announced list (or else a chain of 《》 titles): ；-separated items that open with a short name or whose number is
 * the announced count, or short names separated by 、 ("分别为：沛县唐楼护理院改造项目、张寨镇老年大学建设工程、…。").
 */
export function findSemicolonList(text: string): ListItem[] | null {
  return findAnnouncedList(text) ?? findTitleChain(text);
}

/** 《城镇新增就业2000人以上》《建成幼儿园3所》…: four or more book-title brackets in a row are the projects. */
function findTitleChain(text: string): ListItem[] | null {
  const chain = /(?:《[^《》\n]{4,80}》[、，,]?\s*){4,}/.exec(text);
  if (chain === null) return null;
  const items: ListItem[] = [];
  for (const title of chain[0].matchAll(/《([^《》]+)》/g)) {
    const start = chain.index + (title.index ?? 0) + 1;
    items.push({ seq: items.length + 1, start, text: title[1] ?? '', category: null, clause: null, isCutOff: false });
  }
  return items;
}

function findAnnouncedList(text: string): ListItem[] | null {
  for (const intro of text.matchAll(INTRO)) {
    const from = (intro.index ?? 0) + intro[0].length;
    // without a colon ("…18个子项目，即A、B…") only an announced count that the items match makes it a list
    const hasColon = /[:：]$/.test(intro[0]);
    // a bare 是 announces a list only with a colon after it ("这十件实事是：")
    if (intro[1] === '是' && !hasColon) continue;
    const lineEnd = text.indexOf('\n', from);
    const paragraph = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
    const count = announcedCount(text.slice(Math.max(0, (intro.index ?? 0) - 160), intro.index ?? 0));
    const parts = splitTopLevel(paragraph);
    if (parts.length >= MIN_ITEMS && parts.every((part) => part.text.length <= MAX_ITEM)) {
      const named = parts.filter((part) => /^[^，,：:。；;]{2,16}[，,：:]/.test(part.text.trim())).length;
      if ((hasColon && named >= parts.length * 0.6) || parts.length === count) return toItems(parts, from);
    }
    const sentence = (/^[^。]*/.exec(paragraph)?.[0] ?? '').replace(/等[^、]{0,12}$/, '');
    const names = sentence.split('、').map((name, index, all) => ({ text: name, offset: all.slice(0, index).join('、').length + (index > 0 ? 1 : 0) }));
    const short = names.every((name) => name.text.trim().length >= 3 && name.text.trim().length <= 25 && !/[，,；;：:]/.test(name.text));
    if (names.length >= MIN_ITEMS && short && ((hasColon && count === null) || names.length === count)) return toItems(names, from);
  }
  return null;
}
