import type { ReactNode } from 'react';
import { App, Button, Flex, Tag, Typography } from 'antd';
import type { Instruction } from '../../../contract/leaders.contract';
import { errorMessage } from '../../api/http-client';
import { formatDateTime } from '../../components/date-format.util';
import { INSTRUCTION_STATUS_COLORS, INSTRUCTION_STATUS_LABELS } from './instruction-labels';
import { useCloseInstruction } from './use-instructions.query';

interface Props {
  instruction: Instruction;
  onAnswer: (instruction: Instruction) => void;
  /** shown above the text, e.g. the project link in 我的待办 */
  heading?: ReactNode;
}

/**
 * One 批示: status, who wrote it and when, the text, then the unit's answer and evidence; 答复 (the lead unit) and
 * 办结 (the author or the 督查室, once answered) as the server's `permissions` allow.
 */
export function InstructionItem({ instruction: i, onAnswer, heading }: Props) {
  const { message, modal } = App.useApp();
  const close = useCloseInstruction();

  const confirmClose = () =>
    modal.confirm({
      title: '办结这条批示？',
      content: '确认主办单位已落实批示并提供了佐证材料。办结后不能再答复。',
      okText: '办结',
      cancelText: '取消',
      onOk: () =>
        close.mutateAsync({ id: i.id, version: i.version }).then(
          () => void message.success('批示已办结'),
          (error: unknown) => void message.error(errorMessage(error)),
        ),
    });

  return (
    <div data-testid="instruction-item" style={{ width: '100%' }}>
      {heading}
      <Flex wrap gap={4} align="center" style={{ marginBottom: 4 }}>
        <Tag color={INSTRUCTION_STATUS_COLORS[i.status]} style={{ marginInlineEnd: 0 }}>
          {INSTRUCTION_STATUS_LABELS[i.status]}
        </Tag>
        {i.targetKind === 'blocker' && <Tag style={{ marginInlineEnd: 0 }}>针对堵点</Tag>}
        {i.targetKind === 'weekly_update' && <Tag style={{ marginInlineEnd: 0 }}>针对周台账</Tag>}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {i.authorName} · {formatDateTime(i.createdAt)}
        </Typography.Text>
      </Flex>
      <Typography.Paragraph className="ms-pre-wrap" style={{ marginBottom: 4 }}>
        {i.text}
      </Typography.Paragraph>
      {i.answer && (
        <div style={{ background: '#fafafa', padding: '6px 8px', borderRadius: 4, marginBottom: 4 }}>
          <Typography.Paragraph className="ms-pre-wrap" style={{ marginBottom: 2 }}>
            <Typography.Text strong>办理情况：</Typography.Text>
            {i.answer}
          </Typography.Paragraph>
          <Typography.Paragraph className="ms-pre-wrap" style={{ marginBottom: 2 }}>
            <Typography.Text strong>佐证材料：</Typography.Text>
            {i.evidence}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {i.answeredBy} 答复于 {formatDateTime(i.answeredAt)}
            {i.closedAt && ` · ${i.closedBy ?? ''} 办结于 ${formatDateTime(i.closedAt)}`}
          </Typography.Text>
        </div>
      )}
      <Flex gap={8}>
        {i.permissions.canAnswer && (
          <Button size="small" type={i.status === 'open' ? 'primary' : 'default'} onClick={() => onAnswer(i)}>
            {i.status === 'open' ? '答复' : '修改答复'}
          </Button>
        )}
        {i.permissions.canClose && (
          <Button size="small" type="primary" loading={close.isPending} onClick={confirmClose}>
            办结
          </Button>
        )}
      </Flex>
    </div>
  );
}
