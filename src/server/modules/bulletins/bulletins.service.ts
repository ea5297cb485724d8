import { shanghaiDate } from '../../../domain/calendar';
import type { Bulletin, BulletinList, BulletinPatch } from '../../../contract/bulletins.contract';
import type { Actor } from '../../auth/actor';
import { enqueueNotification } from '../notifications/enqueue';
import { planUnitIds } from '../notifications/notifications.repo';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import type { Updateable } from 'kysely';
import type { BulletinTable } from '../../db/schema';
import { AppError, badRequest, forbidden, notFound, versionConflict } from '../../errors';
import {
  bulletinPermissions,
  canCompileBulletin,
  canEditBulletin,
  canIssueBulletin,
  canReadBulletin,
  isBulletinDraft,
  readsBulletinDrafts,
} from '../../policies/bulletin.policy';
import { buildLedger } from '../ledger/ledger.service';
import { isValidMonth, monthEnd } from '../reports/monthly-draft';
import { buildBulletinDocx } from './docx/bulletin-docx.builder';
import { draftBulletinBody, monthLabel } from './bulletin-body';
import type { BulletinBody } from './bulletin-body';
import type { BulletinRecord } from './bulletins.repo';
import { findBulletin, findBulletinOfMonth, insertBulletin, listBulletinRows, updateDraftBulletin } from './bulletins.repo';

export const BULLETIN_ISSUER = '济宁经济开发区党政办督查室';

function toView(actor: Actor, row: BulletinRecord): Bulletin {
  const body = JSON.parse(row.body_json) as BulletinBody;
  return {
    id: row.id,
    planId: row.plan_id,
    month: row.month,
    status: row.status,
    docNumber: row.doc_number,
    title: row.title,
    recipients: body.recipients,
    paragraphs: body.paragraphs,
    table: body.table,
    lagging: body.lagging,
    issuedAt: row.issued_at,
    issuedBy: row.issued_by,
    createdBy: row.created_by,
    version: row.version,
    permissions: bulletinPermissions(actor, row),
  };
}

/** Drafts are the 督查室's work in progress: others see issued bulletins only. */
async function loadVisible(ctx: AppContext, actor: Actor, id: number): Promise<BulletinRecord> {
  const row = await findBulletin(ctx.db, id);
  if (!row || !canReadBulletin(actor, row)) throw notFound('通报');
  return row;
}

export async function listBulletins(ctx: AppContext, actor: Actor, planId: number): Promise<BulletinList> {
  const rows = await listBulletinRows(ctx.db, planId, !readsBulletinDrafts(actor));
  return { items: rows.map((r) => ({ id: r.id, month: r.month, status: r.status })) };
}

export async function getBulletin(ctx: AppContext, actor: Actor, id: number): Promise<Bulletin> {
  return toView(actor, await loadVisible(ctx, actor, id));
}

/** Compile the month's draft from the ledger as of the month's last day and the month's reports. */
export async function compileBulletin(ctx: AppContext, actor: Actor, planId: number, month: string): Promise<Bulletin> {
  if (!canCompileBulletin(actor)) throw forbidden('只有督查室可以编制通报。');
  if (!isValidMonth(month)) throw badRequest(`月份“${month}”格式不对，应为如 2024-06 的年月。`, { field: 'month' });
  const asOf = monthEnd(month);
  const ledger = await buildLedger(ctx, actor, planId, { asOf });
  const existing = await findBulletinOfMonth(ctx.db, planId, month);
  if (existing) {
    throw new AppError(
      'BULLETIN_EXISTS',
      existing.status === 'issued'
        ? `${monthLabel(month)}的通报已印发，同一月份不能再印发第二份通报。`
        : `${monthLabel(month)}的通报草稿已存在，请在草稿上修改。`,
      { id: existing.id },
    );
  }
  const body = await draftBulletinBody(ctx, planId, month, asOf, ledger);
  const now = nowIso();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const createdId = await insertBulletin(trx, {
      plan_id: planId,
      month,
      status: 'draft',
      doc_number: `督查通报〔${month.slice(0, 4)}〕${Number(month.slice(5, 7))}号`,
      title: `关于${monthLabel(month)}重点民生实事推进情况的通报`,
      body_json: JSON.stringify(body),
      created_by: actor.username,
      created_at: now,
      updated_at: now,
    });
    await writeAudit(trx, actor, { action: 'create', entity: 'bulletin', entityId: createdId, summary: `编制${monthLabel(month)}通报草稿` });
    return createdId;
  });
  return toView(actor, (await findBulletin(ctx.db, id))!);
}

const issuedLocked = () => new AppError('BULLETIN_ISSUED', '该通报已印发，不能再修改。');

export async function editBulletin(ctx: AppContext, actor: Actor, id: number, patch: BulletinPatch): Promise<Bulletin> {
  if (!canEditBulletin(actor)) throw forbidden('只有督查室可以修改通报。');
  const row = await loadVisible(ctx, actor, id);
  if (!isBulletinDraft(row)) throw issuedLocked();
  const body = JSON.parse(row.body_json) as BulletinBody;
  if (patch.title !== undefined && !patch.title.trim()) throw badRequest('通报标题不能为空。', { field: 'title' });
  if (patch.docNumber !== undefined && !patch.docNumber.trim()) throw badRequest('发文字号不能为空。', { field: 'docNumber' });
  if (patch.paragraphs) body.paragraphs = patch.paragraphs.map((p) => (p.heading?.trim() ? { heading: p.heading.trim(), text: p.text } : { text: p.text }));
  if (patch.recipients !== undefined) body.recipients = patch.recipients;
  const changes: Updateable<BulletinTable> = { body_json: JSON.stringify(body) };
  if (patch.title !== undefined) changes.title = patch.title.trim();
  if (patch.docNumber !== undefined) changes.doc_number = patch.docNumber.trim();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateDraftBulletin(trx, id, changes, patch.version))) throw versionConflict('通报');
    await writeAudit(trx, actor, { action: 'update', entity: 'bulletin', entityId: id, summary: `修改${monthLabel(row.month)}通报草稿` });
  });
  return toView(actor, (await findBulletin(ctx.db, id))!);
}

export async function issueBulletin(ctx: AppContext, actor: Actor, id: number, version?: number): Promise<Bulletin> {
  if (!canIssueBulletin(actor)) throw forbidden('只有督查室可以印发通报。');
  const row = await loadVisible(ctx, actor, id);
  if (!isBulletinDraft(row)) throw new AppError('BULLETIN_ISSUED', `${monthLabel(row.month)}的通报已印发，不能重复印发。`);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateDraftBulletin(trx, id, { status: 'issued', issued_at: nowIso(), issued_by: actor.username }, version ?? row.version)))
      throw versionConflict('通报');
    await writeAudit(trx, actor, { action: 'issue', entity: 'bulletin', entityId: id, summary: `印发${monthLabel(row.month)}通报（${row.doc_number}）` });
    await enqueueNotification(trx, {
      kind: 'bulletin_issued',
      entityId: id,
      title: `督查室印发${monthLabel(row.month)}通报（${row.doc_number}）`,
      body: row.title,
      link: `/plans/${row.plan_id}/bulletins`,
      recipients: { unitIds: await planUnitIds(trx, row.plan_id), roles: ['leader'] },
      createdBy: actor.username,
    });
  });
  return toView(actor, (await findBulletin(ctx.db, id))!);
}

/** The GB/T 9704 .docx of a bulletin; a draft is dated today, an issued one with its issue date. */
export async function bulletinDocx(ctx: AppContext, actor: Actor, id: number): Promise<{ data: Buffer; fileName: string }> {
  const row = await loadVisible(ctx, actor, id);
  const body = JSON.parse(row.body_json) as BulletinBody;
  const issuedOn = shanghaiDate(row.issued_at ?? nowIso());
  const data = await buildBulletinDocx({
    issuer: BULLETIN_ISSUER,
    docNumber: row.doc_number,
    title: row.title,
    issueDate: issuedOn,
    recipients: body.recipients,
    paragraphs: body.paragraphs,
    table: body.table,
    lagging: body.lagging,
  });
  return { data, fileName: `${row.title}${row.status === 'draft' ? '（草稿）' : ''}.docx` };
}
