import { Button, DatePicker, Empty, Flex, Grid, Input, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { HolidayDraft } from './workday-draft.util';
import { newRowKey, periodDays } from './workday-draft.util';

interface Props {
  year: number;
  rows: HolidayDraft[];
  onChange(rows: HolidayDraft[]): void;
}

const toText = (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : '');
const toDay = (text: string) => (text ? dayjs(text) : null);

/** 法定节假日 of one year, edited in place: name, first and last day of the period. */
export function HolidayRows({ year, rows, onChange }: Props) {
  const isNarrow = !Grid.useBreakpoint().sm;
  const yearStart = dayjs(`${year}-01-01`);
  const yearEnd = dayjs(`${year}-12-31`);
  const patch = (key: number, change: Partial<HolidayDraft>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const add = () => onChange([...rows, { key: newRowKey(), name: '', start: '', end: '' }]);

  return (
    <Flex vertical gap={8}>
      {rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本年度还没有节假日" />}
      {rows.map((row, index) => {
        const days = periodDays(row.start, row.end);
        const name = (
          <Input
            aria-label={`第 ${index + 1} 个节假日名称`}
            placeholder="名称，如 春节"
            value={row.name}
            maxLength={50}
            style={isNarrow ? { flex: 1 } : { width: 180 }}
            onChange={(e) => patch(row.key, { name: e.target.value })}
          />
        );
        const dates = (
          <Flex gap={6} align="center">
            <DatePicker
              aria-label="开始日期"
              placeholder="开始日期"
              value={toDay(row.start)}
              minDate={yearStart}
              maxDate={yearEnd}
              defaultPickerValue={yearStart}
              style={{ width: isNarrow ? 124 : 136 }}
              onChange={(value) => {
                const start = toText(value);
                // A new period usually starts and ends close together: fill the end so one click remains.
                patch(row.key, row.end ? { start } : { start, end: start });
              }}
            />
            <Typography.Text type="secondary">至</Typography.Text>
            <DatePicker
              aria-label="结束日期"
              placeholder="结束日期"
              value={toDay(row.end)}
              minDate={row.start ? dayjs(row.start) : yearStart}
              maxDate={yearEnd}
              defaultPickerValue={row.start ? dayjs(row.start) : yearStart}
              style={{ width: isNarrow ? 124 : 136 }}
              onChange={(value) => patch(row.key, { end: toText(value) })}
            />
          </Flex>
        );
        const tail = (
          <>
            <Typography.Text type="secondary" style={{ minWidth: 52 }}>
              {days ? `共 ${days} 天` : ''}
            </Typography.Text>
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={`删除${row.name || '该节假日'}`}
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            />
          </>
        );
        // Phone: name, length and delete on one line, the two dates below; wider screens: one line.
        return isNarrow ? (
          <Flex key={row.key} vertical gap={6} style={{ paddingBottom: 8, borderBottom: '1px solid rgba(5,5,5,0.06)' }}>
            <Flex gap={6} align="center">
              {name}
              {tail}
            </Flex>
            {dates}
          </Flex>
        ) : (
          <Flex key={row.key} gap={8} align="center">
            {name}
            {dates}
            {tail}
          </Flex>
        );
      })}
      <div>
        <Button icon={<PlusOutlined />} onClick={add}>
          添加节假日
        </Button>
      </div>
    </Flex>
  );
}
