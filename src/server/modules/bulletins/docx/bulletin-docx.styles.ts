import { LineRuleType, TextRun } from 'docx';
import type { IRunOptions, IFontAttributesProperties } from 'docx';

/** Twentieths of a point per millimetre (1 in = 25.4 mm = 1440 twips). */
const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to twips, rounded to the nearest twip (37 mm → 2098). */
export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Points to twips (28 pt → 560). */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** A4 portrait and the GB/T 9704-2012 margins: top 37, bottom 35, left 28, right 26 mm. */
export const PAGE = {
  width: mmToTwips(210),
  height: mmToTwips(297),
  top: mmToTwips(37),
  bottom: mmToTwips(35),
  left: mmToTwips(28),
  right: mmToTwips(26),
  /** Footer text sits about 7 mm below the 版心. */
  footer: mmToTwips(23),
  header: mmToTwips(15),
} as const;

/** Width of the 版心 (type area), 156 mm. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Chinese point sizes (字号) used by the standard, in points. */
export const SIZE = {
  /** 2号 */ er: 22,
  /** 3号 */ san: 16,
  /** 4号 */ si: 14,
  /** 小四 */ xiaoSi: 12,
  /** 版头 发文机关标志 */ issuer: 26,
} as const;

/** Fixed line pitch of the body: 28 pt, i.e. exact 560 twips. */
export const BODY_LINE = ptToTwips(28);

/** Red of the 版头 and its separator line. */
export const RED = 'FF0000';

function fontSet(eastAsia: string, latin: string = eastAsia): IFontAttributesProperties {
  return { ascii: latin, hAnsi: latin, eastAsia, cs: latin, hint: 'eastAsia' };
}

/** Font families of GB/T 9704-2012; Word substitutes 宋体-like faces where 方正 fonts are missing. */
export const FONT = {
  /** 小标宋: 版头 and 标题. */
  xiaoBiaoSong: fontSet('方正小标宋简体'),
  /** 仿宋: body, 主送, 署名, table. */
  fangSong: fontSet('仿宋_GB2312'),
  /** 黑体: 一级标题 and table captions. */
  heiTi: fontSet('黑体'),
  /** 宋体: page numbers. */
  songTi: fontSet('宋体'),
  /** Document default for text without an explicit font. */
  fallback: fontSet('宋体'),
} as const;

/** Width of one Chinese character at `pt`, in twips; used for 空二字 indents. */
export function charsToTwips(chars: number, pt: number = SIZE.san): number {
  return Math.round(chars * pt * 20);
}

/** Exact line spacing `pt` points, with no space before or after unless given. */
export function exactLine(pt: number, before = 0, after = 0): { line: number; lineRule: typeof LineRuleType.EXACT; before: number; after: number } {
  return { line: ptToTwips(pt), lineRule: LineRuleType.EXACT, before, after };
}

/** A run of `text` in `font` at `pt` points (docx counts half-points). */
export function run(text: string, font: IFontAttributesProperties, pt: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font, size: pt * 2, ...extra });
}

/** 2024-11-05 → 2024年11月5日 (Arabic numerals, no leading zeros, as GB/T 9704-2012 prescribes). */
export function formatChineseDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(isoDate);
  if (match === null) throw new Error(`成文日期格式应为 YYYY-MM-DD：${isoDate}`);
  const [, year, month, day] = match;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** Printed width of `text` in Chinese characters: full-width glyphs count 1, ASCII counts ½. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return width;
}
