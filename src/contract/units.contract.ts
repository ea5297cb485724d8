import { z } from 'zod';

/** The responsible-units API contract (zod only): units with their load, and one unit's projects. */

export const unitKindSchema = z.enum(['department', 'town', 'enterprise', 'external']);
export type UnitKind = z.infer<typeof unitKindSchema>;

/** A unit's part in a project: 主办 (lead) or 协办 (co). */
export const unitRoleSchema = z.enum(['lead', 'co']);
export type UnitRole = z.infer<typeof unitRoleSchema>;

/** A unit of a project as the project views list it. */
export const unitRefSchema = z.object({ id: z.number().int(), name: z.string(), role: unitRoleSchema });
export type UnitRef = z.infer<typeof unitRefSchema>;

/** GET /units?planId= */
export const unitListQuerySchema = z.object({ planId: z.coerce.number().int().positive().optional() });

/** A unit with how many active projects it leads and co-runs (in one plan, or in all). */
export const unitSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: unitKindSchema,
  parentId: z.number().int().nullable(),
  leadCount: z.number().int(),
  coCount: z.number().int(),
});
export type UnitSummary = z.infer<typeof unitSummarySchema>;

/** An active project a unit takes part in, with the plan it belongs to. */
export const projectBriefSchema = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  seq: z.number().int(),
  name: z.string(),
  planTitle: z.string(),
  year: z.number().int(),
});
export type ProjectBrief = z.infer<typeof projectBriefSchema>;

/** GET /units/:id: the projects the unit leads and co-runs. */
export const unitDetailSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: unitKindSchema,
  parentId: z.number().int().nullable(),
  lead: z.array(projectBriefSchema),
  co: z.array(projectBriefSchema),
});
export type UnitDetail = z.infer<typeof unitDetailSchema>;
