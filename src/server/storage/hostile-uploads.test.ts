import JSZip from 'jszip';
import sharp from 'sharp';
import { beforeAll, expect, it } from 'vitest';
import { adminSession, buildPlan, buildUnitUser } from '../test-support/factories';
import { buildWeek } from '../test-support/reporting.factories';
import { describeEachDialect, multipartFile } from '../test-support/test-app';

/** An Office-looking package whose one part inflates ~1000:1 (150 MB of zeros in ~150 KB): a zip bomb. */
async function zipBomb(part: 'word/document.xml' | 'xl/workbook.xml'): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
  zip.file(part, Buffer.alloc(150 * 1024 * 1024, 0x20));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

let wordBomb: Buffer;
let excelBomb: Buffer;
beforeAll(async () => {
  [wordBomb, excelBomb] = await Promise.all([zipBomb('word/document.xml'), zipBomb('xl/workbook.xml')]);
}, 120_000);

describeEachDialect('hostile uploads are refused with a clear message, nothing stored', (t) => {
  async function draftWeek() {
    const plan = await buildPlan(t(), { year: 2024, lockBaseline: true });
    const p = plan.projects[0]!;
    const office = await adminSession(t());
    const unit = await buildUnitUser(t(), p.leadUnitId);
    const week = await buildWeek(t(), unit, office, p.id, '2024-W20', { actual: 10, status: 'draft' });
    const upload = (name: string, data: Buffer) => {
      const { payload, headers } = multipartFile(name, data);
      return t().as(unit, 'POST', `/api/v1/weekly/${week.updateId}/attachments`, payload, headers);
    };
    return { plan, office, unit, upload, week };
  }

  it('refuses an SVG with script, polyglots, a zip bomb and a decompression-bomb image as weekly attachments', async () => {
    const { upload, week } = await draftWeek();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');
    const gifHtml = Buffer.concat([Buffer.from('GIF89a'), Buffer.from('<html><script>alert(1)</script></html>')]);
    const jpegHtml = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('<script>alert(1)</script>')]);
    const zipHtml = await new JSZip().file('index.html', '<script>alert(1)</script>').generateAsync({ type: 'nodebuffer' });
    const cases: [string, Buffer, number, string][] = [
      ['现场.svg', svg, 415, '内容不是支持的格式'],
      ['现场.jpg', svg, 415, '内容不是支持的格式'],
      ['现场.gif', gifHtml, 415, '已损坏或无法识别'],
      ['现场.jpg', jpegHtml, 415, '已损坏或无法识别'],
      ['资料.docx', zipHtml, 415, '内容不是支持的格式'],
      ['资料.docx', wordBomb, 415, '不是正常的 Word/Excel 文件'],
    ];
    const huge = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#ffffff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    cases.push(['全景.png', huge, 413, '像素过大（约 100 百万像素）']);
    for (const [name, data, status, message] of cases) {
      const res = await upload(name, data);
      expect(res.statusCode, name).toBe(status);
      expect(res.json().error.message, name).toContain(message);
    }
    const stored = await t().ctx.db.selectFrom('attachment').select('id').where('update_id', '=', week.updateId).execute();
    expect(stored).toHaveLength(0);
  });

  it('refuses a zip bomb as a notice to import and as an Excel weekly form, naming the file', async () => {
    const { plan, office, unit } = await draftWeek();
    const notice = multipartFile('2025年民生实事.docx', wordBomb);
    const preview = await t().as(office, 'POST', '/api/v1/imports/notice/preview', notice.payload, notice.headers);
    expect(preview.statusCode).toBe(422);
    expect(preview.json().error.message).toContain('“2025年民生实事.docx”无法读取：压缩比异常');
    const form = multipartFile('周报.xlsx', excelBomb);
    const imported = await t().as(unit, 'POST', `/api/v1/plans/${plan.planId}/weekly-import`, form.payload, form.headers);
    expect(imported.statusCode).toBe(422);
    expect(JSON.stringify(imported.json())).toContain('不是正常的 Excel 文件');
  });
});
