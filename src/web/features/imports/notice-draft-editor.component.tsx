import { useCallback, useMemo, useState } from 'react';
import { Alert, Button, Card, Flex, Grid, Popconfirm, Switch, Tag, Typography } from 'antd';
import { DeleteOutlined, UndoOutlined } from '@ant-design/icons';
import { DraftGridCards } from './draft-grid-cards.component';
import { DraftGridTable } from './draft-grid-table.component';
import { DraftPlanFields } from './draft-plan-fields.component';
import { hasDoubts } from './draft-rows';
import { DraftSplitModal } from './draft-split.modal';
import type { DraftAction, DraftRow, DraftState, OptionalColumns } from './notice-draft.types';
import { useUnitDirectory } from './use-unit-directory.hook';

interface NoticeDraftEditorProps {
  draft: DraftState;
  dispatch: (action: DraftAction) => void;
  canUndo: boolean;
  onUndo: () => void;
  onDiscard: () => void;
  correctionCount: number;
}

function optionalColumns(rows: DraftRow[]): OptionalColumns {
  return {
    hasLocation: rows.some((row) => row.location !== null && row.location !== ''),
    hasDeadline: rows.some((row) => row.deadline !== null),
    hasInvestment: rows.some((row) => row.investment !== null),
  };
}

function ReaderWarnings({ draft }: { draft: DraftState }) {
  const { warnings } = draft.source;
  if (warnings.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={`识别时有 ${warnings.length} 处提示`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18, maxHeight: 160, overflowY: 'auto' }}>
          {warnings.map((warning, index) => (
            <li key={index}>
              {warning.line !== null && `第 ${warning.line} 行：`}
              {warning.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** Step 2: the notice header and the correction grid (a table on a desk, cards on a phone). */
export function NoticeDraftEditor({ draft, dispatch, canUndo, onUndo, onDiscard, correctionCount }: NoticeDraftEditorProps) {
  const isPhone = Grid.useBreakpoint().md === false;
  const directory = useUnitDirectory();
  const [isOnlyDoubts, setOnlyDoubts] = useState(false);
  const [splitting, setSplitting] = useState<DraftRow | null>(null);
  const { rows } = draft;
  const doubtCount = useMemo(() => rows.filter(hasDoubts).length, [rows]);
  const shownRows = useMemo(() => (isOnlyDoubts ? rows.filter(hasDoubts) : rows), [rows, isOnlyDoubts]);
  const categories = useMemo(() => [...new Set(rows.flatMap((row) => (row.category ? [row.category] : [])))], [rows]);
  const optional = useMemo(() => optionalColumns(rows), [rows]);
  const onSplit = useCallback((row: DraftRow) => setSplitting(row), []);
  const gridProps = { rows: shownRows, lastKey: rows[rows.length - 1]?.key, categories, optional, directory, dispatch, onSplit };

  return (
    <Flex vertical gap={16}>
      <Card
        size="small"
        title={`核对通知：${draft.source.fileName}`}
        extra={
          <Popconfirm title="放弃这份草稿？" description="已做的修改将全部丢弃。" okText="放弃" cancelText="取消" onConfirm={onDiscard}>
            <Button size="small" danger icon={<DeleteOutlined />}>
              放弃草稿
            </Button>
          </Popconfirm>
        }
      >
        <DraftPlanFields plan={draft.plan} dispatch={dispatch} />
      </Card>
      <ReaderWarnings draft={draft} />
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Flex gap={8} wrap align="center" justify="space-between" className="ms-draft-toolbar">
          <Flex gap={8} wrap align="center">
            <Typography.Text strong>项目（{rows.length}）</Typography.Text>
            {doubtCount > 0 ? (
              <Tag color="warning" data-testid="doubt-count" style={{ marginInlineEnd: 0 }}>
                ⚠ {doubtCount} 行需要核对
              </Tag>
            ) : (
              <Tag color="success" data-testid="doubt-count" style={{ marginInlineEnd: 0 }}>
                全部已核对
              </Tag>
            )}
            {correctionCount > 0 && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                已修改 {correctionCount} 处
              </Typography.Text>
            )}
          </Flex>
          <Flex gap={12} align="center">
            <Flex align="center" gap={6}>
              <Switch size="small" checked={isOnlyDoubts} onChange={setOnlyDoubts} aria-label="只看需核对" />
              <span>只看需核对</span>
            </Flex>
            <Button size="small" icon={<UndoOutlined />} disabled={!canUndo} onClick={onUndo}>
              撤销
            </Button>
          </Flex>
        </Flex>
        <div style={{ padding: isPhone ? '0 8px 8px' : 0 }}>
          {isPhone ? <DraftGridCards {...gridProps} allRows={rows} /> : <DraftGridTable {...gridProps} />}
        </div>
      </Card>
      <DraftSplitModal
        row={splitting}
        onCancel={() => setSplitting(null)}
        onSplit={(row, at) => {
          dispatch({ type: 'split', key: row.key, at });
          setSplitting(null);
        }}
      />
    </Flex>
  );
}
