/**
 * The inspections API contract (zod only): 一线督导检查 by the 督查室 — the projects visited, findings (问题) with
 * photos taken on site, and rectification requests (整改要求) the lead unit closes with evidence and the 督查室
 * accepts (销号) or returns. The server validates and serialises with these schemas; the web imports the types.
 */
import { z } from 'zod';
import { attachmentSchema } from './weekly.contract';
import { daySchema, listOf, versionSchema } from './common.contract';

export const INSPECTION_KINDS = ['routine', 'special', 'unannounced'] as const;
export const FINDING_SEVERITIES = ['general', 'major', 'serious'] as const;
export const RECTIFICATION_STATUSES = ['open', 'submitted', 'closed'] as const;

export const INSPECTION_KIND_LABELS: Record<(typeof INSPECTION_KINDS)[number], string> = { routine: '例行督查', special: '专项督查', unannounced: '暗访' };
export const FINDING_SEVERITY_LABELS: Record<(typeof FINDING_SEVERITIES)[number], string> = { general: '一般', major: '较重', serious: '严重' };
export const RECTIFICATION_STATUS_LABELS: Record<(typeof RECTIFICATION_STATUSES)[number], string> = { open: '整改中', submitted: '待复核', closed: '已销号' };

export const inspectionKindSchema = z.enum(INSPECTION_KINDS, { message: '检查方式应为 例行督查(routine)/专项督查(special)/暗访(unannounced) 之一' });
export const findingSeveritySchema = z.enum(FINDING_SEVERITIES, { message: '问题程度应为 一般(general)/较重(major)/严重(serious) 之一' });
export const rectificationStatusSchema = z.enum(RECTIFICATION_STATUSES);

// ── bodies ──────────────────────────────────────────────────────────────────

/** 整改要求: what to put right and by when (the deadline is required; the service says so in Chinese when missing). */
export const rectificationBodySchema = z.object({
  requirement: z.string().max(5000),
  deadline: daySchema.nullable().optional(),
});

/** 新建/修改督导检查: date, how, who went (free text names), the projects visited, what they saw overall. */
export const inspectionBodySchema = z.object({
  date: daySchema,
  kind: inspectionKindSchema.optional(),
  inspectors: z.string().max(500),
  projectIds: z.array(z.number().int().positive()).max(200),
  summary: z.string().max(10000).optional(),
});
export const inspectionUpdateBodySchema = inspectionBodySchema.extend({ version: versionSchema });

/** 记录问题 on one visited project, optionally with the rectification request made in the same save. */
export const findingBodySchema = z.object({
  projectId: z.number().int().positive(),
  description: z.string().max(5000),
  severity: findingSeveritySchema,
  rectification: rectificationBodySchema.nullable().optional(),
});
export const findingUpdateBodySchema = z.object({ description: z.string().max(5000), severity: findingSeveritySchema, version: versionSchema });

/** 提交整改情况 (the lead unit): what was done, required. */
export const rectificationRespondBodySchema = z.object({ evidence: z.string().max(5000).optional(), version: versionSchema });
/** 复核 (the 督查室): accept (销号) with an optional comment, or return with a required one. */
export const rectificationReviewBodySchema = z.object({ comment: z.string().max(2000).optional(), version: versionSchema });

/** Where the browser says the phone was when the photo was sent (used when the photo has no EXIF GPS). */
export const photoLocationQuerySchema = z.object({
  lat: z.coerce.number().min(-90).max(90).optional(),
  lng: z.coerce.number().min(-180).max(180).optional(),
});

// ── views ───────────────────────────────────────────────────────────────────

/** A photo of a finding or of a rectification's evidence, with the place it was taken when known. */
export const inspectionPhotoSchema = attachmentSchema.extend({
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  /** exif: from the photo itself; device: the phone's position when it was sent */
  locationSource: z.enum(['exif', 'device']).nullable(),
  rectificationId: z.number().int().nullable(),
  uploadedBy: z.string(),
  createdAt: z.string(),
});

export const projectRefSchema = z.object({ id: z.number().int(), seq: z.number().int(), name: z.string() });

/** What the signed-in user may do on a rectification (server: src/server/policies/inspection.policy.ts). */
export const rectificationPermissionsSchema = z.object({
  canRespond: z.boolean(),
  canAddPhoto: z.boolean(),
  canAccept: z.boolean(),
  canReturn: z.boolean(),
});

export const rectificationSchema = z.object({
  id: z.number().int(),
  findingId: z.number().int(),
  projectId: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  requirement: z.string(),
  /** YYYY-MM-DD */
  deadline: z.string(),
  status: rectificationStatusSchema,
  statusLabel: z.string(),
  /** not yet submitted and the deadline has passed (Asia/Shanghai): 逾期 */
  isOverdue: z.boolean(),
  requestedBy: z.string(),
  requestedAt: z.string(),
  evidence: z.string().nullable(),
  respondedBy: z.string().nullable(),
  respondedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  /** how often the 督查室 sent it back */
  returnCount: z.number().int(),
  photos: z.array(inspectionPhotoSchema),
  version: z.number().int(),
  permissions: rectificationPermissionsSchema,
});

export const findingPermissionsSchema = z.object({ canEdit: z.boolean(), canAddPhoto: z.boolean(), canRequestRectification: z.boolean() });

export const findingSchema = z.object({
  id: z.number().int(),
  inspectionId: z.number().int(),
  inspectionDate: z.string(),
  project: projectRefSchema,
  description: z.string(),
  severity: findingSeveritySchema,
  severityLabel: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  version: z.number().int(),
  /** the photos taken on site (evidence photos are in the rectification) */
  photos: z.array(inspectionPhotoSchema),
  rectification: rectificationSchema.nullable(),
  permissions: findingPermissionsSchema,
});

export const inspectionSummarySchema = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  date: z.string(),
  kind: inspectionKindSchema,
  kindLabel: z.string(),
  inspectors: z.string(),
  /** the visited projects the user may see */
  projects: z.array(projectRefSchema),
  findingCount: z.number().int(),
  openRectificationCount: z.number().int(),
  /** submitted by the unit, waiting for the 督查室's 复核 */
  awaitingReviewCount: z.number().int(),
  overdueRectificationCount: z.number().int(),
});

export const inspectionListSchema = listOf(inspectionSummarySchema).extend({ permissions: z.object({ canCreate: z.boolean() }) });

export const inspectionDetailSchema = inspectionSummarySchema.extend({
  /** the inspectors' overall remarks; null for a unit user (they may concern other units) */
  summary: z.string().nullable(),
  createdBy: z.string(),
  version: z.number().int(),
  findings: z.array(findingSchema),
  permissions: z.object({ canEdit: z.boolean(), canAddFinding: z.boolean() }),
});

/** A project's findings with their rectifications (the project page's card). */
export const projectFindingsSchema = listOf(findingSchema);

/** A row of 我的待办's rectifications: the unit's open ones, or for the 督查室 those awaiting review. */
export const myRectificationSchema = rectificationSchema.extend({
  planId: z.number().int(),
  project: projectRefSchema,
  findingDescription: z.string(),
  severity: findingSeveritySchema,
  inspectionDate: z.string(),
});
export const myRectificationsSchema = listOf(myRectificationSchema);

export type InspectionKind = z.infer<typeof inspectionKindSchema>;
export type FindingSeverity = z.infer<typeof findingSeveritySchema>;
export type RectificationStatus = z.infer<typeof rectificationStatusSchema>;
export type InspectionInput = z.infer<typeof inspectionBodySchema>;
export type FindingInput = z.infer<typeof findingBodySchema>;
export type RectificationInput = z.infer<typeof rectificationBodySchema>;
export type InspectionPhoto = z.infer<typeof inspectionPhotoSchema>;
export type Rectification = z.infer<typeof rectificationSchema>;
export type RectificationPermissions = z.infer<typeof rectificationPermissionsSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type FindingPermissions = z.infer<typeof findingPermissionsSchema>;
export type InspectionSummary = z.infer<typeof inspectionSummarySchema>;
export type InspectionList = z.infer<typeof inspectionListSchema>;
export type InspectionDetail = z.infer<typeof inspectionDetailSchema>;
export type MyRectification = z.infer<typeof myRectificationSchema>;
