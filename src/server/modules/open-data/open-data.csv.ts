import type { OpenProjectsResponse, OpenTargetsResponse } from '../../../contract/open-data.contract';
import { toCsv } from './csv';

/** The CSV files of /open/v1: the same rows as the JSON, Chinese headers, progress as a percentage. */

const percent = (fraction: number | null) => (fraction === null ? null : Math.round(fraction * 1000) / 10);

export const PROJECTS_CSV_HEADER = [
  '序号',
  '项目名称',
  '类别',
  '主办单位',
  '协办单位',
  '完成时限',
  '完成进度（%）',
  '序时进度（%）',
  '状态',
  '最近更新日期',
  '项目编号',
  '公开页面',
] as const;

export function projectsCsv(data: OpenProjectsResponse): string {
  return toCsv(
    PROJECTS_CSV_HEADER,
    data.projects.map((p) => [
      p.seq,
      p.name,
      p.category,
      p.leadUnits.join('、'),
      p.coUnits.join('、'),
      p.deadline,
      percent(p.progress),
      percent(p.expected),
      p.statusText,
      p.lastUpdate,
      p.id,
      p.url,
    ]),
  );
}

export const TARGETS_CSV_HEADER = ['项目序号', '项目名称', '指标', '原承诺值', '现目标值', '当前完成值', '单位', '完成进度（%）', '项目编号'] as const;

export function targetsCsv(data: OpenTargetsResponse): string {
  return toCsv(
    TARGETS_CSV_HEADER,
    data.targets.map((t) => [t.projectSeq, t.projectName, t.label, t.baselineValue, t.targetValue, t.actualValue, t.unit, percent(t.progress), t.projectId]),
  );
}

/** `attachment` file name: ASCII fallback plus the Chinese name (RFC 5987), as the xlsx downloads do. */
export function csvDisposition(fileName: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
