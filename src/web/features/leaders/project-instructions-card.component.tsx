import { useState } from 'react';
import { Button, Card, Empty, List } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import type { ProjectDetail } from '../../../contract/projects.contract';
import type { Instruction } from '../../../contract/leaders.contract';
import { QueryError } from '../../components/query-error.component';
import { AnswerInstructionModal } from './answer-instruction.modal';
import { InstructionItem } from './instruction-item.component';
import type { InstructionSubject } from './instruction.modal';
import { InstructionModal } from './instruction.modal';
import { useProjectInstructions } from './use-instructions.query';

/** 领导批示 on the project page: the project's instructions; 批示 for leaders, 答复 for the lead unit, 办结 for the author or the 督查室. */
export function ProjectInstructionsCard({ project }: { project: ProjectDetail }) {
  const query = useProjectInstructions(project.id);
  const [subject, setSubject] = useState<InstructionSubject | null>(null);
  const [answering, setAnswering] = useState<Instruction | null>(null);
  const items = query.data?.items ?? [];

  return (
    <Card
      size="small"
      title="领导批示"
      style={{ marginBottom: 16 }}
      extra={
        query.data?.permissions.canInstruct && (
          <Button size="small" icon={<EditOutlined />} onClick={() => setSubject({ projectId: project.id, caption: `${project.seq}. ${project.name}` })}>
            批示
          </Button>
        )
      }
    >
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={query.isPending ? '加载中…' : '暂无领导批示'} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(i) => (
            <List.Item>
              <InstructionItem instruction={i} onAnswer={setAnswering} />
            </List.Item>
          )}
        />
      )}
      <InstructionModal subject={subject} onClose={() => setSubject(null)} />
      <AnswerInstructionModal instruction={answering} onClose={() => setAnswering(null)} />
    </Card>
  );
}
