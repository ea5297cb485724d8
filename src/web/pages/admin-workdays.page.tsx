import { useState } from 'react';
import { Card, Skeleton, Tabs, Typography } from 'antd';
import type { WorkdayYear } from '../../contract/workdays.contract';
import { QueryError } from '../components/query-error.component';
import { AddYearControl } from '../features/workdays/add-year.control';
import { useWorkdayYears } from '../features/workdays/use-workdays.query';
import { YearScheduleEditor } from '../features/workdays/year-schedule.editor';

const blankYear = (year: number): WorkdayYear => ({
  year,
  source: 'shipped',
  hasShipped: false,
  holidays: [],
  workdays: [],
  version: 0,
  updatedBy: null,
  updatedAt: null,
});

/** 工作日历 (admin): per year the statutory holidays and 调休 working days that green-channel deadlines count. */
export default function AdminWorkdaysPage() {
  const years = useWorkdayYears();
  const [addedYears, setAddedYears] = useState<number[]>([]);
  const [activeYear, setActiveYear] = useState<number | null>(null);

  if (years.isError) return <QueryError error={years.error} onRetry={() => void years.refetch()} />;
  const stored = years.data?.items ?? [];
  const storedYears = new Set(stored.map((y) => y.year));
  const all = [...stored, ...addedYears.filter((y) => !storedYears.has(y)).map(blankYear)].sort((a, b) => a.year - b.year);
  const thisYear = new Date().getFullYear();
  // A year reset away (an added year without a shipped schedule) falls back to this year or the latest.
  const selected = all.some((y) => y.year === activeYear) ? activeYear : ((all.find((y) => y.year === thisYear) ?? all[all.length - 1])?.year ?? null);

  const reload = () => void years.refetch();
  return (
    <Card
      size="small"
      title="工作日历"
      extra={
        <AddYearControl
          existingYears={all.map((y) => y.year)}
          onAdd={(year) => {
            setAddedYears((list) => [...list, year]);
            setActiveYear(year);
          }}
        />
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        绿色通道答复期限按工作日计算（法定节假日不计，调休上班的周末计入）；周报、月报的截止日遇节假日顺延到下一个工作日。系统内置 2024–2026
        年国务院办公厅公布的安排，可按当地实际修改。
      </Typography.Paragraph>
      {years.isPending ? (
        <Skeleton active />
      ) : (
        <Tabs
          activeKey={selected === null ? undefined : String(selected)}
          onChange={(key) => setActiveYear(Number(key))}
          items={all.map((schedule) => ({
            key: String(schedule.year),
            label: `${schedule.year} 年${schedule.source === 'edited' ? '（已修改）' : ''}`,
            children: (
              <YearScheduleEditor
                // A saved or reloaded year starts a fresh draft from the server's copy.
                key={`${schedule.year}-${schedule.source}-${schedule.version}`}
                schedule={schedule}
                isNew={!storedYears.has(schedule.year)}
                onReload={reload}
              />
            ),
          }))}
        />
      )}
    </Card>
  );
}
