import { z } from 'zod';

/** What the signed-in user may do on one project (server: src/server/policies/project.policy.ts). */
export const projectPermissionsSchema = z.object({
  canEdit: z.boolean(),
  canReview: z.boolean(),
  canReportWeekly: z.boolean(),
  canWriteCoNote: z.boolean(),
  canRaiseBlocker: z.boolean(),
  canInstruct: z.boolean(),
});
export type ProjectPermissions = z.infer<typeof projectPermissionsSchema>;
