const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const SMALL_UNITS = ['', '十', '百', '千'] as const;
const BIG_UNITS = ['', '万', '亿', '万亿'] as const;

/** 0..9999 in the positional form, with 零 for inner gaps; `isLeading` allows 十五 instead of 一十五. */
function formatSection(value: number, isLeading: boolean): string {
  let text = '';
  let hasPendingZero = false;
  for (let position = 3; position >= 0; position -= 1) {
    const digit = Math.floor(value / 10 ** position) % 10;
    if (digit === 0) {
      if (text !== '') hasPendingZero = true;
      continue;
    }
    if (hasPendingZero) text += '零';
    hasPendingZero = false;
    const isBareTen = isLeading && text === '' && position === 1 && digit === 1;
    text += `${isBareTen ? '' : DIGITS[digit]}${SMALL_UNITS[position]}`;
  }
  return text;
}

/**
 * A non-negative integer written in standard Chinese numerals, as a clerk would write it:
 * 10 → 十, 110 → 一百一十, 1005 → 一千零五, 100000 → 十万, 20030000 → 二千零三万.
 * Used to test the reader and to word numbers in Chinese texts.
 */
export function formatChineseNumber(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a non-negative integer: ${value}`);
  if (value === 0) return '零';
  const sections: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 1e4)) sections.push(rest % 1e4);
  let text = '';
  let needsZero = false;
  for (let index = sections.length - 1; index >= 0; index -= 1) {
    const section = sections[index] ?? 0;
    if (section === 0) {
      if (text !== '') needsZero = true;
      continue;
    }
    // A section below 1000 after a higher one starts with 零 (一万零五百), as does one after an empty section.
    if (text !== '' && (needsZero || section < 1000)) text += '零';
    needsZero = false;
    text += formatSection(section, text === '') + BIG_UNITS[index];
  }
  return text;
}
