import type { PublicPlan, PublicPlanSummary, PublicProject, PublicProjectDetail } from '../../../contract/portal.contract';
import { formatDayChinese } from '../../../domain/calendar';
import type { SafeHtml } from './portal-html';
import { html } from './portal-html';

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
const weekLabel = (week: string) => `${week.slice(0, 4)}年第${Number(week.slice(6))}周`;

/** The progress bar: the filled share is the progress, the black mark is 序时进度; both are also said in words. */
function progressBar(p: Pick<PublicProject, 'progress' | 'expected' | 'status'>): SafeHtml {
  const value = Math.round(Math.min(1, p.progress) * 100);
  return html`<div class="bar" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${value}" aria-label="完成进度 ${percent(p.progress)}，序时进度 ${percent(p.expected)}"><i class="b-${p.status}" style="width:${value}%"></i><b style="left:${Math.round(Math.min(1, p.expected) * 100)}%"></b></div>`;
}

const statusBadge = (p: Pick<PublicProject, 'status' | 'statusLabel'>) => html`<span class="status s-${p.status}">${p.statusLabel}</span>`;

/** /public: the plans the 督查室 published. */
export function plansPageBody(plans: PublicPlanSummary[]): SafeHtml {
  return html`<h1>重点民生实事 · 向群众公开</h1>
<p class="meta">每一项民生实事的承诺、进度、变更和群众评价都在这里公开。</p>
${
  plans.length === 0
    ? html`<div class="card"><p>暂无公开的民生实事清单。</p></div>`
    : html`<ul class="projects">${plans.map(
        (p) => html`<li class="card"><h2 style="margin:0"><a href="/public/plans/${p.id}">${p.title}</a></h2>
<p class="meta">${p.year}年 · ${p.docNumber ?? ''} ${p.issuer ?? ''} · 共 ${p.projectCount} 项</p></li>`,
      )}</ul>`
}`;
}

function statusSummary(projects: PublicProject[]): SafeHtml {
  const count = (status: PublicProject['status']) => projects.filter((p) => p.status === status).length;
  return html`<div class="summary" aria-label="项目状态统计">
<div><strong>${projects.length}</strong>项目总数</div>
<div><strong>${count('completed')}</strong>已完成</div>
<div><strong>${count('on_track')}</strong>序时推进</div>
<div><strong>${count('behind') + count('seriously_behind')}</strong>滞后</div></div>`;
}

/** /public/plans/:id: every project with its progress against 序时进度, status in words and colour, last update. */
export function planPageBody(data: PublicPlan): SafeHtml {
  const { plan, asOf, projects } = data;
  return html`<h1>${plan.title}</h1>
<p class="meta">${plan.docNumber ?? ''} · 进度截至 ${formatDayChinese(asOf)} · 竖线为序时进度（按计划此时应完成的比例）</p>
${statusSummary(projects)}
<ol class="projects" aria-label="项目列表">${projects.map(
    (p) => html`<li class="card project" data-project-seq="${p.seq}">
<h3><a href="/public/projects/${p.id}">${p.seq}. ${p.name}</a></h3>
<div class="row"><span>牵头单位：${p.leadUnits.join('、') || '—'}</span>${p.category ? html`<span>${p.category}</span>` : ''}</div>
${progressBar(p)}
<div class="row"><span data-testid="progress">完成 ${percent(p.progress)}</span><span>序时 ${percent(p.expected)}</span>${statusBadge(p)}<span>最近更新：${p.lastUpdateOn ? formatDayChinese(p.lastUpdateOn) : '暂无'}</span></div>
</li>`,
  )}</ol>`;
}

/** /public/projects/:id: the promise beside any approved change, milestones, published updates and the widgets. */
export function projectPageBody(d: PublicProjectDetail): SafeHtml {
  const p = d.project;
  return html`<h1>${p.seq}. ${p.name}</h1>
<p class="meta">${d.plan.title} · 进度截至 ${formatDayChinese(d.asOf)}</p>
<section class="card" aria-labelledby="progress-h"><h2 id="progress-h" style="margin-top:0">进展</h2>
${progressBar(p)}
<div class="row"><span>完成 ${percent(p.progress)}</span><span>序时 ${percent(p.expected)}</span>${statusBadge(p)}<span>最近更新：${p.lastUpdateOn ? formatDayChinese(p.lastUpdateOn) : '暂无'}</span></div>
<div class="row"><span>牵头单位：${p.leadUnits.join('、') || '—'}</span>${p.coUnits.length ? html`<span>配合单位：${p.coUnits.join('、')}</span>` : ''}${p.deadline ? html`<span>完成时限：${formatDayChinese(p.deadline)}</span>` : ''}</div>
</section>
<section class="card" aria-labelledby="promise-h"><h2 id="promise-h" style="margin-top:0">承诺内容</h2>
${p.content ? html`<div class="promise">${p.content}</div>` : ''}
${
  d.targets.length
    ? html`<table><caption class="note" style="text-align:left">目标指标</caption><thead><tr><th scope="col">指标</th><th scope="col">原承诺</th><th scope="col">现目标</th><th scope="col">已完成</th></tr></thead><tbody>${d.targets.map(
        (t) =>
          html`<tr><td>${t.label}</td><td>${t.promised === null ? '—' : `${t.promised}${t.unit}`}</td><td>${t.current}${t.unit}${t.promised !== null && t.promised !== t.current ? html` <span class="status s-behind">已变更</span>` : ''}</td><td>${t.actual === null ? '暂无' : `${t.actual}${t.unit}`}</td></tr>`,
      )}</tbody></table>`
    : ''
}
${d.changes.map(
  (c) =>
    html`<div class="change"><strong>经批准的变更（${c.what}）</strong>：原承诺 ${c.before} → 变更为 ${c.after}。<br>变更理由：${c.reason}${c.decidedOn ? html`（${formatDayChinese(c.decidedOn)} 批准）` : ''}</div>`,
)}
</section>
${
  d.milestones.length
    ? html`<section class="card" aria-labelledby="ms-h"><h2 id="ms-h" style="margin-top:0">节点</h2><ul>${d.milestones.map(
        (m) => html`<li>${m.isDone ? '✓ 已完成' : '○ 未完成'} · ${m.title}${m.dueDate ? `（${formatDayChinese(m.dueDate)}前）` : ''}</li>`,
      )}</ul></section>`
    : ''
}
<section class="card" aria-labelledby="updates-h"><h2 id="updates-h" style="margin-top:0">进展动态</h2>
${
  d.updates.length
    ? html`<ol class="projects">${d.updates.map(
        (u) => html`<li style="margin:8px 0"><h3>${weekLabel(u.week)}</h3><p style="margin:0;white-space:pre-line">${u.progressText}</p>
${u.photos.length ? html`<div class="photos">${u.photos.map((ph, i) => html`<a href="${ph.url}"><img src="${ph.thumbUrl}" alt="${weekLabel(u.week)}现场照片 ${i + 1}" loading="lazy"></a>`)}</div>` : ''}</li>`,
      )}</ol>`
    : html`<p class="note">督查室尚未公开本项目的进展动态。</p>`
}
</section>
<section class="card" aria-labelledby="feedback-h"><h2 id="feedback-h" style="margin-top:0">评满意 · 提建议</h2>
<div data-ms-widget="feedback" data-project-id="${p.id}"><p class="note">正在加载留言与评价……</p></div></section>`;
}
