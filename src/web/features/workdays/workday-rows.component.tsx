import { Button, DatePicker, Empty, Flex, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { WorkdayDraftRow } from './workday-draft.util';
import { newRowKey, weekdayOf } from './workday-draft.util';

interface Props {
  year: number;
  rows: WorkdayDraftRow[];
  onChange(rows: WorkdayDraftRow[]): void;
}

/** Only a Saturday or Sunday can be a 调休 working day; the server refuses anything else too. */
const isWeekday = (date: Dayjs) => date.day() !== 0 && date.day() !== 6;

/** 调休上班日: weekend dates that are working days in exchange for a longer holiday. */
export function WorkdayRows({ year, rows, onChange }: Props) {
  const yearStart = dayjs(`${year}-01-01`);
  const yearEnd = dayjs(`${year}-12-31`);
  const add = () => onChange([...rows, { key: newRowKey(), date: '' }]);

  return (
    <Flex vertical gap={8}>
      {rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本年度没有调休上班日" />}
      <Flex wrap gap={8}>
        {rows.map((row, index) => (
          <Flex key={row.key} gap={4} align="center">
            <DatePicker
              aria-label={`第 ${index + 1} 个调休上班日`}
              placeholder="选择周末日期"
              value={row.date ? dayjs(row.date) : null}
              minDate={yearStart}
              maxDate={yearEnd}
              defaultPickerValue={yearStart}
              disabledDate={isWeekday}
              style={{ width: 132 }}
              onChange={(value) => onChange(rows.map((r) => (r.key === row.key ? { ...r, date: value ? value.format('YYYY-MM-DD') : '' } : r)))}
            />
            <Typography.Text type="secondary" style={{ minWidth: 28 }}>
              {weekdayOf(row.date)}
            </Typography.Text>
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={`删除调休上班日 ${row.date}`}
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            />
          </Flex>
        ))}
      </Flex>
      <div>
        <Button icon={<PlusOutlined />} onClick={add}>
          添加调休上班日
        </Button>
      </div>
    </Flex>
  );
}
