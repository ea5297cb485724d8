import { useState } from 'react';
import { Button, Card, DatePicker, Space } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router-dom';
import { beijingTime } from '../../components/date-format.util';

/** 月报 on the project page: pick a month (this month in Beijing time by default) and open its report. */
export function MonthlyLinkCard({ projectId }: { projectId: number }) {
  const thisMonth = dayjs(beijingTime(new Date()).format('YYYY-MM-01'));
  const [month, setMonth] = useState<Dayjs>(thisMonth);
  return (
    <Card size="small" title="月报" style={{ marginBottom: 16 }}>
      <Space wrap>
        <DatePicker
          picker="month"
          value={month}
          allowClear={false}
          disabledDate={(d) => d.isAfter(thisMonth, 'month')}
          onChange={(value) => value && setMonth(value)}
        />
        <Link to={`/projects/${projectId}/monthly/${month.format('YYYY-MM')}`}>
          <Button icon={<FileTextOutlined />}>查看月报</Button>
        </Link>
      </Space>
    </Card>
  );
}
