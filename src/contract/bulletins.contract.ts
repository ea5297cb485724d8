/**
 * The bulletins API contract (zod only): the 督查室's monthly 通报 of a plan — compiled as a draft from the ledger
 * and the month's reports, edited, issued once; GET /bulletins/{id}.docx downloads it as an official .docx.
 */
import { z } from 'zod';
import { monthSchema, versionSchema } from './common.contract';

export const BULLETIN_STATUSES = ['draft', 'issued'] as const;
export const bulletinStatusSchema = z.enum(BULLETIN_STATUSES);

/** One body paragraph; `heading` (一、总体情况) stands on its own line before the text. */
export const bulletinParagraphSchema = z.object({ heading: z.string().optional(), text: z.string() });

/** A paragraph as the 督查室 sends it back edited. */
export const bulletinParagraphBodySchema = z.object({ heading: z.string().max(100).optional(), text: z.string().max(20000) });

/** The project progress table of the bulletin; every cell is plain text. */
export const bulletinTableSchema = z.object({ caption: z.string(), columns: z.array(z.string()), rows: z.array(z.array(z.string())) });

/** A lagging project on the 挂牌督办 list. */
export const bulletinLaggingSchema = z.object({ seq: z.number().int(), name: z.string(), units: z.string(), reason: z.string() });

/** What the signed-in user may do on a bulletin (server: src/server/policies/bulletin.policy.ts). */
export const bulletinPermissionsSchema = z.object({
  /** change title, 文号, 主送 and paragraphs (a draft, by the 督查室) */
  canEdit: z.boolean(),
  /** 印发 (a draft, by the 督查室) */
  canIssue: z.boolean(),
});

export const bulletinSchema = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  month: z.string(),
  status: bulletinStatusSchema,
  docNumber: z.string(),
  title: z.string(),
  recipients: z.string(),
  paragraphs: z.array(bulletinParagraphSchema),
  table: bulletinTableSchema.nullable(),
  lagging: z.array(bulletinLaggingSchema),
  issuedAt: z.string().nullable(),
  issuedBy: z.string().nullable(),
  createdBy: z.string(),
  version: z.number().int(),
  permissions: bulletinPermissionsSchema,
});

export const bulletinListItemSchema = z.object({ id: z.number().int(), month: z.string(), status: bulletinStatusSchema });

/** A plan's bulletins, newest month first; others than the 督查室 get the issued ones only. */
export const bulletinListSchema = z.object({ items: z.array(bulletinListItemSchema) });

/** 编制通报: the month to compile. */
export const compileBulletinBodySchema = z.object({ month: monthSchema });

/** 修改通报草稿: any of the texts, with the version read. */
export const bulletinPatchSchema = z.object({
  title: z.string().max(300).optional(),
  docNumber: z.string().max(100).optional(),
  recipients: z.string().max(300).optional(),
  paragraphs: z.array(bulletinParagraphBodySchema).max(200).optional(),
  version: versionSchema,
});

/** 印发: the version read, optional. */
export const issueBulletinBodySchema = z.object({ version: versionSchema.optional() }).optional();

export type BulletinStatus = z.infer<typeof bulletinStatusSchema>;
export type BulletinParagraph = z.infer<typeof bulletinParagraphSchema>;
export type BulletinTable = z.infer<typeof bulletinTableSchema>;
export type BulletinLagging = z.infer<typeof bulletinLaggingSchema>;
export type BulletinPermissions = z.infer<typeof bulletinPermissionsSchema>;
export type Bulletin = z.infer<typeof bulletinSchema>;
export type BulletinListItem = z.infer<typeof bulletinListItemSchema>;
export type BulletinList = z.infer<typeof bulletinListSchema>;
export type BulletinPatch = z.infer<typeof bulletinPatchSchema>;
