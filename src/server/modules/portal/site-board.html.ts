import { html, raw } from './portal-html';

/** What the printed 民生实事公示牌 of one project shows. */
export interface SiteBoardData {
  year: number;
  planTitle: string;
  issuer: string | null;
  projectName: string;
  /** the promise as the notice wrote it (项目内容及工作目标) */
  promise: string;
  /** approved changes, so the board never shows a promise that has since been changed without saying so */
  changes: { what: string; before: string; after: string; reason: string; decidedOn: string | null }[];
  leadUnits: string[];
  coUnits: string[];
  /** YYYY-MM-DD */
  deadline: string;
  /** the address the QR code holds */
  pageUrl: string;
  /** trusted markup from qrcode (minsheng-code.ts qrSvgInline) */
  qrSvg: string;
}

const formatDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

// One A4 sheet: on screen a preview with a hint, in print only the board. Sizes in mm so the print is true to scale.
const STYLE = `
@page { size: A4 portrait; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; background: #e8e8e8; color: #1f1f1f;
  font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
.hint { max-width: 210mm; margin: 16px auto 8px; font-size: 14px; color: #595959; }
.board { width: 210mm; height: 297mm; margin: 0 auto 24px; background: #fff; padding: 14mm 16mm; display: flex; flex-direction: column;
  border-top: 12mm solid #c8102e; }
.board h1 { margin: 0; text-align: center; font-size: 30pt; letter-spacing: 0.3em; color: #c8102e;
  font-family: "STSong", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", serif; }
.plan { text-align: center; margin: 3mm 0 8mm; font-size: 12pt; color: #595959; }
.name { margin: 0 0 6mm; font-size: 22pt; line-height: 1.35; text-align: center; }
dl { margin: 0; display: grid; grid-template-columns: 26mm 1fr; border-top: 0.4mm solid #bfbfbf; font-size: 13pt; line-height: 1.6; }
dt, dd { margin: 0; padding: 2.5mm 0; border-bottom: 0.4mm solid #bfbfbf; }
dt { font-weight: 700; color: #434343; }
dd.promise { white-space: pre-line; }
.scan { margin-top: auto; display: flex; gap: 10mm; align-items: center; border: 0.6mm solid #c8102e; border-radius: 3mm; padding: 6mm; }
.scan .ms-qr { width: 62mm; height: 62mm; flex: none; }
.actions { list-style: none; margin: 0; padding: 0; font-size: 15pt; line-height: 1.5; }
.actions li { margin-bottom: 3mm; }
.actions strong { display: inline-block; min-width: 24mm; color: #c8102e; font-size: 18pt; }
.scan p { margin: 4mm 0 0; font-size: 9pt; color: #595959; word-break: break-all; }
.foot { margin-top: 6mm; text-align: center; font-size: 10pt; color: #595959; }
@media print {
  html, body { background: #fff; }
  .hint { display: none; }
  .board { margin: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;

/** The printable A4 site board (民生实事公示牌): the project, its promise, who delivers it by when, and the 民生码. */
export function renderSiteBoard(d: SiteBoardData): string {
  const doc = html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>民生实事公示牌 · ${d.projectName}</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<p class="hint">这是 A4 纸的民生实事公示牌。打印时请选择 A4 纵向、边距“无”、勾选“背景图形”（Ctrl+P / ⌘+P）。</p>
<main class="board">
  <h1>民生实事公示牌</h1>
  <p class="plan">${d.planTitle.includes(String(d.year)) ? d.planTitle : `${d.year}年 · ${d.planTitle}`}</p>
  <h2 class="name">${d.projectName}</h2>
  <dl>
    <dt>承诺内容</dt><dd class="promise">${d.promise}</dd>
    ${d.changes.map(
      (c) =>
        html`<dt>经批准变更</dt><dd>${c.what}：原承诺 ${c.before}，变更为 ${c.after}（${c.reason.replace(/[。；;.]+$/, '')}${c.decidedOn ? `，${formatDay(c.decidedOn)}批准` : ''}）</dd>`,
    )}
    <dt>主办单位</dt><dd>${d.leadUnits.join('、')}</dd>
    <dt>协办单位</dt><dd>${d.coUnits.length > 0 ? d.coUnits.join('、') : '无'}</dd>
    <dt>完成时限</dt><dd>${formatDay(d.deadline)}</dd>
  </dl>
  <section class="scan" aria-label="民生码">
    ${raw(d.qrSvg)}
    <div>
      <ul class="actions">
        <li><strong>查进度</strong>看项目进展和现场照片</li>
        <li><strong>评满意</strong>对项目推进打分</li>
        <li><strong>提建议</strong>说出您的意见</li>
      </ul>
      <p>微信或手机相机扫一扫；也可访问 ${d.pageUrl}</p>
    </div>
  </section>
  <p class="foot">${d.issuer ? `${d.issuer} · ` : ''}群众满意是第一标准，欢迎监督</p>
</main>
</body>
</html>`;
  return String(doc);
}
