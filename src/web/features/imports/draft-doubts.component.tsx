import { Button, Flex, Tag } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import type { DraftRow } from './notice-draft.types';

interface DraftDoubtsProps {
  row: DraftRow;
  doubts: string[];
  onCheck: () => void;
}

/**
 * ⚠ and the reasons a row needs checking, in Chinese; 已核对 accepts the reader's doubts (what the import
 * would refuse, such as a missing lead unit, stays until it is fixed).
 */
export function DraftDoubts({ row, doubts, onCheck }: DraftDoubtsProps) {
  if (doubts.length === 0) return null;
  const canCheck = !row.isChecked && (row.warnings.length > 0 || row.confidence < 1);
  return (
    <Flex gap={6} align="flex-start" wrap data-testid="row-doubts">
      <Tag color="warning" style={{ whiteSpace: 'normal', marginInlineEnd: 0, flex: '1 1 160px', minWidth: 0, lineHeight: 1.6 }}>
        {doubts.map((doubt) => (
          <div key={doubt}>⚠ {doubt}</div>
        ))}
      </Tag>
      {canCheck && (
        <Button size="small" icon={<CheckOutlined />} onClick={onCheck}>
          已核对
        </Button>
      )}
    </Flex>
  );
}
