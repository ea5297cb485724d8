/**
 * quantity: a count or amount with a unit (座/个/处/人/场/公里/平方米…), progress = actual ÷ target;
 * rate: a share to reach (处置率100%, 录取率70.5%), progress = actual rate ÷ target rate;
 * increase: raise a standard by x% over last year (城市低保标准比上年提高7.5%);
 * standard: a fixed rate such as 每人每年2元 — shown, not progress-tracked.
 */
export type TargetKind = 'quantity' | 'rate' | 'increase' | 'standard';

/** A measurable target read from a project's 项目内容及工作目标. */
export interface ExtractedTarget {
  /** what is counted, e.g. 新改建充电桩 */
  label: string;
  value: number;
  /** as the notice writes it: 座 / 个 / 人 / % / 元 … */
  unit: string;
  kind: TargetKind;
  /** 不少于/以上/至少: the value is a minimum */
  min: boolean;
  /** 约/左右: the value is approximate */
  approx: boolean;
  /** the exact source span in the content, e.g. 全区新改建充电桩110座 */
  text: string;
  /** 1 when sure; below 1 so a reviewer looks at it first */
  confidence: number;
  /** index (in the same list) of the target this one is part of (其中…), absent for top-level targets */
  parent?: number;
}

/** A sub-item without a measurable number, e.g. ②2024年供热管网工程. */
export interface ExtractedMilestone {
  title: string;
  /** exact source span */
  text: string;
}

export interface TargetExtraction {
  targets: ExtractedTarget[];
  milestones: ExtractedMilestone[];
}
