/**
 * The working-day calendar API contract (zod only; imports nothing from server or web): 法定节假日与调休 per year,
 * shipped for 2024–2026 and editable per year by an admin.
 */
import { z } from 'zod';
import { draftVersionSchema } from './common.contract';

/** A statutory holiday period; dates 'YYYY-MM-DD', both inclusive. */
export const holidayPeriodSchema = z.object({ name: z.string(), start: z.string(), end: z.string() });

export const workdayYearSchema = z.object({
  year: z.number().int(),
  /** 'shipped': released with the software; 'edited': an admin's copy in the database */
  source: z.enum(['shipped', 'edited']),
  /** whether the software ships a schedule for the year (so 恢复内置 goes back to it) */
  hasShipped: z.boolean(),
  holidays: z.array(holidayPeriodSchema),
  /** weekend dates that are working days (调休上班) */
  workdays: z.array(z.string()),
  /** 0 while shipped; sent back with PUT */
  version: z.number().int(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

/** GET /workdays: every year with a schedule, shipped or edited. */
export const workdayYearListSchema = z.object({ items: z.array(workdayYearSchema) });

/** `:year` in a path. */
export const workdayYearParamsSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

const date = z.string().max(10);
/** PUT /workdays/:year; the dates are checked by the service (in the year, no overlaps) with Chinese messages. */
export const workdayScheduleBodySchema = z.object({
  holidays: z.array(z.object({ name: z.string().min(1).max(50), start: date, end: date })).max(50),
  workdays: z.array(date).max(50),
  version: draftVersionSchema,
});

export type HolidayPeriod = z.infer<typeof holidayPeriodSchema>;
export type WorkdayYear = z.infer<typeof workdayYearSchema>;
export type WorkdayYearList = z.infer<typeof workdayYearListSchema>;
export type WorkdayScheduleInput = z.infer<typeof workdayScheduleBodySchema>;
