import { useEffect } from 'react';
import { Button, DatePicker, Form, Grid, Input, Select } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, codeOptions } from './audit-labels';
import type { AuditFilters } from './use-audit.query';

interface FilterValues {
  entity?: string;
  action?: string;
  username?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

interface AuditFilterBarProps {
  filters: AuditFilters;
  onChange: (change: Partial<AuditFilters>) => void;
}

/** 对象类型, 操作, 用户名, 日期范围. */
export function AuditFilterBar({ filters, onChange }: AuditFilterBarProps) {
  const [form] = Form.useForm<FilterValues>();
  const isPhone = Grid.useBreakpoint().md === false;
  // Phones stack the fields full width; desktops keep them on one line.
  const itemStyle = isPhone ? { width: '100%', marginInlineEnd: 0 } : undefined;
  const controlWidth = (width: number) => (isPhone ? '100%' : width);

  // Follow the URL (back button, bookmarks).
  useEffect(() => {
    form.setFieldsValue({
      entity: filters.entity || undefined,
      action: filters.action || undefined,
      username: filters.username || undefined,
      range: filters.from || filters.to ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null] : null,
    });
  }, [form, filters]);

  const apply = (values: FilterValues) =>
    onChange({
      entity: values.entity ?? '',
      action: values.action ?? '',
      username: values.username ?? '',
      from: values.range?.[0]?.format('YYYY-MM-DD') ?? '',
      to: values.range?.[1]?.format('YYYY-MM-DD') ?? '',
      page: 1,
    });

  return (
    <Form<FilterValues>
      name="audit-filter"
      form={form}
      layout="inline"
      labelCol={isPhone ? { flex: '72px' } : undefined}
      onFinish={apply}
      style={{ rowGap: 8, marginBottom: 16 }}
    >
      <Form.Item style={itemStyle} name="entity" label="对象类型">
        <Select allowClear placeholder="全部" options={codeOptions(AUDIT_ENTITY_LABELS)} style={{ width: controlWidth(160) }} popupMatchSelectWidth={false} />
      </Form.Item>
      <Form.Item style={itemStyle} name="action" label="操作">
        <Select allowClear placeholder="全部" options={codeOptions(AUDIT_ACTION_LABELS)} style={{ width: controlWidth(160) }} popupMatchSelectWidth={false} />
      </Form.Item>
      <Form.Item style={itemStyle} name="username" label="用户名">
        <Input allowClear style={{ width: controlWidth(140) }} />
      </Form.Item>
      <Form.Item style={itemStyle} name="range" label="日期">
        <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: controlWidth(260) }} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          查询
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            apply({});
          }}
        >
          重置
        </Button>
      </Form.Item>
    </Form>
  );
}
