import { Document, DocumentGridType, Packer, PageOrientation, type Paragraph } from 'docx';
import type { FileChild } from 'docx';
import type { BulletinDocument, BulletinLaggingProject, BulletinTable } from './bulletin-docx.types';
import { FONT, PAGE, SIZE, BODY_LINE } from './bulletin-docx.styles';
import {
  blankLine,
  bodyParagraph,
  headingParagraph,
  masthead,
  pageNumberFooters,
  recipientsLine,
  signatureBlock,
  titleBlock,
} from './bulletin-docx-parts.builder';
import { buildBulletinTable, tableCaption } from './bulletin-docx-table.builder';

/** Columns of the 挂牌督办 table. */
const LAGGING_COLUMNS = ['序号', '项目名称', '责任单位', '滞后原因'];
/** Caption of the 挂牌督办 table. */
const LAGGING_CAPTION = '挂牌督办项目清单';

function laggingTable(lagging: BulletinLaggingProject[]): BulletinTable {
  return {
    caption: LAGGING_CAPTION,
    columns: LAGGING_COLUMNS,
    rows: lagging.map((item) => [String(item.seq), item.name, item.units, item.reason]),
  };
}

function bodyBlocks(doc: BulletinDocument): Paragraph[] {
  const blocks: Paragraph[] = [];
  for (const paragraph of doc.paragraphs) {
    if (paragraph.heading !== undefined && paragraph.heading.trim() !== '') {
      blocks.push(headingParagraph(paragraph.heading.trim()));
    }
    for (const line of paragraph.text.split(/\r?\n/)) {
      if (line.trim() !== '') blocks.push(bodyParagraph(line.trim()));
    }
  }
  return blocks;
}

function tableBlocks(table: BulletinTable): FileChild[] {
  return [blankLine(), tableCaption(table.caption), buildBulletinTable(table)];
}

/**
 * Lays out a monthly 通报 as a .docx in the GB/T 9704-2012 official-document format: A4 with
 * 37/35/28/26 mm margins, red 版头 with 发文字号 and separator line, 2号小标宋 title, 3号仿宋 body
 * at an exact 28 pt pitch with 黑体 headings, bordered tables with a repeated header row,
 * 署名 and 成文日期, and "— 1 —" page numbers (odd pages right, even pages left).
 * Pure: it reads nothing but `doc`.
 */
export async function buildBulletinDocx(doc: BulletinDocument): Promise<Buffer> {
  const children: FileChild[] = [...masthead(doc), ...titleBlock(doc.title)];
  if (doc.recipients !== undefined && doc.recipients.trim() !== '') {
    children.push(recipientsLine(doc.recipients.trim()));
  }
  children.push(...bodyBlocks(doc));
  if (doc.table !== null && doc.table.columns.length > 0) children.push(...tableBlocks(doc.table));
  if (doc.lagging !== undefined && doc.lagging.length > 0) children.push(...tableBlocks(laggingTable(doc.lagging)));
  children.push(...signatureBlock(doc.issuer, doc.issueDate));

  const document = new Document({
    creator: doc.issuer,
    title: doc.title,
    description: doc.docNumber,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: FONT.fangSong, size: SIZE.san * 2, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: PAGE.header,
              footer: PAGE.footer,
              gutter: 0,
            },
          },
          grid: { type: DocumentGridType.LINES, linePitch: BODY_LINE },
        },
        footers: pageNumberFooters(),
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
