import type { ExtractedTarget, TargetExtraction, TargetKind } from '../domain/targets/target.types';

/** A target exactly as the CLI prints it (a stable contract): `parent` only on child targets. */
export interface TargetJson {
  label: string;
  value: number;
  unit: string;
  kind: TargetKind;
  min: boolean;
  approx: boolean;
  text: string;
  confidence: number;
  parent?: number;
}

/** Targets and milestones as the CLI prints them; a milestone carries only its title. */
export interface TargetExtractionJson {
  targets: TargetJson[];
  milestones: Array<{ title: string }>;
}

/** Fixes the key order and drops what is not in the contract (the milestone's source span). */
export function toTargetJson(target: ExtractedTarget): TargetJson {
  const { label, value, unit, kind, min, approx, text, confidence, parent } = target;
  const json: TargetJson = { label, value, unit, kind, min, approx, text, confidence };
  if (parent !== undefined) json.parent = parent;
  return json;
}

/** The JSON form of one extraction. */
export function toExtractionJson(extraction: TargetExtraction): TargetExtractionJson {
  return {
    targets: extraction.targets.map(toTargetJson),
    milestones: extraction.milestones.map(({ title }) => ({ title })),
  };
}

const KIND_LABELS: Record<TargetKind, string> = {
  quantity: '数量',
  rate: '比率',
  increase: '增幅',
  standard: '标准',
};

/** 110 座, 不少于 150 场, 约 11.3 万人 → written with its qualifier, as a clerk reads it. */
function describeValue(target: ExtractedTarget): string {
  const qualifier = target.min ? '不少于 ' : target.approx ? '约 ' : '';
  const unit = target.unit === '%' ? '%' : ` ${target.unit}`;
  return `${qualifier}${target.value}${unit}`;
}

/** A readable Chinese list of targets and milestones (children indented under their parent). */
export function formatExtraction(extraction: TargetExtraction): string {
  const lines: string[] = [];
  if (extraction.targets.length === 0) {
    lines.push('目标指标：未识别到可量化的目标。');
  } else {
    lines.push(`目标指标（${extraction.targets.length} 项）：`);
    extraction.targets.forEach((target, index) => {
      const isChild = target.parent !== undefined;
      const review = target.confidence < 1 ? `，待核（置信度 ${target.confidence}）` : '';
      const prefix = isChild ? `     └ ${index + 1}. 其中 ` : `  ${index + 1}. `;
      lines.push(`${prefix}${target.label}：${describeValue(target)}（${KIND_LABELS[target.kind]}${review}）`);
      lines.push(`${isChild ? '          ' : '     '}原文：“${target.text}”`);
    });
  }
  if (extraction.milestones.length > 0) {
    lines.push(`节点（${extraction.milestones.length} 个）：`);
    extraction.milestones.forEach((milestone, index) => {
      lines.push(`  ${index + 1}. ${milestone.title}`);
    });
  }
  return `${lines.join('\n')}\n`;
}
