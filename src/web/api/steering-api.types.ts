/** Shapes of the issue-5 steering routes: bulletins (通报), blockers (堵点卡点) and monthly reports (月报). */
import type { Attachment } from './weekly-api.types';

export type BulletinStatus = 'draft' | 'issued';

export interface BulletinListItem {
  id: number;
  month: string;
  status: BulletinStatus;
}

export interface BulletinParagraph {
  heading?: string;
  text: string;
}

export interface BulletinTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

export interface Bulletin {
  id: number;
  planId: number;
  month: string;
  status: BulletinStatus;
  docNumber: string;
  title: string;
  recipients: string;
  paragraphs: BulletinParagraph[];
  table: BulletinTable | null;
  lagging: { seq: number; name: string; units: string; reason: string }[];
  issuedAt: string | null;
  issuedBy: string | null;
  createdBy: string;
  version: number;
}

export interface BulletinPatch {
  title?: string;
  docNumber?: string;
  paragraphs?: BulletinParagraph[];
  version: number;
}

export type BlockerKind = 'approval' | 'funding' | 'land' | 'coordination' | 'other';
export type BlockerStatus = 'open' | 'in_progress' | 'resolved' | 'closed';
export type GreenChannelStatus = 'requested' | 'accepted' | 'answered' | 'closed';

export interface BlockerSummary {
  id: number;
  projectId: number;
  kind: BlockerKind;
  status: BlockerStatus;
  raisedAt: string;
  resolvedAt: string | null;
}

/** A row of GET /plans/:planId/blockers: the contract fields plus what concerns the user's unit. */
export interface BlockerListItem extends BlockerSummary {
  /** a green-channel request to the user's unit is not closed yet (待我答复) */
  awaitingMyUnit: boolean;
}

/** What the signed-in user may do on a blocker, computed by the server. */
export interface BlockerPermissions {
  canRequestGreenChannel: boolean;
  canEscalate: boolean;
  canResolve: boolean;
  canClose: boolean;
}

/** What the signed-in user may do on a green-channel request (users of the addressed co-unit). */
export interface GreenChannelPermissions {
  canAccept: boolean;
  canAnswer: boolean;
  canClose: boolean;
}

export interface GreenChannelRequest {
  id: number;
  blockerId: number;
  coUnitId: number;
  coUnitName: string | null;
  text: string;
  requestedBy: string;
  requestedAt: string;
  dueDate: string;
  status: GreenChannelStatus;
  answer: string | null;
  answeredAt: string | null;
  answeredBy: string | null;
  version: number;
  /** past the due date and not answered */
  isOverdue: boolean;
  permissions: GreenChannelPermissions;
}

export interface BlockerDetail extends BlockerSummary {
  project: { id: number; seq: number; name: string; planId: number };
  kindLabel: string;
  updateId: number | null;
  description: string;
  neededFrom: string | null;
  raisedBy: string;
  resolution: string | null;
  resolvedBy: string | null;
  escalatedToLeader: boolean;
  escalatedAt: string | null;
  version: number;
  permissions: BlockerPermissions;
  greenChannel: GreenChannelRequest[];
}

export interface RaiseBlockerInput {
  kind: BlockerKind;
  description: string;
  neededFrom: string | null;
  /** the weekly update it was raised from */
  updateId?: number | null;
}

export interface GreenChannelInput {
  coUnitId: number;
  text: string;
  dueDays: number;
}

export type MonthlyStatus = 'draft' | 'submitted' | 'returned' | 'accepted';

export interface MonthlyValue {
  targetId: number;
  label: string;
  unit: string;
  target: number;
  actual: number | null;
  expected: number;
}

export interface MonthlyReport {
  id: number | null;
  projectId: number;
  month: string;
  status: MonthlyStatus;
  progressText: string;
  problemsText: string;
  nextPlanText: string;
  values: MonthlyValue[];
  /** the chosen photos; a submitted or accepted report keeps those it was sent with */
  photos: MonthlyPhoto[];
  /** what the lead unit may choose while the report is open (images of the month's accepted weeks, newest first) */
  availablePhotos: MonthlyPhoto[];
  sourceWeeks: string[];
  dueAt: string;
  submittedAt: string | null;
  submittedBy: string | null;
  isLate: boolean;
  reviewedAt: string | null;
  reviewedBy: string | null;
  reviewComment: string | null;
  version: number;
}

/** A weekly photo as a monthly report shows it: an attachment of one of the month's weeks. */
export interface MonthlyPhoto extends Attachment {
  /** ISO week of its weekly update, e.g. `2024-W23` */
  week: string;
}

export interface MonthlyTexts {
  progressText: string;
  problemsText: string;
  nextPlanText: string;
}
