import { useEffect, useState } from 'react';
import { Flex, Input, Segmented, Select } from 'antd';
import { useUnits } from '../units/use-units.query';
import type { ProjectFilters } from './use-plans.query';
import type { StatusFilter } from '../weekly/weekly-labels';
import { STATUS_FILTER_OPTIONS } from '../weekly/weekly-labels';

type RoleChoice = 'all' | 'lead' | 'co';

interface ProjectFilterBarProps {
  filters: ProjectFilters;
  onChange: (change: Partial<ProjectFilters>) => void;
}

/** 搜索 (项目名称或内容) + 责任单位 + 状态 + 主办/协办/全部. */
export function ProjectFilterBar({ filters, onChange }: ProjectFilterBarProps) {
  const units = useUnits();
  const [text, setText] = useState(filters.q);

  // Follow the URL when it changes underneath (back button, a shared link).
  useEffect(() => setText(filters.q), [filters.q]);

  const unitOptions = (units.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name }));

  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }}>
      <Input.Search
        placeholder="搜索项目名称或内容"
        allowClear
        value={text}
        onChange={(event) => setText(event.target.value)}
        onSearch={(value) => onChange({ q: value })}
        style={{ flex: '1 1 240px', maxWidth: 360 }}
        enterButton
      />
      <Select<number>
        placeholder="按责任单位筛选"
        aria-label="责任单位"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={units.isPending}
        value={units.data ? (filters.unitId ?? undefined) : undefined}
        options={unitOptions}
        onChange={(unitId) => onChange({ unitId: unitId ?? null, role: unitId ? filters.role : null })}
        style={{ flex: '1 1 200px', maxWidth: 360 }}
        popupMatchSelectWidth={false}
      />
      <Select<StatusFilter>
        placeholder="按状态筛选"
        aria-label="状态"
        allowClear
        value={filters.status ?? undefined}
        options={STATUS_FILTER_OPTIONS}
        onChange={(status) => onChange({ status: status ?? null })}
        style={{ flex: '1 1 140px', maxWidth: 180 }}
      />
      <Segmented<RoleChoice>
        aria-label="单位角色"
        disabled={!filters.unitId}
        value={filters.role ?? 'all'}
        options={[
          { value: 'all', label: '全部' },
          { value: 'lead', label: '主办' },
          { value: 'co', label: '协办' },
        ]}
        onChange={(choice) => onChange({ role: choice === 'all' ? null : choice })}
      />
    </Flex>
  );
}
