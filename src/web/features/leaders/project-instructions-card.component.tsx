import { useState } from 'react';
import { Button, Card, Empty, List } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import type { ProjectDetail } from '../../api/api.types';
import type { Instruction } from '../../api/leader-api.types';
import { QueryError } from '../../components/query-error.component';
import { useCurrentUser } from '../auth/current-user.context';
import { AnswerInstructionModal } from './answer-instruction.modal';
import { InstructionItem } from './instruction-item.component';
import type { InstructionSubject } from './instruction.modal';
import { InstructionModal } from './instruction.modal';
import { useProjectInstructions } from './use-instructions.query';

/** 领导批示 on the project page: the project's instructions; 批示 for leaders, 答复 for the lead unit, 办结 for the author or the 督查室. */
export function ProjectInstructionsCard({ project }: { project: ProjectDetail }) {
  const user = useCurrentUser();
  const query = useProjectInstructions(project.id);
  const [subject, setSubject] = useState<InstructionSubject | null>(null);
  const [answering, setAnswering] = useState<Instruction | null>(null);
  const isLeadUser = (user.role === 'unit_manager' || user.role === 'unit_staff') && project.units.some((u) => u.role === 'lead' && u.id === user.unitId);
  const items = query.data?.items ?? [];

  return (
    <Card
      size="small"
      title="领导批示"
      style={{ marginBottom: 16 }}
      extra={
        user.role === 'leader' && (
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
              <InstructionItem instruction={i} user={user} canAnswer={isLeadUser} onAnswer={setAnswering} />
            </List.Item>
          )}
        />
      )}
      <InstructionModal subject={subject} onClose={() => setSubject(null)} />
      <AnswerInstructionModal instruction={answering} onClose={() => setAnswering(null)} />
    </Card>
  );
}
