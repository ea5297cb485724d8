import { daySchema, versionSchema } from '../../../contract/common.contract';
import { z } from 'zod';

const day = daySchema;
export const dateSchema = day;
export const kindSchema = z.enum(['quantity', 'rate', 'increase', 'standard']);
export const shapeSchema = z.enum(['linear', 'front_loaded', 'back_loaded', 'custom']);
export const pointSchema = z.object({ month: z.string().regex(/^\d{4}-\d{2}$/, '月份格式应为 YYYY-MM'), value: z.number() });
const reviewStatus = z.enum(['proposed', 'confirmed', 'changed']);

export const changeRequestSchema = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  projectSeq: z.number().int().nullable(),
  projectName: z.string().nullable(),
  targetId: z.number().int().nullable(),
  milestoneId: z.number().int().nullable(),
  before: z.record(z.string(), z.unknown()),
  after: z.record(z.string(), z.unknown()),
  reason: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  requestedBy: z.string(),
  requestedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
});

export const targetSchema = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  parentId: z.number().int().nullable(),
  seq: z.number().int(),
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  kind: kindSchema,
  direction: z.enum(['increase', 'decrease']),
  weight: z.number(),
  dueDate: z.string(),
  isMin: z.boolean(),
  isApprox: z.boolean(),
  sourceText: z.string().nullable(),
  confidence: z.number(),
  status: reviewStatus,
  trajectoryShape: shapeSchema,
  trajectory: z.array(pointSchema),
  baseline: z.object({ label: z.string(), value: z.number(), unit: z.string(), dueDate: z.string(), trajectory: z.array(pointSchema) }).nullable(),
  pendingChange: changeRequestSchema.nullable(),
  version: z.number().int(),
});

export const milestoneSchema = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  seq: z.number().int(),
  title: z.string(),
  dueDate: z.string().nullable(),
  sourceText: z.string().nullable(),
  status: reviewStatus,
  baseline: z.object({ title: z.string(), dueDate: z.string().nullable() }).nullable(),
  pendingChange: changeRequestSchema.nullable(),
  version: z.number().int(),
});

export const baselineSchema = z.object({ lockedAt: z.string().nullable(), lockedBy: z.string().nullable() });

export const targetInputSchema = z.object({
  label: z.string().trim().min(1, '请填写指标名称').max(200),
  value: z.number(),
  unit: z.string().trim().max(20),
  kind: kindSchema,
  direction: z.enum(['increase', 'decrease']).optional(),
  weight: z.number().positive('权重必须大于 0').max(100).optional(),
  dueDate: day.optional(),
  parentId: z.number().int().positive().nullable().optional(),
});

export const versionQuery = z.object({ version: z.coerce.number().int().positive() });
export const versionBody = z.object({ version: versionSchema });
