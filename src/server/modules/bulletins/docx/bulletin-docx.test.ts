import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBulletinDocx } from './bulletin-docx.builder';
import { displayWidth, formatChineseDate, mmToTwips } from './bulletin-docx.styles';
import { BULLETIN_SAMPLE } from './bulletin-docx-test.fixtures';
import type { BulletinDocument } from './bulletin-docx.types';

/** The .docx parts the assertions read. */
interface DocxParts {
  document: string;
  settings: string;
  footers: string[];
  buffer: Buffer;
}

async function openDocx(doc: BulletinDocument): Promise<DocxParts> {
  const buffer = await buildBulletinDocx(doc);
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string): Promise<string> => {
    const file = zip.file(name);
    if (file === null) throw new Error(`missing ${name}`);
    return file.async('string');
  };
  const footerNames = Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
  return {
    document: await read('word/document.xml'),
    settings: await read('word/settings.xml'),
    footers: await Promise.all(footerNames.map(read)),
    buffer,
  };
}

/** Every <w:p> of `xml` with its text joined. */
function paragraphs(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p .*?<\/w:p>/g)].map(([p]) => ({
    xml: p,
    text: [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
}

function paragraphWith(xml: string, text: string): string {
  const found = paragraphs(xml).find((p) => p.text.includes(text));
  if (found === undefined) throw new Error(`no paragraph with ${text}`);
  return found.xml;
}

const TABLE = BULLETIN_SAMPLE.table ?? { caption: '', columns: [], rows: [] };
const LAGGING = BULLETIN_SAMPLE.lagging ?? [];

describe('buildBulletinDocx', () => {
  let parts: DocxParts;
  beforeAll(async () => {
    parts = await openDocx(BULLETIN_SAMPLE);
  });

  it('lays out A4 with the GB/T 9704 margins 37/35/28/26 mm', () => {
    expect(parts.document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    const margin = /<w:pgMar ([^/]*)\/>/.exec(parts.document)?.[1] ?? '';
    expect(margin).toContain(`w:top="${mmToTwips(37)}"`);
    expect(margin).toContain('w:top="2098"');
    expect(margin).toContain('w:bottom="1984"');
    expect(margin).toContain('w:left="1587"');
    expect(margin).toContain('w:right="1474"');
  });

  it('prints the red issuer, the doc number over a red line, and the 2号小标宋 title', () => {
    const issuer = paragraphWith(parts.document, BULLETIN_SAMPLE.issuer);
    expect(issuer).toContain('<w:color w:val="FF0000"/>');
    expect(issuer).toContain('<w:jc w:val="center"/>');
    const number = paragraphWith(parts.document, '督查通报〔2024〕10号');
    expect(number).toMatch(/<w:pBdr><w:bottom [^>]*w:color="FF0000"/);
    expect(number).toContain('<w:sz w:val="32"/>');
    const title = paragraphWith(parts.document, BULLETIN_SAMPLE.title);
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(paragraphWith(parts.document, '各街道，区直各部门、单位：')).not.toContain('w:firstLine');
  });

  it('sets body paragraphs in 3号仿宋 at an exact 28 pt pitch, indented two characters', () => {
    for (const text of ['截至10月31日', '一是个别项目', '三是个别项目', '各主办单位要对照年度目标']) {
      const body = paragraphWith(parts.document, text);
      expect(body).toContain('w:line="560" w:lineRule="exact"');
      expect(body).toContain('<w:ind w:firstLine="640"/>');
      expect(body).toContain('w:eastAsia="仿宋_GB2312"');
      expect(body).toContain('<w:sz w:val="32"/>');
    }
    const heading = paragraphWith(parts.document, '二、存在问题');
    expect(heading).toContain('w:eastAsia="黑体"');
    expect(heading).toContain('w:line="560" w:lineRule="exact"');
  });

  it('writes the project table and the 挂牌督办 table with bordered, repeated header rows', () => {
    const tables = [...parts.document.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map(([t]) => t);
    expect(tables).toHaveLength(2);
    const [projects, lagging] = tables as [string, string];
    const rows = [...projects.matchAll(/<w:tr>.*?<\/w:tr>/g)].map(([r]) => paragraphs(r).map((p) => p.text));
    expect(rows).toHaveLength(1 + TABLE.rows.length);
    expect(rows[0]).toEqual(['序号', '项目名称', '主办单位', '本月进展', '状态']);
    expect(rows[3]).toEqual(['3', '社区养老服务中心建设', '区民政局', '完成选址，正在办理用地手续', '进度滞后']);
    expect(projects).toContain('<w:tblHeader/>');
    expect(projects).toMatch(/<w:tblBorders><w:top w:val="single"/);
    expect(paragraphWith(projects, '本月进展')).toContain('<w:b/>');
    expect(paragraphWith(parts.document, '2024年10月份重点民生实事项目推进情况表')).toContain('w:eastAsia="黑体"');
    expect(lagging).toContain('市自然资源和规划局经开区分局');
    expect(lagging).toContain('幼儿园扩容工程');
  });

  it('signs with the issuer and the date in Arabic numerals, right-aligned', () => {
    const lines = paragraphs(parts.document);
    const last = lines.slice(-2);
    expect(last.map((p) => p.text)).toEqual([BULLETIN_SAMPLE.issuer, '2024年11月5日']);
    expect(last[0]?.xml).toContain('<w:jc w:val="right"/>');
    expect(last[0]?.xml).toContain('w:right="640"');
  });

  it('puts "— PAGE —" in 4号宋体 in odd (right) and even (left) footers', () => {
    expect(parts.settings).toContain('<w:evenAndOddHeaders/>');
    expect(parts.document).toMatch(/<w:footerReference w:type="default"/);
    expect(parts.document).toMatch(/<w:footerReference w:type="even"/);
    expect(parts.footers).toHaveLength(2);
    for (const footer of parts.footers) {
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(paragraphs(footer)[0]?.text).toBe('—  —');
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    expect(parts.footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)?.[1]).sort()).toEqual(['left', 'right']);
  });

  it('reads back as text containing the title, every project and every lagging project', async () => {
    const { value } = await mammoth.extractRawText({ buffer: parts.buffer });
    expect(value).toContain(BULLETIN_SAMPLE.title);
    for (const row of TABLE.rows) expect(value).toContain(row[1]);
    for (const item of LAGGING) expect(value).toContain(item.name);
  });

  it('handles a bulletin without table, lagging list or 主送', async () => {
    const bare = await openDocx({ ...BULLETIN_SAMPLE, recipients: undefined, table: null, lagging: [] });
    expect(bare.document).not.toContain('<w:tbl>');
    expect(bare.document).not.toContain('各街道');
    expect(bare.document).toContain(BULLETIN_SAMPLE.title);
  });
});

describe('bulletin docx helpers', () => {
  it('formats the 成文日期 without leading zeros and refuses other formats', () => {
    expect(formatChineseDate('2024-11-05')).toBe('2024年11月5日');
    expect(formatChineseDate('2024-10-31')).toBe('2024年10月31日');
    expect(() => formatChineseDate('2024/11/05')).toThrow('成文日期格式应为 YYYY-MM-DD');
  });

  it('counts ASCII as half a character', () => {
    expect(displayWidth('2024年11月5日')).toBe(6.5);
    expect(mmToTwips(28)).toBe(1587);
  });
});
