import type { Kysely } from 'kysely';
import type { NoticeProject, ParsedNotice } from '../../../domain/notice/notice.types';
import { guessUnitKind } from '../../../domain/notice/unit-name';
import type { DB, UnitTable } from '../../db/schema';
import { AppError } from '../../errors';
import { loadProjectUnits } from '../projects/projects.repo';
import { findExistingUnitNames, findPlanByDocNumber, listPlanProjectsForDiff, listPlansOfYear } from './imports.repo';

export interface FieldChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

export type ProjectAction = 'create' | 'update' | 'unchanged' | 'remove';

export interface ProjectDiff {
  seq: number;
  name: string;
  action: ProjectAction;
  changes: FieldChange[];
  leadUnits: string[];
  coUnits: string[];
  /** existing row, when the plan already has a project with this seq */
  existingId: number | null;
  incoming: NoticeProject | null;
}

export interface NoticeDiff {
  plan: {
    title: string;
    docNumber: string | null;
    issuer: string | null;
    year: number;
    issueDate: string | null;
    action: 'create' | 'update' | 'unchanged';
    planId: number | null;
    changes: FieldChange[];
  };
  projects: ProjectDiff[];
  units: { name: string; kind: UnitTable['kind']; action: 'create' | 'existing' }[];
  warnings: ParsedNotice['warnings'];
  summary: { projectsCreated: number; projectsUpdated: number; projectsUnchanged: number; projectsRemoved: number; unitsCreated: number };
}

function change(field: string, label: string, before: string | number | null, after: string | number | null): FieldChange[] {
  const b = before === null ? null : String(before);
  const a = after === null ? null : String(after);
  return b === a ? [] : [{ field, label, before: b, after: a }];
}

const joinUnits = (names: string[]) => (names.length ? names.join('、') : null);

/**
 * The plan a notice belongs to: by 文号; a bare table without one (an .xlsx of the 汇总表) belongs to the
 * only plan of its year, as a district publishes one list a year, else to the plan with the same title.
 */
async function findExistingPlan(db: Kysely<DB>, notice: ParsedNotice, year: number, title: string) {
  if (notice.plan.docNumber) return findPlanByDocNumber(db, notice.plan.docNumber);
  const sameYear = await listPlansOfYear(db, year);
  if (sameYear.length === 1) return sameYear[0];
  return sameYear.find((p) => p.title === title);
}

/** What importing a parsed notice would create or change, read from the current database (writes nothing). */
export async function diffNotice(db: Kysely<DB>, notice: ParsedNotice): Promise<NoticeDiff> {
  const year = notice.plan.year;
  if (!year) {
    throw new AppError('NOTICE_INVALID', '无法确定清单年度：请在文号（如 济开管发〔2024〕1号）或标题（如 关于办好2024年…的通知）中写明年份。');
  }
  const title = notice.plan.title || `${year}年重点民生实事`;
  const existingPlan = await findExistingPlan(db, notice, year, title);
  // Only a full notice (with its 文号) may change the plan's header; a bare table changes projects only.
  const planChanges =
    existingPlan && notice.plan.docNumber
      ? [
          ...change('title', '标题', existingPlan.title, title),
          ...change('issuer', '发文机关', existingPlan.issuer, notice.plan.issuer),
          ...change('year', '年度', existingPlan.year, year),
          ...change('issueDate', '成文日期', existingPlan.issue_date, notice.plan.issueDate),
        ]
      : [];

  const existingProjects = existingPlan ? await listPlanProjectsForDiff(db, existingPlan.id) : [];
  const existingUnits = await loadProjectUnits(
    db,
    existingProjects.map((p) => p.id),
  );
  const bySeq = new Map(existingProjects.map((p) => [p.seq, p]));

  const projects: ProjectDiff[] = notice.projects.map((incoming) => {
    const old = bySeq.get(incoming.seq);
    const base = { seq: incoming.seq, name: incoming.name, leadUnits: incoming.leadUnits, coUnits: incoming.coUnits, incoming };
    if (!old) return { ...base, action: 'create', changes: [], existingId: null };
    const units = existingUnits.get(old.id) ?? [];
    const changes = [
      ...change('status', '状态', old.status === 'active' ? '有效' : '已撤销', '有效'),
      ...change('name', '项目名称', old.name, incoming.name),
      ...change('content', '项目内容及工作目标', old.content, incoming.content),
      ...change('leadUnits', '主办单位', joinUnits(units.filter((u) => u.role === 'lead').map((u) => u.name)), joinUnits(incoming.leadUnits)),
      ...change('coUnits', '协办单位', joinUnits(units.filter((u) => u.role === 'co').map((u) => u.name)), joinUnits(incoming.coUnits)),
    ];
    return { ...base, action: changes.length ? 'update' : 'unchanged', changes, existingId: old.id };
  });
  const incomingSeqs = new Set(notice.projects.map((p) => p.seq));
  for (const old of existingProjects) {
    if (incomingSeqs.has(old.seq) || old.status !== 'active') continue;
    const units = existingUnits.get(old.id) ?? [];
    projects.push({
      seq: old.seq,
      name: old.name,
      action: 'remove',
      changes: change('status', '状态', '有效', '已撤销'),
      leadUnits: units.filter((u) => u.role === 'lead').map((u) => u.name),
      coUnits: units.filter((u) => u.role === 'co').map((u) => u.name),
      existingId: old.id,
      incoming: null,
    });
  }
  projects.sort((a, b) => a.seq - b.seq);

  const unitNames = [...new Set(notice.projects.flatMap((p) => [...p.leadUnits, ...p.coUnits]))];
  const known = new Set(await findExistingUnitNames(db, unitNames));
  const units = unitNames.map((name) => ({ name, kind: guessUnitKind(name), action: known.has(name) ? ('existing' as const) : ('create' as const) }));

  const count = (action: ProjectAction) => projects.filter((p) => p.action === action).length;
  const projectsTouched = projects.some((p) => p.action !== 'unchanged');
  return {
    plan: {
      ...(existingPlan && !notice.plan.docNumber
        ? { title: existingPlan.title, docNumber: existingPlan.doc_number, issuer: existingPlan.issuer, issueDate: existingPlan.issue_date }
        : { title, docNumber: notice.plan.docNumber, issuer: notice.plan.issuer, issueDate: notice.plan.issueDate }),
      year,
      action: !existingPlan ? 'create' : planChanges.length || projectsTouched ? 'update' : 'unchanged',
      planId: existingPlan?.id ?? null,
      changes: planChanges,
    },
    projects,
    units,
    warnings: notice.warnings,
    summary: {
      projectsCreated: count('create'),
      projectsUpdated: count('update'),
      projectsUnchanged: count('unchanged'),
      projectsRemoved: count('remove'),
      unitsCreated: units.filter((u) => u.action === 'create').length,
    },
  };
}
