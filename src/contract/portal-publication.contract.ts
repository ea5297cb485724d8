/** Publishing on the public portal (zod only): the 督查室 publishes a plan, an accepted update, a photo — one by one. */
import { z } from 'zod';
import { versionSchema } from './common.contract';

/** PUT /plans/:id/publication */
export const planPublicationBodySchema = z.object({
  isPublished: z.boolean().describe('true 向公众公开，false 取消公开'),
  version: versionSchema,
});
export type PlanPublicationBody = z.infer<typeof planPublicationBodySchema>;

/** PUT /weekly/:id/publication and /attachments/:id/publication */
export const itemPublicationBodySchema = z.object({ isPublic: z.boolean().describe('true 公开，false 取消公开') });
export type ItemPublicationBody = z.infer<typeof itemPublicationBodySchema>;

export const publicationResultSchema = z.object({
  id: z.number().int(),
  /** when it was published; null when it is not public */
  publicAt: z.string().nullable(),
  /** where the public sees it */
  publicUrl: z.string(),
});
export type PublicationResult = z.infer<typeof publicationResultSchema>;
