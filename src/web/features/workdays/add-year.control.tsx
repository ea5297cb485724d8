import { useState } from 'react';
import { Button, InputNumber, Popover, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';

interface Props {
  existingYears: number[];
  onAdd(year: number): void;
}

/** The server keeps schedules for 2000–2100 (workdays.service MIN_YEAR/MAX_YEAR). */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** Adds a year the software does not ship (e.g. next year once the State Council publishes it). */
export function AddYearControl({ existingYears, onAdd }: Props) {
  const [isOpen, setOpen] = useState(false);
  const [year, setYear] = useState<number | null>(Math.max(new Date().getFullYear(), ...existingYears) + 1);
  const isTaken = year !== null && existingYears.includes(year);
  const problem = year === null ? '请输入年份' : isTaken ? `${year} 年已有安排，请在上方选择该年份修改` : null;

  const add = () => {
    if (year === null || problem) return;
    onAdd(year);
    setOpen(false);
  };

  return (
    <Popover
      open={isOpen}
      onOpenChange={setOpen}
      trigger="click"
      title="添加年份"
      content={
        <Space orientation="vertical" size={8}>
          <Space.Compact>
            <InputNumber aria-label="年份" min={MIN_YEAR} max={MAX_YEAR} precision={0} value={year} onChange={setYear} suffix="年" onPressEnter={add} />
            <Button type="primary" disabled={problem !== null} onClick={add}>
              添加
            </Button>
          </Space.Compact>
          {problem && <Typography.Text type="secondary">{problem}</Typography.Text>}
        </Space>
      }
    >
      <Button icon={<PlusOutlined />}>添加年份</Button>
    </Popover>
  );
}
