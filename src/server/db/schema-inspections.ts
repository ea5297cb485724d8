import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './schema-common';

/** Tables of 一线督导检查 (issue 11): inspections, visited projects, findings, rectifications and their photos. */

export type InspectionKind = 'routine' | 'special' | 'unannounced';
export type FindingSeverity = 'general' | 'major' | 'serious';
/** open 整改中 (also after a return) · submitted 待复核 · closed 已销号; 逾期 is derived, never stored. */
export type RectificationStatus = 'open' | 'submitted' | 'closed';

/** A 督导检查 of the 督查室: when, who went, what they saw. */
export interface InspectionTable {
  id: Generated<number>;
  plan_id: number;
  /** 'YYYY-MM-DD' */
  date: string;
  kind: InspectionKind;
  /** the inspectors' names as the 督查室 writes them, joined by 、 */
  inspectors: string;
  summary: string;
  created_by: string;
  version: Generated<number>;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  updated_at: Timestamp;
}

export interface InspectionProjectTable {
  inspection_id: number;
  project_id: number;
}

/** 问题: what the inspectors found on one project. */
export interface InspectionFindingTable {
  id: Generated<number>;
  inspection_id: number;
  project_id: number;
  description: string;
  severity: FindingSeverity;
  created_by: string;
  version: Generated<number>;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  updated_at: Timestamp;
}

/** 整改要求 to the project's lead unit (at most one per finding), closed with evidence and reviewed by the 督查室. */
export interface RectificationTable {
  id: Generated<number>;
  finding_id: number;
  project_id: number;
  /** the lead unit when the request was made */
  unit_id: number;
  requirement: string;
  /** 'YYYY-MM-DD' */
  deadline: string;
  status: RectificationStatus;
  requested_by: string;
  requested_at: Timestamp;
  evidence: string | null;
  responded_by: string | null;
  responded_at: Timestamp | null;
  review_comment: string | null;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  return_count: Generated<number>;
  version: Generated<number>;
}

/** A photo of a finding (taken on site) or of a rectification's closing evidence (rectification_id set). */
export interface InspectionPhotoTable {
  id: Generated<number>;
  finding_id: number;
  rectification_id: number | null;
  project_id: number;
  storage_key: string;
  thumb_key: string | null;
  file_name: string;
  mime: string;
  size: number;
  lat: number | null;
  lng: number | null;
  /** where lat/lng came from: the photo's EXIF GPS or the browser's geolocation */
  location_source: 'exif' | 'device' | null;
  uploaded_by: string;
  created_at: ColumnType<Timestamp, Timestamp, never>;
}
