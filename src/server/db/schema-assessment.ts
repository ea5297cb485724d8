import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './schema-common';

/** The 考核 rubric of a plan (issue 11): criteria [{ key, weight }] as JSON, weights summing to 100. */
export interface AssessmentRubricTable {
  id: Generated<number>;
  plan_id: number;
  criteria_json: string;
  updated_by: string;
  version: Generated<number>;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  updated_at: Timestamp;
}
