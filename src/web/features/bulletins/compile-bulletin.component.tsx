import { useState } from 'react';
import { App, Button, DatePicker, Space } from 'antd';
import { FileAddOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { errorMessage } from '../../api/http-client';
import { beijingTime } from '../../components/date-format.util';
import { useCompileBulletin } from './use-bulletins.query';

/** The month to offer first: last month (Beijing time), kept inside the plan's year. */
function defaultMonth(year: number | undefined): Dayjs {
  const lastMonth = dayjs(beijingTime(new Date()).format('YYYY-MM-01')).subtract(1, 'month');
  if (!year || lastMonth.year() === year) return lastMonth;
  return dayjs(`${year}-${lastMonth.year() > year ? '12' : '01'}-01`);
}

/** 生成通报: the 督查室 picks a month of the plan's year (default last month) and compiles its draft. */
export function CompileBulletin({ planId, year, onCompiled }: { planId: number; year?: number; onCompiled: (id: number) => void }) {
  const { message } = App.useApp();
  const [month, setMonth] = useState<Dayjs | null>(() => defaultMonth(year));
  const compile = useCompileBulletin(planId);

  const run = () => {
    if (!month) return;
    compile.mutate(month.format('YYYY-MM'), {
      onSuccess: (bulletin) => {
        void message.success('通报草稿已生成');
        onCompiled(bulletin.id);
      },
      onError: (error) => void message.error(errorMessage(error)),
    });
  };

  return (
    <Space wrap>
      <DatePicker
        picker="month"
        value={month}
        onChange={setMonth}
        allowClear={false}
        placeholder="选择月份"
        aria-label="通报月份"
        disabledDate={(d) => year !== undefined && d.year() !== year}
      />
      <Button type="primary" icon={<FileAddOutlined />} loading={compile.isPending} disabled={!month} onClick={run}>
        生成通报
      </Button>
    </Space>
  );
}
