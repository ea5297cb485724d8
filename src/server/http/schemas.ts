import { z } from 'zod';
import { ROLES } from '../auth/actor';

/** Shared zod pieces for route schemas (they also document the API in OpenAPI). */
export const idParams = z.object({ id: z.coerce.number().int().positive() });

export const roleSchema = z.enum(ROLES);

export { errorBodySchema as errorBody } from '../../contract/errors.contract';

export const okBody = z.object({ ok: z.literal(true) });

export const listOf = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

export const meSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  mustChangePassword: z.boolean(),
});
