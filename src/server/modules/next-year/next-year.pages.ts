import type { PublicSolicitation } from '../../../contract/solicitations.contract';
import type { PublicVoteResult } from '../../../contract/votes.contract';
import type { SafeHtml } from '../portal/portal-html';
import { html } from '../portal/portal-html';

/** The public pages of next year's list (issue 12): 意见征集 with the proposal form, and a published 票决 result. */

const paragraphs = (text: string) => text.split('\n').map((line) => html`${line}<br>`);

function proposalCard(p: PublicSolicitation['proposals'][number]): SafeHtml {
  return html`<li class="card"><h3>${p.title}</h3>
<p><strong>背景：</strong>${paragraphs(p.background)}</p>
<p><strong>建议：</strong>${paragraphs(p.content)}</p>
<p class="meta">${p.suggestedUnit ? `建议牵头单位：${p.suggestedUnit} · ` : ''}${p.name ?? '匿名'}${p.phone ? `（${p.phone}）` : ''} · ${p.createdAt.slice(0, 10)}</p></li>`;
}

function solicitationSection(s: PublicSolicitation): SafeHtml {
  return html`<section class="card" aria-labelledby="s${s.id}">
<h2 id="s${s.id}" style="margin-top:0">${s.title}</h2>
<p class="meta">${s.year}年民生实事项目 · 征集时间 ${s.startsOn} 至 ${s.endsOn} · ${s.isOpen ? '征集中' : '已结束'}</p>
${s.description ? html`<p>${paragraphs(s.description)}</p>` : ''}
${
  s.isOpen
    ? html`<div data-ms-widget="proposal" data-solicitation-id="${s.id}" data-title="${s.title}"><noscript><p class="note">提交建议需要启用浏览器脚本。</p></noscript></div>`
    : ''
}
<h3>已公开的群众建议（${s.proposals.length}）</h3>
${s.proposals.length === 0 ? html`<p class="note">暂无公开的建议。建议经督查室审核后公开，姓名和电话部分隐藏。</p>` : html`<ul class="projects">${s.proposals.map(proposalCard)}</ul>`}
</section>`;
}

/** /public/proposals: the calls that have started (the open ones take proposals), approved proposals, published 票决 results. */
export function proposalsPageBody(solicitations: PublicSolicitation[], votes: { id: number; year: number; title: string }[]): SafeHtml {
  return html`<h1>民生实事项目意见征集</h1>
<p class="meta">下一年度的民生实事由群众提议、人大代表票决产生。欢迎提出您最关心的民生实事建议。</p>
${solicitations.length === 0 ? html`<div class="card"><p>目前没有进行中的项目征集。</p></div>` : solicitations.map(solicitationSection)}
${
  votes.length > 0
    ? html`<h2>人大代表票决结果</h2><ul class="projects">${votes.map((v) => html`<li class="card"><a href="/public/votes/${v.id}">${v.title}</a> <span class="meta">${v.year}年</span></li>`)}</ul>`
    : ''
}`;
}

/** /public/votes/:id: every candidate with its votes and rank, the 当选 marked. */
export function voteResultPageBody(r: PublicVoteResult): SafeHtml {
  const elected = r.rows.filter((row) => row.elected).length;
  return html`<h1>${r.title}</h1>
<p class="meta">${r.year}年民生实事项目 · 候选 ${r.candidateCount} 个，应选 ${r.chooseCount} 个 · 收回有效选票 ${r.ballotCount} 张 · 公布于 ${r.publishedAt.slice(0, 10)}</p>
<div class="summary" aria-label="票决概况"><div><strong>${r.candidateCount}</strong>候选项目</div><div><strong>${elected}</strong>当选项目</div><div><strong>${r.ballotCount}</strong>有效选票</div></div>
${r.tieBreakNote ? html`<p class="card">当选线上得票相同的项目按以下方式确定：${r.tieBreakNote}</p>` : ''}
<div class="card"><table>
<caption class="note" style="text-align:left">按得票从多到少排列；得票相同名次相同。</caption>
<thead><tr><th scope="col">名次</th><th scope="col">项目</th><th scope="col">建议牵头单位</th><th scope="col">得票</th><th scope="col">结果</th></tr></thead>
<tbody>${r.rows.map(
    (row) =>
      html`<tr><td>${row.rank}</td><td>${row.name}</td><td>${row.leadUnit ?? ''}</td><td>${row.votes}</td><td>${row.elected ? html`<strong class="ok">当选</strong>` : '未当选'}</td></tr>`,
  )}</tbody></table></div>`;
}
