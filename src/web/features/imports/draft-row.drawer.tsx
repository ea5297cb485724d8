import type { ReactNode } from 'react';
import { Button, Drawer, Flex, Typography } from 'antd';
import { CategoryCell, ContentCell, DeadlineCell, InvestmentCell, LocationCell, NameCell, UnitsCell } from './draft-cells.component';
import { DraftDoubts } from './draft-doubts.component';
import { rowDoubts } from './draft-rows';
import type { DraftAction, DraftRow, OptionalColumns } from './notice-draft.types';
import type { UnitDirectory } from './use-unit-directory.hook';

interface DraftRowDrawerProps {
  row: DraftRow | undefined;
  categories: string[];
  optional: OptionalColumns;
  directory: UnitDirectory;
  dispatch: (action: DraftAction) => void;
  onClose: () => void;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
        {label}
      </Typography.Text>
      {children}
    </div>
  );
}

/**
 * 编辑 one row on a phone: the same editors as the desk grid, one under the other. Every change is applied
 * (and kept in the draft) as it is typed, so 完成 only closes.
 */
export function DraftRowDrawer({ row, categories, optional, directory, dispatch, onClose }: DraftRowDrawerProps) {
  return (
    <Drawer
      title={row ? `编辑第 ${row.seq} 项` : '编辑'}
      open={row !== undefined}
      onClose={onClose}
      size="min(560px, 100vw)"
      destroyOnHidden
      footer={
        <Button type="primary" block onClick={onClose}>
          完成
        </Button>
      }
    >
      {row && (
        <Flex vertical gap={14}>
          <DraftDoubts row={row} doubts={rowDoubts(row)} onCheck={() => dispatch({ type: 'check', key: row.key })} />
          <Field label="分类">
            <CategoryCell row={row} dispatch={dispatch} categories={categories} />
          </Field>
          <Field label="项目名称">
            <NameCell row={row} dispatch={dispatch} />
          </Field>
          <Field label="项目内容及工作目标">
            <ContentCell row={row} dispatch={dispatch} maxRows={14} />
          </Field>
          <Field label="主办单位">
            <UnitsCell row={row} dispatch={dispatch} directory={directory} isLead />
          </Field>
          <Field label="协办单位">
            <UnitsCell row={row} dispatch={dispatch} directory={directory} isLead={false} />
          </Field>
          {optional.hasLocation && (
            <Field label="建设地点">
              <LocationCell row={row} dispatch={dispatch} />
            </Field>
          )}
          {optional.hasDeadline && (
            <Field label="完成时限">
              <DeadlineCell row={row} dispatch={dispatch} />
            </Field>
          )}
          {optional.hasInvestment && (
            <Field label="投资（万元）">
              <InvestmentCell row={row} dispatch={dispatch} />
            </Field>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
