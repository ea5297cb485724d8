/** A 旬 (ten-day period): days 1–10, 11–20 and 21 to the month's end. */
export interface Xun {
  /** 'YYYY-MM-DD' */
  start: string;
  /** 'YYYY-MM-DD', inclusive */
  end: string;
  /** e.g. '2024年6月中旬' */
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The 旬 containing a 'YYYY-MM-DD' date. */
export function xunOf(date: string): Xun {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const [from, to, part] = day <= 10 ? [1, 10, '上'] : day <= 20 ? [11, 20, '中'] : [21, lastDay, '下'];
  const ym = `${year}-${pad(month)}`;
  return { start: `${ym}-${pad(from)}`, end: `${ym}-${pad(to)}`, label: `${year}年${month}月${part}旬` };
}
