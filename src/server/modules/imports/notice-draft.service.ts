import type { NoticeDraft, NoticeDraftPlan, NoticeDraftProject } from '../../../contract/imports.contract';
import type { noticeDraftBodySchema } from '../../../contract/imports.contract';
import { describeLocation } from '../../../domain/notice/notice-location';
import { buildNoticeProjects } from '../../../domain/notice/notice-project.builder';
import { positionalColumns } from '../../../domain/notice/notice-columns';
import { NoticeParseError } from '../../../domain/notice/notice.types';
import type { ParsedNotice } from '../../../domain/notice/notice.types';
import { AppError } from '../../errors';
import { readNoticeDraftFile, readNoticeDraftText } from '../../notice-files/read-notice-draft';
import type { NoticeFile } from './notice-import.service';
import type { z } from 'zod';

type DraftBody = z.output<typeof noticeDraftBodySchema>;

function invalid(fileName: string, error: NoticeParseError): AppError {
  return new AppError('NOTICE_INVALID', `“${fileName}”无法识别：${error.message}`, { ...error.location });
}

/** The grid's starting point from a parsed notice: every project with its confidence and doubts. */
export function toNoticeDraft(notice: ParsedNotice, fileName: string): NoticeDraft {
  return {
    fileName,
    plan: { ...notice.plan },
    projects: notice.projects.map((project) => ({
      seq: project.seq,
      name: project.name,
      content: project.content,
      leadUnits: project.leadUnits,
      coUnits: project.coUnits,
      category: project.category ?? null,
      location: project.location ?? null,
      deadline: project.deadline ?? null,
      investment: project.investment ?? null,
      confidence: project.confidence ?? 1,
      warnings: project.doubts ?? [],
      sourceLabel: describeLocation(project.source),
    })),
    warnings: notice.warnings,
  };
}

/** Reads an uploaded file into a draft; only a file with no list of projects at all is refused. */
export async function readDraftFromFile(file: NoticeFile): Promise<NoticeDraft> {
  try {
    return toNoticeDraft(await readNoticeDraftFile(file.data, file.fileName), file.fileName);
  } catch (error) {
    if (error instanceof NoticeParseError) throw invalid(file.fileName, error);
    throw error;
  }
}

/** Reads pasted text (a web page, WeChat, or cells from Excel/WPS) into a draft. */
export function readDraftFromText(text: string, fileName = '粘贴的文字'): NoticeDraft {
  try {
    return toNoticeDraft(readNoticeDraftText(text), fileName);
  } catch (error) {
    if (error instanceof NoticeParseError) throw invalid(fileName, error);
    throw error;
  }
}

const GRID_COLUMNS = positionalColumns();

function planOf(plan: NoticeDraftPlan): ParsedNotice['plan'] {
  if (plan.year === null) throw new AppError('NOTICE_INVALID', '请填写清单年度（如 2024），再预览或导入。');
  const title = plan.title.trim() || `${plan.year}年民生实事项目清单`;
  return { title, docNumber: plan.docNumber?.trim() || null, issuer: plan.issuer?.trim() || null, year: plan.year, issueDate: plan.issueDate };
}

/**
 * The clerk's corrected grid as a parsed notice, checked with the same rules as a file (unique 序号, a name and
 * a lead unit per row, units normalised); a bad row is refused naming its row in the grid.
 */
export function draftToNotice(body: DraftBody): ParsedNotice {
  const plan = planOf(body.plan);
  const rows = body.projects.map((project, index) => ({
    cells: [[String(project.seq)], [project.name], project.content.split('\n'), project.leadUnits, project.coUnits],
    location: { row: index + 1 },
  }));
  try {
    const built = buildNoticeProjects(rows, GRID_COLUMNS, { row: 1 });
    const projects = built.projects.map((project) => {
      const draft: Partial<NoticeDraftProject> = body.projects.find((row) => row.seq === project.seq) ?? {};
      return {
        ...project,
        ...(draft.category ? { category: draft.category } : {}),
        location: draft.location ?? null,
        deadline: draft.deadline ?? null,
        investment: draft.investment ?? null,
      };
    });
    return { plan, projects, warnings: built.warnings };
  } catch (error) {
    if (error instanceof NoticeParseError) {
      const message = error.message.replace(/^表格第 (\d+) 行/, '清单第 $1 行');
      throw new AppError('NOTICE_INVALID', `${message}（请在表格中改正后再预览或导入）`, { ...error.location });
    }
    throw error;
  }
}
