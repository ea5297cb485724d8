import { memo } from 'react';
import { AutoComplete, DatePicker, Input, InputNumber } from 'antd';
import dayjs from 'dayjs';
import { DraftUnitSelect } from './draft-unit-select.component';
import type { DraftAction, DraftRow } from './notice-draft.types';
import type { UnitDirectory } from './use-unit-directory.hook';

/**
 * The cell editors of the grid, each memoised on its row: rows the clerk is not editing keep their identity
 * in the reducer, so typing in one cell does not re-render the other rows' editors.
 */
interface CellProps {
  row: DraftRow;
  dispatch: (action: DraftAction) => void;
}

export const NameCell = memo(function NameCell({ row, dispatch }: CellProps) {
  return (
    <Input.TextArea
      aria-label={`第 ${row.seq} 项名称`}
      value={row.name}
      autoSize={{ minRows: 1, maxRows: 4 }}
      placeholder="项目名称"
      status={row.name.trim() === '' ? 'warning' : undefined}
      onChange={(event) => dispatch({ type: 'edit', key: row.key, patch: { name: event.target.value } })}
    />
  );
});

export const ContentCell = memo(function ContentCell({ row, dispatch, maxRows = 8 }: CellProps & { maxRows?: number }) {
  return (
    <Input.TextArea
      aria-label={`第 ${row.seq} 项内容`}
      value={row.content}
      autoSize={{ minRows: 2, maxRows }}
      placeholder="项目内容及工作目标"
      onChange={(event) => dispatch({ type: 'edit', key: row.key, patch: { content: event.target.value } })}
    />
  );
});

export const CategoryCell = memo(function CategoryCell({ row, dispatch, categories }: CellProps & { categories: string[] }) {
  return (
    <AutoComplete
      aria-label={`第 ${row.seq} 项分类`}
      value={row.category ?? ''}
      options={categories.map((category) => ({ value: category }))}
      placeholder="分类"
      style={{ width: '100%' }}
      onChange={(value: string) => dispatch({ type: 'edit', key: row.key, patch: { category: value.trim() === '' ? null : value } })}
    />
  );
});

export const LocationCell = memo(function LocationCell({ row, dispatch }: CellProps) {
  return (
    <Input.TextArea
      aria-label={`第 ${row.seq} 项建设地点`}
      value={row.location ?? ''}
      autoSize={{ minRows: 1, maxRows: 4 }}
      onChange={(event) => dispatch({ type: 'edit', key: row.key, patch: { location: event.target.value === '' ? null : event.target.value } })}
    />
  );
});

export const DeadlineCell = memo(function DeadlineCell({ row, dispatch }: CellProps) {
  return (
    <DatePicker
      aria-label={`第 ${row.seq} 项完成时限`}
      value={row.deadline ? dayjs(row.deadline) : null}
      format="YYYY年M月D日"
      placeholder="年底"
      style={{ width: '100%' }}
      onChange={(date) => dispatch({ type: 'edit', key: row.key, patch: { deadline: date ? date.format('YYYY-MM-DD') : null } })}
    />
  );
});

export const InvestmentCell = memo(function InvestmentCell({ row, dispatch }: CellProps) {
  return (
    <InputNumber<number>
      aria-label={`第 ${row.seq} 项投资（万元）`}
      value={row.investment}
      min={0}
      style={{ width: '100%' }}
      onChange={(value) => dispatch({ type: 'edit', key: row.key, patch: { investment: value } })}
    />
  );
});

export const UnitsCell = memo(function UnitsCell({ row, dispatch, directory, isLead }: CellProps & { directory: UnitDirectory; isLead: boolean }) {
  return (
    <DraftUnitSelect
      value={isLead ? row.leadUnits : row.coUnits}
      onChange={(units) => dispatch({ type: 'edit', key: row.key, patch: isLead ? { leadUnits: units } : { coUnits: units } })}
      directory={directory}
      isLead={isLead}
      ariaLabel={`第 ${row.seq} 项${isLead ? '主办单位' : '协办单位'}`}
    />
  );
});
