import type { ListItem } from './numbered-list.reader';

/**
 * A list without numbers, one paragraph where items are separated by ；after an announcement
 * ("这十大民生实事项目分别是：低保暖心工程，为辖区…；交通惠民工程，新建停车位200个以上；…").
 * Each item usually opens with a short name before its first comma or colon; the paragraph ends the list.
 */

const INTRO = /(分别是|分别为|具体是|具体为|主要有|包括|如下|即)[:：]/g;
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

/** The items of the first announced ；-list with at least four items that open with a short name, or null. */
export function findSemicolonList(text: string): ListItem[] | null {
  for (const intro of text.matchAll(INTRO)) {
    const from = (intro.index ?? 0) + intro[0].length;
    const lineEnd = text.indexOf('\n', from);
    const paragraph = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
    const parts = splitTopLevel(paragraph);
    if (parts.length < MIN_ITEMS || parts.some((part) => part.text.length > MAX_ITEM)) continue;
    const named = parts.filter((part) => /^[^，,：:。；;]{2,16}[，,：:]/.test(part.text.trim())).length;
    if (named < parts.length * 0.6) continue;
    const items = parts.map((part, index) => {
      let body = part.text.trim();
      // the last item ends at the paragraph's first full stop: what follows is a closing remark
      if (index === parts.length - 1) body = /^[^。]*。?/.exec(body)?.[0] ?? body;
      return { seq: index + 1, start: from + part.offset, text: body, category: null, clause: null, isCutOff: false } satisfies ListItem;
    });
    return items;
  }
  return null;
}
