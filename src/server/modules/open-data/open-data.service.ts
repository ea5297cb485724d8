import { OPEN_DATA_PREFIX } from '../../../contract/open-data.contract';
import type { OpenPlansResponse, OpenProjectsResponse, OpenTarget, OpenTargetsResponse } from '../../../contract/open-data.contract';
import type { PublicPlanSummary } from '../../../contract/portal.contract';
import type { TargetBaseline } from '../../../contract/targets.contract';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { buildLedger } from '../ledger/ledger.service';
import { findPublishedPlan, getPublicPlan, listPublishedPlans } from '../portal/portal.service';
import { listPlanTargetBaselines } from './open-data.repo';

/**
 * Open data (公开数据) of published plans: the portal's read model (progress, 序时进度 and status as the master
 * ledger shows them) in the shape of the open API; a plan that is not published is not found.
 */

// The ledger reads every project whoever asks; open data keeps only what the public pages show.
const OPEN_DATA_READER: Actor = { id: 0, username: 'open-data', displayName: '公开数据', role: 'leader', unitId: null, ip: null };

const heading = (p: PublicPlanSummary) => ({ id: p.id, title: p.title, year: p.year, docNumber: p.docNumber, issuer: p.issuer });

export async function openPlans(ctx: AppContext, origin: string): Promise<OpenPlansResponse> {
  const plans = await listPublishedPlans(ctx);
  return {
    plans: plans.map((p) => {
      const base = `${origin}${OPEN_DATA_PREFIX}/plans/${p.id}`;
      return {
        ...heading(p),
        projectCount: p.projectCount,
        publishedAt: p.publishedAt,
        links: {
          page: `${origin}/public/plans/${p.id}`,
          projectsJson: `${base}/projects.json`,
          projectsCsv: `${base}/projects.csv`,
          targetsJson: `${base}/targets.json`,
          targetsCsv: `${base}/targets.csv`,
        },
      };
    }),
  };
}

export async function openProjects(ctx: AppContext, planId: number, origin: string, asOf?: string): Promise<OpenProjectsResponse> {
  const data = await getPublicPlan(ctx, planId, asOf);
  return {
    plan: heading(data.plan),
    asOf: data.asOf,
    projects: data.projects.map((p) => ({
      id: p.id,
      seq: p.seq,
      name: p.name,
      category: p.category,
      leadUnits: p.leadUnits,
      coUnits: p.coUnits,
      deadline: p.deadline,
      progress: p.progress,
      expected: p.expected,
      status: p.status,
      statusText: p.statusLabel,
      lastUpdate: p.lastUpdateOn,
      url: `${origin}/public/projects/${p.id}`,
    })),
  };
}

/**
 * Every tracked target of the plan's projects as the public project page lists them (top-level, not 标准-type):
 * the original promise (baseline), the value in force, the ledger's latest accepted actual and progress.
 */
export async function openTargets(ctx: AppContext, planId: number, _origin: string, asOf?: string): Promise<OpenTargetsResponse> {
  const plan = await findPublishedPlan(ctx, planId);
  if (!plan) throw notFound('公开的清单');
  const [ledger, rows] = await Promise.all([buildLedger(ctx, OPEN_DATA_READER, planId, { asOf }), listPlanTargetBaselines(ctx.db, planId)]);
  const rowsOf = new Map<number, typeof rows>();
  for (const row of rows) rowsOf.set(row.project_id, [...(rowsOf.get(row.project_id) ?? []), row]);
  const targets: OpenTarget[] = [];
  for (const item of ledger.items) {
    const own = rowsOf.get(item.projectId) ?? [];
    item.targets.forEach((line, i) => {
      // the ledger lists a project's targets in the same order (target number); the label guards the pairing
      const row = own[i]?.label === line.label ? own[i] : own.find((r) => r.label === line.label);
      if (!row || row.kind === 'standard' || row.parent_id !== null) return;
      const baseline = row.baseline_json ? (JSON.parse(row.baseline_json) as TargetBaseline) : null;
      targets.push({
        projectId: item.projectId,
        projectSeq: item.seq,
        projectName: item.name,
        label: line.label,
        baselineValue: baseline?.value ?? null,
        targetValue: line.target,
        actualValue: line.actual,
        unit: line.unit,
        progress: line.progress === null ? null : Math.round(line.progress * 10_000) / 10_000,
      });
    });
  }
  return { plan: heading(plan), asOf: ledger.asOf, targets };
}
