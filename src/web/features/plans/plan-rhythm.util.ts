import type { PlanRhythm } from '../../../contract/plans.contract';

export const WEEKDAY_LABELS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

export const weekdayLabel = (weekday: number) => WEEKDAY_LABELS[weekday - 1] ?? `第${weekday}天`;

/** 每月25日, noting that a day a short month lacks means its last day. */
export const monthDayLabel = (day: number) => `每月${day}日${day > 28 ? '（无此日的月份为月末）' : ''}`;

/** The one-line summary shown to everyone, e.g. 周报：每周五 18:00 前；月报：每月25日 18:00 前（遇节假日顺延）. */
export function describeRhythm({ weekly, monthly, endDate }: PlanRhythm): string {
  const end = endDate ? `；台账截止于 ${endDate}` : '';
  return `周报：每${weekdayLabel(weekly.dueWeekday)} ${weekly.dueTime} 前；月报：${monthDayLabel(monthly.dueDay)} ${monthly.dueTime} 前（遇节假日顺延）${end}`;
}

/** 缺报 rule in words, e.g. 下周一 09:00 仍未提交计为缺报. */
export const describeMissing = ({ weekly }: PlanRhythm) => `下${weekdayLabel(weekly.missingWeekday)} ${weekly.missingTime} 仍未提交的计为缺报`;
