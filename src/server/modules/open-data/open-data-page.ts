import { OPEN_DATA_PREFIX } from '../../../contract/open-data.contract';
import type { OpenPlansResponse } from '../../../contract/open-data.contract';
import { html } from '../portal/portal-html';
import type { SafeHtml } from '../portal/portal-html';
import { PROJECTS_CSV_HEADER, TARGETS_CSV_HEADER } from './open-data.csv';

/** The documentation of the open data API (/public/open-data): endpoints, fields, limits, licence and examples. */

interface FieldDoc {
  name: string;
  text: string;
}

const PROJECT_FIELDS: FieldDoc[] = [
  { name: 'id', text: '项目编号（项目公开页 /public/projects/编号）' },
  { name: 'seq', text: '清单中的序号' },
  { name: 'name', text: '项目名称' },
  { name: 'category', text: '类别，未分类为 null' },
  { name: 'leadUnits / coUnits', text: '主办单位 / 协办单位（数组）' },
  { name: 'deadline', text: '完成时限 YYYY-MM-DD' },
  { name: 'progress', text: '完成进度，0–1 的小数，与专项工作台账同口径（按审核通过的周报计算）' },
  { name: 'expected', text: '序时进度：按计划进度到截至日期应完成的比例，0–1' },
  { name: 'status / statusText', text: 'completed 已完成 · on_track 序时推进 · behind 滞后 · seriously_behind 严重滞后' },
  { name: 'lastUpdate', text: '最近更新日期：最近一次审核通过的周报的报送日期，没有为 null' },
  { name: 'url', text: '项目公开页面地址' },
];

const TARGET_FIELDS: FieldDoc[] = [
  { name: 'projectId / projectSeq / projectName', text: '所属项目' },
  { name: 'label', text: '指标名称' },
  { name: 'baselineValue', text: '原承诺值：清单基线锁定时的目标值' },
  { name: 'targetValue', text: '现目标值：经督查室批准变更后的目标值；未变更时与原承诺值相同' },
  { name: 'actualValue', text: '当前完成值：最近一次审核通过的累计完成值，未报送为 null' },
  { name: 'unit', text: '单位' },
  { name: 'progress', text: '完成进度 = 完成值 ÷ 目标值（可超过 1）' },
];

const fieldTable = (fields: FieldDoc[]) => html`<table>
<thead><tr><th scope="col">字段</th><th scope="col">含义</th></tr></thead>
<tbody>${fields.map((f) => html`<tr><td><code>${f.name}</code></td><td>${f.text}</td></tr>`)}</tbody>
</table>`;

/** "每分钟最多 60 次" for the default window, else the window in seconds. */
const rateText = (rate: { limit: number; windowSeconds: number }) =>
  rate.windowSeconds === 60 ? `每分钟最多 ${rate.limit} 次` : `每 ${rate.windowSeconds} 秒最多 ${rate.limit} 次`;

export function openDataPageBody(origin: string, plans: OpenPlansResponse['plans'], rate: { limit: number; windowSeconds: number }): SafeHtml {
  const base = `${origin}${OPEN_DATA_PREFIX}`;
  const example = plans[0]?.id ?? 1;
  const exampleYear = plans[0]?.year ?? new Date().getFullYear();
  const endpoints: { path: string; text: string }[] = [
    { path: '/plans', text: '已公开发布的清单及各文件的下载地址（JSON）' },
    { path: '/plans/{清单编号}/projects.json', text: '清单的全部项目：类别、主办协办单位、完成时限、完成进度、序时进度、状态、最近更新日期' },
    { path: '/plans/{清单编号}/projects.csv', text: '同上，CSV 表格' },
    { path: '/plans/{清单编号}/targets.json', text: '各项目的目标指标：原承诺值、现目标值、当前完成值、单位、完成进度' },
    { path: '/plans/{清单编号}/targets.csv', text: '同上，CSV 表格' },
  ];
  return html`<h1>公开数据</h1>
<p>本平台已公开发布的民生实事清单、项目进度和目标指标，以 JSON 和 CSV 格式开放，任何人无需登录即可读取、下载和再利用。数据与项目公开页面、专项工作台账同源同口径。</p>

<h2>已公开的清单</h2>
${
  plans.length === 0
    ? html`<p>目前还没有公开发布的清单。</p>`
    : html`<ul>${plans.map(
        (p) => html`<li><a href="${p.links.page}">${p.year}年 ${p.title}</a>（清单编号 ${p.id}）：
项目 <a href="${p.links.projectsCsv}">CSV</a> / <a href="${p.links.projectsJson}">JSON</a>，
目标指标 <a href="${p.links.targetsCsv}">CSV</a> / <a href="${p.links.targetsJson}">JSON</a></li>`,
      )}</ul>`
}

<h2>接口</h2>
<p>地址前缀 <code>${base}</code>，只接受 GET 请求。</p>
<table>
<thead><tr><th scope="col">地址</th><th scope="col">内容</th></tr></thead>
<tbody>${endpoints.map((e) => html`<tr><td><code>${e.path}</code></td><td>${e.text}</td></tr>`)}</tbody>
</table>
<p>参数 <code>asOf=YYYY-MM-DD</code>（可选）：取该日的数据；默认为清单当前的截至日期（年度进行中为今天，已结束的年度为年末或台账截止日），超出清单年度的日期按年度首末日处理。</p>

<h2>项目字段</h2>
${fieldTable(PROJECT_FIELDS)}
<p>CSV 表头：${PROJECTS_CSV_HEADER.join('，')}。CSV 中的进度为百分数（如 45.5 表示 45.5%）。</p>

<h2>目标指标字段</h2>
${fieldTable(TARGET_FIELDS)}
<p>CSV 表头：${TARGETS_CSV_HEADER.join('，')}。</p>

<h2>格式与编码</h2>
<ul>
<li>JSON：UTF-8。出错时返回 <code>{"error":{"code":"…","message":"中文说明"}}</code>，清单不存在或未公开发布时为 HTTP 404。</li>
<li>CSV：UTF-8（带 BOM）、CRLF 换行、按 RFC 4180 加引号，可直接用 Excel、WPS 打开；用 LibreOffice 打开时，若导入对话框未自动识别，请将“字符集”选为“Unicode (UTF-8)”。</li>
<li>跨域：所有接口返回 <code>Access-Control-Allow-Origin: *</code>，网页可直接调用。</li>
</ul>

<h2>访问频率</h2>
<p>每个 IP 地址${rateText(rate)}请求。超出时返回 HTTP 429 和中文说明，响应头 <code>Retry-After</code> 给出需要等待的秒数。数据每分钟最多更新一次，请缓存结果，不要频繁轮询。</p>

<h2>示例</h2>
<pre><code>curl ${base}/plans
curl -o projects.csv ${base}/plans/${example}/projects.csv
curl "${base}/plans/${example}/targets.json?asOf=${exampleYear}-06-30"</code></pre>
<pre><code>fetch('${base}/plans/${example}/projects.json')
  .then((r) =&gt; r.json())
  .then((data) =&gt; console.log(data.asOf, data.projects.length));</code></pre>

<h2>使用说明</h2>
<p>本数据属主动公开的政府信息，可免费获取、复制、传播和加工利用（包括商业用途）。使用时请注明“来源：民生实事督办平台”及数据截至日期，不得歪曲数据原意；进度以各项目公开页面的最新数据为准。</p>`;
}
