/** Stripping words from either end of a phrase, over and over, until none of a list is left. */

import { LEADING_WORDS } from './target-label-words';

/** Dates and batches that open a phrase (2024年, 12月底前, 第一批) and name no target. */
const LEADING_DATE =
  /^(?:(?:19|20)\d{2}年度?(?:底前|前|内|底)?|(?:(?:19|20)\d{2}年)?\d{1,2}月(?:底|份|中旬|上旬|下旬)?(?:前|内)?|第[一二三四五六七八九十\d]+批次?)[，,]?/;

/** `words` (and, at the start, dates) stripped from the start or the end of `text` until none is left there. */
export function stripRepeatedly(text: string, words: readonly string[], atStart: boolean): string {
  let rest = text;
  for (let changed = true; changed; ) {
    changed = false;
    rest = rest.trim();
    const year = atStart ? LEADING_DATE.exec(rest) : null;
    if (year !== null) {
      rest = rest.slice(year[0].length);
      changed = true;
      continue;
    }
    for (const word of words) {
      const hit = atStart ? rest.startsWith(word) : rest.endsWith(word);
      // Never strip a word that is the whole phrase: 新增 alone stays a verb, not an empty label; nor leave
      // one character of a word it opens (完成率 stays 完成率, not 率).
      if (hit && rest.length > word.length + (atStart ? 1 : 0)) {
        rest = atStart ? rest.slice(word.length) : rest.slice(0, -word.length);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

/** The leading scope and framing words of a phrase removed (全区新改建充电桩 → 新改建充电桩). */
export function stripLeadingWords(phrase: string): string {
  return stripRepeatedly(phrase, LEADING_WORDS, true);
}
