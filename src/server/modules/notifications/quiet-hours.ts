/** Quiet hours (Asia/Shanghai): e-mail and robot deliveries that fall inside wait until they end. Pure. */
import { addDays, shanghaiDate, shanghaiInstant } from '../../../domain/calendar';

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Local minutes since midnight in Shanghai. */
function shanghaiMinutes(at: Date): number {
  const local = new Date(at.getTime() + 8 * 3_600_000);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

/**
 * When a delivery due at `at` may go out: `at` itself outside quiet hours, else the end of the quiet period.
 * A period may cross midnight (22:00–07:00). Equal or missing bounds mean no quiet hours.
 */
export function afterQuietHours(at: Date, start: string | null, end: string | null): Date {
  if (!start || !end || start === end) return at;
  const now = shanghaiMinutes(at);
  const s = minutes(start);
  const e = minutes(end);
  const inside = s < e ? now >= s && now < e : now >= s || now < e;
  if (!inside) return at;
  const today = shanghaiDate(at);
  // the end is today when it lies ahead of now, else tomorrow (crossing midnight)
  const endDay = now < e ? today : addDays(today, 1);
  return new Date(shanghaiInstant(endDay, end));
}
