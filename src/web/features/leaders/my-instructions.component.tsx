import { useState } from 'react';
import { Card, Empty, List } from 'antd';
import { Link } from 'react-router-dom';
import type { Instruction } from '../../../contract/leaders.contract';
import { QueryError } from '../../components/query-error.component';
import { AnswerInstructionModal } from './answer-instruction.modal';
import { InstructionItem } from './instruction-item.component';
import { useMyInstructions } from './use-instructions.query';

/**
 * 领导批示 in hand (我的待办): for a unit user the instructions on projects his unit leads, still to answer or close,
 * with 答复; for a leader those he wrote, with 办结 once answered.
 */
export function MyInstructions() {
  const query = useMyInstructions();
  const [answering, setAnswering] = useState<Instruction | null>(null);
  const items = query.data?.items ?? [];
  const toAnswer = items.filter((i) => i.status === 'open').length;

  return (
    <Card size="small" title={toAnswer > 0 ? `领导批示（${toAnswer} 条待答复）` : '领导批示'} style={{ marginBottom: 16 }} data-testid="my-instructions">
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={query.isPending ? '加载中…' : '没有待办的领导批示'} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(i) => (
            <List.Item key={i.id}>
              <InstructionItem
                instruction={i}
                onAnswer={setAnswering}
                heading={
                  <Link to={`/projects/${i.project.id}`} style={{ fontWeight: 600, display: 'block', marginBottom: 4 }}>
                    {i.project.seq}. {i.project.name}
                  </Link>
                }
              />
            </List.Item>
          )}
        />
      )}
      <AnswerInstructionModal instruction={answering} onClose={() => setAnswering(null)} />
    </Card>
  );
}
