import type { NoticeProject, ParsedNotice } from '../domain/notice/notice.types';
import { guessUnitKind } from '../domain/notice/unit-name';
import type { UnitKind } from '../domain/notice/unit-name';
import { extractTargets } from '../domain/targets/extract-targets';
import type { TargetExtraction } from '../domain/targets/target.types';
import { toExtractionJson } from './target-json.formatter';
import type { TargetJson } from './target-json.formatter';

/** One project of `parse-notice --json`: the notice's row plus the targets and milestones read from it. */
export interface NoticeProjectJson {
  seq: number;
  name: string;
  content: string;
  leadUnits: string[];
  coUnits: string[];
  /** the section heading the project is listed under, or null */
  category: string | null;
  /** 0–1: how sure the reader is of this project (1 for a clean table row) */
  confidence: number;
  /** reasons for doubt, in Chinese (unit clause not found, name guessed, row width uneven…) */
  warnings: string[];
  targets: TargetJson[];
  milestones: Array<{ title: string }>;
}

/** The plan and projects exactly as `parse-notice --json` prints them (a stable contract for scripts). */
export interface NoticeJson {
  plan: { title: string; docNumber: string | null; issuer: string | null; year: number | null };
  projects: NoticeProjectJson[];
  warnings: Array<{ line: number | null; message: string }>;
}

/** The targets and milestones of a project, its name helping to label a target that is only a verb. */
export function extractProjectTargets(project: NoticeProject): TargetExtraction {
  return extractTargets(project.content, { projectName: project.name });
}

/**
 * Drops what is internal (source locations, issue date) so the JSON keeps its documented shape, and adds each
 * project's category, confidence (0–1), reasons for doubt (warnings), targets and milestones.
 */
export function toNoticeJson(notice: ParsedNotice): NoticeJson {
  const { title, docNumber, issuer, year } = notice.plan;
  return {
    plan: { title, docNumber, issuer, year },
    projects: notice.projects.map((project) => {
      const { seq, name, content, leadUnits, coUnits } = project;
      return {
        seq,
        name,
        content,
        leadUnits,
        coUnits,
        category: project.category ?? null,
        confidence: project.confidence ?? 1,
        warnings: project.doubts ?? [],
        ...toExtractionJson(extractProjectTargets(project)),
      };
    }),
    warnings: notice.warnings.map(({ line, message }) => ({ line, message })),
  };
}

/** Terminal width of a string: CJK and full-width characters take two columns (ambiguous ones like “ take one). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const isWide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += isWide ? 2 : 1;
  }
  return width;
}

/** Pads (or shortens with …) a cell to a display width. */
function padToWidth(text: string, width: number): string {
  let result = text;
  if (displayWidth(text) > width) {
    result = '';
    for (const ch of text) {
      if (displayWidth(result + ch) > width - 1) break;
      result += ch;
    }
    result += '…';
  }
  return result + ' '.repeat(Math.max(0, width - displayWidth(result)));
}

const KIND_LABELS: Record<UnitKind, string> = {
  department: '区直部门',
  town: '镇街',
  enterprise: '企业',
  external: '上级派驻单位',
};

/** A readable Chinese summary of a parsed notice: header, one line per project, units, warnings. */
export function formatNoticeSummary(notice: ParsedNotice, fileName: string): string {
  const { plan, projects, warnings } = notice;
  const lines = [
    `文件：${fileName}`,
    `通知标题：${plan.title}`,
    `文号：${plan.docNumber ?? '（未找到）'}`,
    `发文机关：${plan.issuer ?? '（未找到）'}`,
    `年度：${plan.year ?? '（未找到）'}`,
    `成文日期：${plan.issueDate ?? '（未注明）'}`,
    `项目：共 ${projects.length} 个`,
    '',
  ];
  const nameWidth = Math.min(32, Math.max(8, ...projects.map((project) => displayWidth(project.name))));
  const leadWidth = Math.min(36, Math.max(8, ...projects.map((project) => displayWidth(project.leadUnits.join('、')))));
  lines.push(`序号  ${padToWidth('项目名称', nameWidth)}  ${padToWidth('主办单位', leadWidth)}  协办单位`);
  lines.push('-'.repeat(6 + nameWidth + 2 + leadWidth + 2 + 8));
  for (const project of projects) {
    const seq = String(project.seq).padStart(4, ' ');
    const co = project.coUnits.length > 0 ? project.coUnits.join('、') : '—';
    lines.push(`${seq}  ${padToWidth(project.name, nameWidth)}  ${padToWidth(project.leadUnits.join('、'), leadWidth)}  ${co}`);
  }
  const units = new Set(projects.flatMap((project) => [...project.leadUnits, ...project.coUnits]));
  const counts = new Map<UnitKind, number>();
  for (const unit of units) counts.set(guessUnitKind(unit), (counts.get(guessUnitKind(unit)) ?? 0) + 1);
  const byKind = (Object.keys(KIND_LABELS) as UnitKind[])
    .filter((kind) => (counts.get(kind) ?? 0) > 0)
    .map((kind) => `${KIND_LABELS[kind]} ${counts.get(kind)} 个`)
    .join('，');
  lines.push('', `涉及单位：共 ${units.size} 个（${byKind}）`);
  const extractions = projects.map(extractProjectTargets);
  const targets = extractions.flatMap((extraction) => extraction.targets);
  const toReview = targets.filter((target) => target.confidence < 1).length;
  const milestones = extractions.reduce((count, extraction) => count + extraction.milestones.length, 0);
  lines.push(
    `目标指标：共 ${targets.length} 项（其中 ${toReview} 项待核），节点 ${milestones} 个；` + '逐项查看请运行 minsheng extract-targets 或使用 --json。',
  );
  if (warnings.length > 0) {
    lines.push('', `提示（${warnings.length} 条）：`);
    for (const warning of warnings) lines.push(`  · ${warning.message}`);
  }
  return `${lines.join('\n')}\n`;
}
