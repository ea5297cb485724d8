import jsQR from 'jsqr';
import sharp from 'sharp';
import { expect, it } from 'vitest';
import { buildPlan } from '../../test-support/factories';
import { describeEachDialect } from '../../test-support/test-app';
import type { TestApp } from '../../test-support/test-app';
import { publishPlan } from '../open-data/open-data.test-support';

/**
 * 民生码 as a citizen meets it: the QR code on the site board is scanned (decoded from the served image) and leads
 * to the project's public page. Only projects of published plans have one.
 */

/** Decode a QR code image (PNG or SVG) the way a phone camera does: pixels in, text out. */
async function scan(image: Buffer): Promise<string | null> {
  const { data, info } = await sharp(image, { density: 300 }).flatten({ background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null;
}

async function publishedProject(t: TestApp, name?: string) {
  const plan = await buildPlan(t, { projects: [{ name, content: '新改建充电桩110座，年底前全部建成投用。' }] });
  await publishPlan(t, plan.planId);
  return plan.projects[0]!;
}

describeEachDialect(
  '民生码 with PUBLIC_URL',
  (t) => {
    it('the PNG scans to the public page of the project, which names the project', async () => {
      const project = await publishedProject(t());
      const png = await t().as(null, 'GET', `/public/projects/${project.id}/qr.png`);
      expect(png.statusCode).toBe(200);
      expect(png.headers['content-type']).toBe('image/png');
      const url = await scan(png.rawPayload);
      expect(url).toBe(`https://minsheng.example.gov.cn/public/projects/${project.id}?from=qr`);
      const page = await t().as(null, 'GET', new URL(url!).pathname + new URL(url!).search);
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain(project.name);
    });

    it('the SVG file scans to the same address', async () => {
      const project = await publishedProject(t());
      const svg = await t().as(null, 'GET', `/public/projects/${project.id}/qr.svg`);
      expect(svg.statusCode).toBe(200);
      expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
      expect(svg.body.startsWith('<svg')).toBe(true);
      expect(await scan(svg.rawPayload)).toBe(`https://minsheng.example.gov.cn/public/projects/${project.id}?from=qr`);
    });

    it('prints an A4 site board with the promise, the units, the deadline, the code and the three actions', async () => {
      const project = await publishedProject(t(), `测试<b>公示牌</b>项目${Date.now() % 1000}`);
      const res = await t().as(null, 'GET', `/public/projects/${project.id}/board`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      const board = res.body;
      expect(board).toContain('<h1>民生实事公示牌</h1>');
      expect(board).toContain('size: A4 portrait');
      // the name is text, never markup
      expect(board).toContain(project.name.replace('<b>', '&lt;b&gt;').replace('</b>', '&lt;/b&gt;'));
      expect(board).not.toContain('<b>公示牌</b>');
      expect(board).toContain('新改建充电桩110座，年底前全部建成投用。');
      expect(board).toContain(project.leadUnitName);
      expect(board).toContain(project.coUnits[0]!.name);
      expect(board).toMatch(/<dt>完成时限<\/dt><dd>2024年\d{1,2}月\d{1,2}日<\/dd>/);
      for (const action of ['查进度', '评满意', '提建议']) expect(board).toContain(`<strong>${action}</strong>`);
      expect(board).toContain(`https://minsheng.example.gov.cn/public/projects/${project.id}?from=qr`);
      // the inline code scans too
      const svg = board.slice(board.indexOf('<svg'), board.indexOf('</svg>') + 6);
      expect(svg).toContain('role="img"');
      expect(await scan(Buffer.from(svg))).toBe(`https://minsheng.example.gov.cn/public/projects/${project.id}?from=qr`);
    });

    it('has no code, board or image for a project of a plan that is not published', async () => {
      const plan = await buildPlan(t());
      const id = plan.projects[0]!.id;
      for (const path of [`/public/projects/${id}/qr.png`, `/public/projects/${id}/qr.svg`]) {
        expect((await t().as(null, 'GET', path)).statusCode, path).toBe(404);
      }
      const board = await t().as(null, 'GET', `/public/projects/${id}/board`);
      expect(board.statusCode).toBe(404);
      expect(board.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(board.body).toContain('该项目不存在或尚未公开。');
      expect(board.body).not.toContain(plan.projects[0]!.name);
      expect((await t().as(null, 'GET', '/public/projects/999999/qr.png')).statusCode).toBe(404);
    });
  },
  { PUBLIC_URL: 'https://minsheng.example.gov.cn/' },
);

describeEachDialect('民生码 without PUBLIC_URL', (t) => {
  it('encodes the address the request came to', async () => {
    const project = await publishedProject(t());
    const png = await t().as(null, 'GET', `/public/projects/${project.id}/qr.png`, undefined, { host: 'ms.district.example:8443' });
    expect(await scan(png.rawPayload)).toBe(`http://ms.district.example:8443/public/projects/${project.id}?from=qr`);
  });
});
