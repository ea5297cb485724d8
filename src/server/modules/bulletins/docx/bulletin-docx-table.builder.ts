import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { BulletinTable } from './bulletin-docx.types';
import { FONT, SIZE, TEXT_WIDTH, exactLine, run, displayWidth } from './bulletin-docx.styles';

/** Table text is 小四 (12 pt) 仿宋 at an exact 18 pt pitch so a wide progress column still fits. */
const CELL_PT = SIZE.xiaoSi;
const CELL_LINE = 18;
const BORDER = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
/** Columns whose longest cell is at most this many characters are centred (序号, 状态 …). */
const SHORT_COLUMN = 6;
const CELL_MARGIN = 80;

/** Twips one character of table text takes. */
const CHAR_TWIPS = CELL_PT * 20;
/** Cell padding on both sides plus a little slack for glyphs wider than an em. */
const CELL_PADDING = 2 * CELL_MARGIN + 60;

function longestIn(table: BulletinTable, index: number): number {
  const header = displayWidth(table.columns[index] ?? '');
  return Math.max(header, ...table.rows.map((row) => displayWidth(row[index] ?? '')));
}

/**
 * Column widths in twips: short columns (序号, 状态 …) get exactly what their longest cell needs,
 * the others share the rest in proportion to their longest cell (capped, so one wordy column cannot
 * squeeze the others). Always sums to the 版心 width.
 */
function columnWidths(table: BulletinTable): number[] {
  const natural = table.columns.map((_, index) => Math.ceil(Math.max(longestIn(table, index), 2)) * CHAR_TWIPS + CELL_PADDING);
  const short = table.columns.map((_, index) => isShortColumn(table, index));
  const fixed = natural.reduce((sum, width, index) => sum + (short[index] === true ? width : 0), 0);
  const weights = table.columns.map((_, index) => (short[index] === true ? 0 : Math.min(longestIn(table, index), 24)));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const fits = totalWeight > 0 && fixed < TEXT_WIDTH * 0.6;
  const widths = fits
    ? natural.map((width, index) => (short[index] === true ? width : Math.floor(((TEXT_WIDTH - fixed) * (weights[index] ?? 0)) / totalWeight)))
    : natural.map((width) => Math.floor((TEXT_WIDTH * width) / natural.reduce((sum, w) => sum + w, 0)));
  const used = widths.reduce((sum, width) => sum + width, 0);
  const last = widths.length - 1;
  widths[last] = (widths[last] ?? 0) + TEXT_WIDTH - used;
  return widths;
}

function isShortColumn(table: BulletinTable, index: number): boolean {
  return table.rows.every((row) => displayWidth(row[index] ?? '') <= SHORT_COLUMN);
}

function cell(text: string, width: number, options: { bold: boolean; centred: boolean }): TableCell {
  const lines = text.split('\n');
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 40, bottom: 40 },
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: options.centred ? AlignmentType.CENTER : AlignmentType.BOTH,
          spacing: exactLine(CELL_LINE),
          children: [run(line, options.bold ? FONT.heiTi : FONT.fangSong, CELL_PT, { bold: options.bold })],
        }),
    ),
  });
}

/** Caption paragraph above a table: 黑体 3号, centred. */
export function tableCaption(caption: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: exactLine(28),
    children: [run(caption, FONT.heiTi, SIZE.san)],
  });
}

/** A full-width bordered table: bold header row repeated on every page, rows never split across pages. */
export function buildBulletinTable(table: BulletinTable): Table {
  const widths = columnWidths(table);
  const centred = table.columns.map((_, index) => isShortColumn(table, index));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((text, index) => cell(text, widths[index] ?? 0, { bold: true, centred: true })),
  });
  const body = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: table.columns.map((_, index) => cell(row[index] ?? '', widths[index] ?? 0, { bold: false, centred: centred[index] ?? false })),
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    rows: [header, ...body],
  });
}
