/** A top-level block of the HTML mammoth produces from a Word document. */
export type HtmlBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/** Decodes the HTML character references mammoth writes (&amp; &lt; &#39; &#x4E2D; …). */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function spanOf(attributes: string, name: string): number {
  const match = new RegExp(`${name}\\s*=\\s*"?(\\d+)`, 'i').exec(attributes);
  return match?.[1] !== undefined ? Math.max(1, Number(match[1])) : 1;
}

interface PendingSpan {
  text: string;
  rowsLeft: number;
}

/** Builds the rows of one table, repeating merged cells (rowspan/colspan) so that columns stay aligned. */
class TableBuilder {
  readonly rows: string[][] = [];
  private row: string[] = [];
  private cellLines: string[] = [];
  private line = '';
  private cellSpans = { rows: 1, cols: 1 };
  private readonly pending = new Map<number, PendingSpan>();

  startRow(): void {
    this.row = [];
  }

  startCell(attributes: string): void {
    this.fillPending();
    this.cellLines = [];
    this.line = '';
    this.cellSpans = { rows: spanOf(attributes, 'rowspan'), cols: spanOf(attributes, 'colspan') };
  }

  text(text: string): void {
    this.line += text;
  }

  breakLine(): void {
    this.cellLines.push(this.line);
    this.line = '';
  }

  endCell(): void {
    if (this.line !== '') this.breakLine();
    const text = this.cellLines
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join('\n');
    for (let i = 0; i < this.cellSpans.cols; i += 1) {
      if (this.cellSpans.rows > 1) this.pending.set(this.row.length, { text, rowsLeft: this.cellSpans.rows - 1 });
      this.row.push(text);
    }
  }

  endRow(): void {
    this.fillPending();
    this.rows.push(this.row);
  }

  private fillPending(): void {
    for (let span = this.pending.get(this.row.length); span !== undefined; span = this.pending.get(this.row.length)) {
      if (span.rowsLeft <= 0) {
        this.pending.delete(this.row.length);
        return;
      }
      span.rowsLeft -= 1;
      this.row.push(span.text);
    }
  }
}

/**
 * Splits mammoth's HTML into top-level paragraphs and tables. Inside a table cell every paragraph (and
 * <br>) becomes its own line; a table nested in a cell contributes its text as lines of that cell.
 */
export function readHtmlBlocks(html: string): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let paragraph: string | null = null;
  let table: TableBuilder | null = null;
  let tableDepth = 0;
  let inCell = false;
  const tokens = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g;
  for (let match = tokens.exec(html); match !== null; match = tokens.exec(html)) {
    const [, closing, rawTag, attributes = '', text] = match;
    if (text !== undefined) {
      const decoded = decodeHtmlEntities(text);
      if (table !== null && inCell) table.text(decoded);
      else if (paragraph !== null) paragraph += decoded;
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    const isClosing = closing === '/';
    if (tag === 'table') {
      tableDepth += isClosing ? -1 : 1;
      if (!isClosing && tableDepth === 1) table = new TableBuilder();
      if (isClosing && tableDepth === 0 && table !== null) {
        blocks.push({ kind: 'table', rows: table.rows });
        table = null;
      }
      continue;
    }
    if (table !== null) {
      if (tableDepth === 1 && tag === 'tr') {
        if (isClosing) table.endRow();
        else table.startRow();
      } else if (tableDepth === 1 && (tag === 'td' || tag === 'th')) {
        inCell = !isClosing;
        if (isClosing) table.endCell();
        else table.startCell(attributes);
      } else if (inCell && ((isClosing && (PARAGRAPH_TAGS.has(tag) || tag === 'tr')) || tag === 'br')) {
        table.breakLine();
      }
      continue;
    }
    if (PARAGRAPH_TAGS.has(tag)) {
      if (!isClosing) paragraph = '';
      else if (paragraph !== null) {
        blocks.push({ kind: 'paragraph', text: paragraph });
        paragraph = null;
      }
    } else if (tag === 'br' && paragraph !== null) {
      paragraph += '\n';
    }
  }
  return blocks;
}
