import { AlignmentType, BorderStyle, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import type { BulletinDocument } from './bulletin-docx.types';
import { FONT, RED, SIZE, TEXT_WIDTH, charsToTwips, displayWidth, exactLine, formatChineseDate, mmToTwips, run } from './bulletin-docx.styles';

/** An empty line at the body pitch (下空一行). */
export function blankLine(): Paragraph {
  return new Paragraph({ spacing: exactLine(28), children: [] });
}

/**
 * 版头: the issuer in red 小标宋, the 发文字号 in 3号仿宋 two lines below it, and a red line
 * 4 mm under the number, as wide as the 版心.
 */
export function masthead(doc: BulletinDocument): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exactLine(SIZE.issuer + 10, mmToTwips(20)),
      children: [run(doc.issuer, FONT.xiaoBiaoSong, SIZE.issuer, { color: RED, characterSpacing: 20 })],
    }),
    blankLine(),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exactLine(28, 0, mmToTwips(12)),
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 11 } },
      children: [run(doc.docNumber, FONT.fangSong, SIZE.san)],
    }),
  ];
}

/** 标题 in 2号小标宋, centred, followed by one blank line. */
export function titleBlock(title: string): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exactLine(36),
      children: [run(title, FONT.xiaoBiaoSong, SIZE.er)],
    }),
    blankLine(),
  ];
}

/** 主送机关 flush left, ending with a full-width colon. */
export function recipientsLine(recipients: string): Paragraph {
  const text = /[:：]$/.test(recipients) ? recipients.replace(/:$/, '：') : `${recipients}：`;
  return new Paragraph({ spacing: exactLine(28), children: [run(text, FONT.fangSong, SIZE.san)] });
}

/** A body paragraph: 3号仿宋, first line indented two characters, justified, exact 28 pt pitch. */
export function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    spacing: exactLine(28),
    indent: { firstLine: charsToTwips(2) },
    children: [run(text, FONT.fangSong, SIZE.san)],
  });
}

/** A level-one heading (一、…) in 3号黑体, indented like the body and kept with the next paragraph. */
export function headingParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    keepNext: true,
    spacing: exactLine(28),
    indent: { firstLine: charsToTwips(2) },
    children: [run(text, FONT.heiTi, SIZE.san)],
  });
}

/**
 * 发文机关署名 and 成文日期 (no seal): one blank line under the body, the issuer two characters
 * from the right margin, the date on the next line starting two characters right of the issuer's
 * first character. The date is placed by a left indent, so wide digit glyphs cannot shift its start;
 * when the date is the longer line it keeps two characters to the right and the issuer moves left.
 */
export function signatureBlock(issuer: string, issueDate: string): Paragraph[] {
  const date = formatChineseDate(issueDate);
  const issuerWidth = displayWidth(issuer);
  const dateWidth = displayWidth(date);
  const signature = (text: string, indent: { left?: number; right?: number }, keepNext: boolean): Paragraph =>
    new Paragraph({
      alignment: indent.left === undefined ? AlignmentType.RIGHT : AlignmentType.LEFT,
      keepNext,
      keepLines: true,
      spacing: exactLine(28),
      indent,
      children: [run(text, FONT.fangSong, SIZE.san)],
    });
  if (dateWidth + 2 <= issuerWidth) {
    const dateLeft = TEXT_WIDTH - charsToTwips(2 + issuerWidth) + charsToTwips(2);
    return [blankLine(), signature(issuer, { right: charsToTwips(2) }, true), signature(date, { left: dateLeft }, false)];
  }
  const issuerRight = dateWidth + 4 - issuerWidth;
  return [blankLine(), signature(issuer, { right: charsToTwips(issuerRight) }, true), signature(date, { right: charsToTwips(2) }, false)];
}

function pageNumberParagraph(side: 'odd' | 'even'): Paragraph {
  const indent = charsToTwips(1, SIZE.si);
  const size = SIZE.si * 2;
  return new Paragraph({
    alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: side === 'odd' ? { right: indent } : { left: indent },
    children: [new TextRun({ font: FONT.songTi, size, children: ['— ', PageNumber.CURRENT, ' —'] })],
  });
}

/** Page-number footers "— 1 —" in 4号宋体: odd pages right, even pages left, one character in. */
export function pageNumberFooters(): { default: Footer; even: Footer } {
  return {
    default: new Footer({ children: [pageNumberParagraph('odd')] }),
    even: new Footer({ children: [pageNumberParagraph('even')] }),
  };
}
