import { z } from 'zod';
import { roleSchema } from './common.contract';

/** The signed-in user as the web sees it. */
export const meSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;
