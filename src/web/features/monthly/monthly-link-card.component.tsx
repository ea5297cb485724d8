import { useState } from 'react';
import { Button, Card, DatePicker, Space } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router-dom';
import { beijingTime } from '../../components/date-format.util';
import { planDefaultAsOf } from '../plans/plan-as-of.util';
import type { PlanPeriod } from '../plans/plan-as-of.util';

/** 月报 on the project page: pick a month of the plan's year (this month in Beijing time, or the year's last) and open its report. */
export function MonthlyLinkCard({ projectId, plan }: { projectId: number; plan: PlanPeriod }) {
  const thisMonth = dayjs(beijingTime(new Date()).format('YYYY-MM-01'));
  // the plan's as-of month (one rule for every page): this month while the year runs, else its last (or first) month
  const lastOpen = dayjs(`${planDefaultAsOf(plan).slice(0, 7)}-01`);
  const [month, setMonth] = useState<Dayjs>(lastOpen);
  return (
    <Card size="small" title="月报" style={{ marginBottom: 16 }}>
      <Space wrap>
        <DatePicker
          picker="month"
          value={month}
          allowClear={false}
          disabledDate={(d) => d.year() !== plan.year || d.isAfter(thisMonth, 'month')}
          aria-label="月报月份"
          onChange={(value) => value && setMonth(value)}
        />
        <Link to={`/projects/${projectId}/monthly/${month.format('YYYY-MM')}`}>
          <Button icon={<FileTextOutlined />}>查看月报</Button>
        </Link>
      </Space>
    </Card>
  );
}
