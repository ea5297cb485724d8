import type { TargetKind } from '../../src/domain/targets/target.types';

/**
 * A target as a person reading the notice writes it down: what is counted, how much, in which unit and of
 * which kind. min/approx/parent are compared and reported, but a match only needs label, value, unit, kind.
 */
export interface ExpectedTarget {
  label: string;
  value: number;
  unit: string;
  kind: TargetKind;
  min?: boolean;
  approx?: boolean;
  /** index of the parent target in the same project's list (其中…) */
  parent?: number;
}

/** The hand-written expectation for one project: its targets and the titles of its milestones. */
export interface ExpectedProject {
  seq: number;
  targets: ExpectedTarget[];
  milestones: string[];
}

/** A notice fixture and the expectations for all of its projects. */
export interface ExpectedNotice {
  /** short name used in the report */
  name: string;
  /** file under fixtures/ */
  file: string;
  projects: ExpectedProject[];
}
