import sharp from 'sharp';
import type { PublicPlan, PublicPlanSummary, PublicProject, PublicProjectDetail } from '../../../contract/portal.contract';
import { shanghaiDate } from '../../../domain/calendar';
import { STATUS_LABELS } from '../../../domain/status/status-labels';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { buildLedger } from '../ledger/ledger.service';
import { completedMilestones } from '../ledger/ledger.repo';
import { listMilestoneRows, listTargetRows } from '../targets/targets.repo';
import { toTargetView } from '../targets/target-view';
import type { PublishedPlanRow } from './portal.repo';
import {
  findPublicPhoto,
  findPublicProjectRow,
  findPublishedPlanRow,
  listAcceptedUpdateDays,
  listApprovedChanges,
  listProjectFacts,
  listPublicPhotos,
  listPublicUpdates,
  listPublishedPlanRows,
} from './portal.repo';
import { describeChange } from './public-change';

/**
 * The master ledger reads every project whoever asks; the public read model below keeps only what is public
 * (progress, status, the promise and its approved changes, published updates), never texts of unpublished updates.
 */
const PUBLIC_READER: Actor = { id: 0, username: 'public', displayName: '公众', role: 'leader', unitId: null, ip: null };

const summaryOf = (p: PublishedPlanRow): PublicPlanSummary => ({
  id: p.id,
  title: p.title,
  year: p.year,
  docNumber: p.doc_number,
  issuer: p.issuer,
  projectCount: Number(p.project_count ?? 0),
  publishedAt: p.published_at ?? '',
});

/** The plans the 督查室 published, newest first. */
export async function listPublishedPlans(ctx: AppContext): Promise<PublicPlanSummary[]> {
  return (await listPublishedPlanRows(ctx.db)).map(summaryOf);
}

/** A published plan; null when there is none or it is not published. */
export async function findPublishedPlan(ctx: AppContext, planId: number): Promise<PublicPlanSummary | null> {
  const row = await findPublishedPlanRow(ctx.db, planId);
  return row ? summaryOf(row) : null;
}

/** A published plan with every project as the master ledger shows it at `asOf` (default: the plan's as-of date). */
export async function getPublicPlan(ctx: AppContext, planId: number, asOf?: string, now = new Date()): Promise<PublicPlan> {
  const { ledger: _ledger, ...plan } = await loadPublicPlan(ctx, planId, asOf, now);
  return plan;
}

async function loadPublicPlan(ctx: AppContext, planId: number, asOf: string | undefined, now: Date) {
  const row = await findPublishedPlanRow(ctx.db, planId);
  if (!row) throw notFound('公开的清单');
  const ledger = await buildLedger(ctx, PUBLIC_READER, planId, { asOf }, now);
  const facts = new Map((await listProjectFacts(ctx.db, planId)).map((f) => [f.id, f]));
  const days = await listAcceptedUpdateDays(ctx.db, planId);
  const projects = ledger.items.map((item): PublicProject => {
    const week = item.latest?.week ?? null;
    const submitted = week ? days.find((d) => d.project_id === item.projectId && d.week === week)?.submitted_at : null;
    return {
      id: item.projectId,
      seq: item.seq,
      name: item.name,
      category: facts.get(item.projectId)?.category ?? null,
      leadUnits: item.leadUnits,
      coUnits: item.coUnits,
      deadline: facts.get(item.projectId)?.deadline ?? null,
      progress: item.progress,
      expected: item.expected,
      status: item.status,
      statusLabel: STATUS_LABELS[item.status],
      lastUpdateWeek: week,
      lastUpdateOn: submitted ? shanghaiDate(submitted) : null,
    };
  });
  return { plan: summaryOf(row), asOf: ledger.asOf, projects, ledger };
}

/** One project of a published plan: the ledger line, the promise with its approved changes, milestones and published updates. */
export async function getPublicProject(ctx: AppContext, projectId: number, now = new Date()): Promise<PublicProjectDetail> {
  const row = await findPublicProjectRow(ctx.db, projectId);
  if (!row) throw notFound('公开的项目');
  const { plan, asOf, projects, ledger } = await loadPublicPlan(ctx, row.plan_id, undefined, now);
  const project = projects.find((p) => p.id === projectId);
  if (!project) throw notFound('公开的项目');
  const line = ledger.items.find((i) => i.projectId === projectId);
  const [targets, milestones, done, changes, updates] = await Promise.all([
    listTargetRows(ctx.db, projectId),
    listMilestoneRows(ctx.db, projectId),
    completedMilestones(ctx.db, row.plan_id, asOf),
    listApprovedChanges(ctx.db, projectId),
    listPublicUpdates(ctx.db, projectId),
  ]);
  const photos = await listPublicPhotos(
    ctx.db,
    updates.map((u) => u.id),
  );
  return {
    plan,
    asOf,
    project: { ...project, content: row.content },
    targets: targets
      .filter((t) => t.kind !== 'standard' && t.parent_id === null)
      .map((t) => {
        const view = toTargetView(t);
        const actual = line?.targets.find((lt) => lt.label === view.label)?.actual ?? null;
        return { label: view.label, unit: view.unit, promised: view.baseline?.value ?? null, current: view.value, actual };
      }),
    changes: changes.map(describeChange),
    milestones: milestones.map((m) => ({ title: m.title, dueDate: m.due_date, isDone: done.has(m.id) })),
    updates: updates.map((u) => ({
      week: u.week,
      publishedOn: shanghaiDate(u.public_at ?? now.toISOString()),
      progressText: u.progress_text,
      photos: photos.filter((p) => p.update_id === u.id).map((p) => ({ id: p.id, url: `/public/photos/${p.id}`, thumbUrl: `/public/photos/${p.id}?thumb=1` })),
    })),
  };
}

/**
 * A published photo's bytes for the public: the thumbnail, or the photo re-encoded (at most 1600 px, JPEG) so no
 * EXIF data — a phone's location, its owner — leaves with it. Anything not public is simply not found.
 */
export async function readPublicPhoto(ctx: AppContext, id: number, variant: 'full' | 'thumb'): Promise<Buffer> {
  const photo = await findPublicPhoto(ctx.db, id);
  if (!photo) throw notFound('照片');
  if (variant === 'thumb' && photo.thumb_key) return ctx.storage.get(photo.thumb_key);
  const original = await ctx.storage.get(photo.storage_key);
  return sharp(original).rotate().resize({ width: 1600, height: 1600, fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 82 }).toBuffer();
}
