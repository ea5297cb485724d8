/**
 * The masking rule of every public view (issue 12): a phone keeps its first three and last four digits
 * (13812341234 → 138****1234), a name its first character (张三丰 → 张**). Back-office lists for units use the
 * same rule; only the 督查室 sees the full phone.
 */

/** 13812341234 → 138****1234; shorter numbers keep less so that at least half is hidden; empty → null. */
export function maskPhone(phone: string | null | undefined): string | null {
  const digits = (phone ?? '').replace(/[\s-]/g, '');
  if (!digits) return null;
  if (digits.length >= 11) return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
  if (digits.length >= 7) return `${digits.slice(0, 2)}${'*'.repeat(digits.length - 4)}${digits.slice(-2)}`;
  return '*'.repeat(digits.length);
}

/** 张三丰 → 张**, Tom → T**; empty → null (the view shows 匿名). */
export function maskName(name: string | null | undefined): string | null {
  const chars = [...(name ?? '').trim()];
  if (chars.length === 0) return null;
  return chars[0] + '*'.repeat(Math.max(chars.length - 1, 1));
}
